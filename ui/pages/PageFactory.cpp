#include "PageFactory.h"

#include "PlaceholderPage.h"

namespace zc {

QWidget *createPage(Area area, Session *session, QWidget *parent)
{
    Q_UNUSED(session)
    switch (area) {
    case Area::DeviceOtp:
    case Area::DeepTraces:
    case Area::UrlLookup:
    case Area::AppSegments:
    case Area::ConnectorGroups:
    case Area::Users:
    case Area::Activation:
        break;
    }
    return new PlaceholderPage(area, parent);
}

} // namespace zc
