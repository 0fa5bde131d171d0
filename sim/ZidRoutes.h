// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProductRoutes.h"
#include "SerializedRecords.h"
#include "SimTypes.h"

#include <QJsonObject>

namespace zc::sim {

class TenantData;
struct SimUser;
struct SimGroup;

// ZIdentity under /ziam/admin/api/v1, from the shared TenantData:
//   GET /users                 limit (default 100, at most 1000: larger is served as 1000),
//                              offset (default 0); filters loginname (exact,
//                              case-insensitive), loginname[like], displayname[like],
//                              primaryemail[like] (case-insensitive substrings), combined
//                              with AND. Answer {results_total, pageOffset, pageSize,
//                              next_link, prev_link, records}: next_link and prev_link are
//                              ABSOLUTE URLs built from the request's Host header with the
//                              query of the next/previous page (every other item kept);
//                              next_link is absent on the last page, prev_link on the first.
//   GET /users/{id}            one user, 404 when unknown
//   GET /groups                same paging; name[like] filter
//   GET /groups/{id}           one group, 404 when unknown
//   GET /groups/{id}/users     the group's members, same paging; 404 for an unknown group
// A bad limit or offset is a 400 INVALID_INPUT_ARGUMENT.
class ZidRoutes : public ProductRoutes
{
public:
    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 1000;

    // `options` is read when a request is served (https decides the links' scheme).
    ZidRoutes(const TenantData &tenant, const SimOptions &options);

    Product product() const override { return Product::Zid; }
    std::optional<HttpResponse> handle(const RouteContext &context) override;
    // Serializes every user.
    void prepare() override;

    static QJsonObject userRecord(const TenantData &tenant, const SimUser &user);
    static QJsonObject groupRecord(const SimGroup &group);

private:
    HttpResponse users(const RouteContext &context) const;
    HttpResponse groups(const RouteContext &context) const;
    HttpResponse groupMembers(const RouteContext &context, const QString &groupId) const;
    // The user at `index`, serialized compactly (cached).
    const QByteArray &compactUser(int index) const;

    const TenantData &m_tenant;
    const SimOptions &m_options;
    mutable SerializedRecords m_compactUsers; // by user index, for m_compactRevision
    mutable quint64 m_compactRevision = 0;
};

} // namespace zc::sim
