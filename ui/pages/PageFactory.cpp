#include "PageFactory.h"

#include "ActivationPage.h"
#include "AppSegmentsPage.h"
#include "ConnectorGroupsPage.h"
#include "DeepTracesPage.h"
#include "DeviceOtpPage.h"
#include "UrlLookupPage.h"
#include "UsersPage.h"

namespace zc {

Page *createPage(Area area, Session *session, QWidget *parent)
{
    switch (area) {
    case Area::DeviceOtp:
        return new DeviceOtpPage(session, parent);
    case Area::DeepTraces:
        return new DeepTracesPage(session, parent);
    case Area::UrlLookup:
        return new UrlLookupPage(session, parent);
    case Area::AppSegments:
        return new AppSegmentsPage(session, parent);
    case Area::ConnectorGroups:
        return new ConnectorGroupsPage(session, parent);
    case Area::Users:
        return new UsersPage(session, parent);
    case Area::Activation:
        return new ActivationPage(session, parent);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace zc
