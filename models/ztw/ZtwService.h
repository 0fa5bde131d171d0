// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ZtwActivateJob.h"
#include "net/Service.h"

namespace zc {

// The Cloud & Branch Connector (ZTW) calls the console makes: connector groups and
// configuration activation.
class ZtwService : public Service
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 1000;

    explicit ZtwService(ApiClient *client, QObject *parent = nullptr);

    // GET /ecgroup, every page (page, pageSize; bare arrays; stops on a short page). Not
    // started: give it to ConnectorGroupTreeModel::load() or call start().
    PagedFetch *groups(int pageSize = kPageSize);
    // GET /ecAdminActivateStatus -> {orgEditStatus, orgLastActivateStatus, adminStatusMap,
    // adminActivateStatus}. Starts at once.
    ApiJob *activationStatus();
    // POST (or PUT after a 405) /ecAdminActivateStatus/activate. Started on the next turn.
    ZtwActivateJob *activate();
};

} // namespace zc
