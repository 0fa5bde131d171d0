// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "PageFactory.h"

#include "pages/activation/ActivationPage.h"
#include "pages/api/ApiExplorerPage.h"
#include "pages/snapshots/SnapshotsPage.h"
#include "pages/zcc/DeviceOtpPage.h"
#include "pages/zdx/DeepTracesPage.h"
#include "pages/zia/UrlLookupPage.h"
#include "pages/zid/UsersPage.h"
#include "pages/zpa/AppSegmentsPage.h"
#include "pages/ztw/ConnectorGroupsPage.h"

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
    case Area::Snapshots:
        return new SnapshotsPage(session, parent);
    case Area::ApiExplorer:
        return new ApiExplorerPage(session, parent);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace zc
