// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProductRoutes.h"
#include "SimTypes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace zc::sim {

// Cloud & Branch Connector (ZTW) under /ztw/api/v1:
//   GET      /ecgroup                      page (from 1), pageSize (default and maximum 1000):
//                                          a bare array of groups, short or empty after the
//                                          last one (ZtwData: the seed's two groups first)
//   GET      /ecgroup/{id}                 one group, 404 when unknown
//   GET      /ecAdminActivateStatus        {orgEditStatus, orgLastActivateStatus,
//                                          adminStatusMap, adminActivateStatus}
//   POST|PUT /ecAdminActivateStatus/activate  activates pending edits -> the new status.
//                                          The seed documents POST, the SDKs send PUT: both
//                                          are served.
// Read-only mode (writes refused) and the rate limits are applied by SimServer before.
class ZtwRoutes : public ProductRoutes
{
public:
    static constexpr int maxPageSize = 1000;

    // `options` is SimServer's: its seed and sizes are read on the first request, after
    // start() set them.
    explicit ZtwRoutes(const SimOptions &options);

    Product product() const override { return Product::Ztw; }
    std::optional<HttpResponse> handle(const RouteContext &context) override;

    // Pending edits: orgEditStatus EDITS_PRESENT until the next activation.
    void setActivationPending(bool pending) { m_pending = pending; }
    bool activationPending() const { return m_pending; }
    QJsonObject activationStatus() const;
    // The groups served, for the control endpoint's changes.
    QJsonArray &mutableGroups()
    {
        groups();
        return *m_groups;
    }

private:
    const QJsonArray &groups();
    HttpResponse listGroups(const RouteContext &context);

    const SimOptions &m_options;
    std::optional<QJsonArray> m_groups;
    bool m_pending = false;
    bool m_activatedOnce = false;
};

} // namespace zc::sim
