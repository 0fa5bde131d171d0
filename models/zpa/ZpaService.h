// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "net/Service.h"

#include <QString>

namespace zc {

// ZPA calls the console makes, under /zpa/mgmtconfig/v1/admin/customers/{customerId}/ with the
// customer ID from the connection settings. Lists are ZPA-paged (page from 1, pagesize up to
// 500, counts as strings, `list` absent on an empty page) and fetched one page at a time.
//
// Microtenant choice, as a string: empty = all microtenants (microtenantId omitted),
// "0" = the Default microtenant, anything else = that microtenant's id (from microtenants()).
//
// Every method returns a PagedFetch that is not started yet (it deletes itself once it
// finished), or nullptr with *error set to an InvalidInput error when the settings lack the
// customer ID.
class ZpaService : public Service
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 500; // ZPA's largest page
    static inline const QString kAllMicrotenants = {};
    static inline const QString kDefaultMicrotenant = QStringLiteral("0");

    explicit ZpaService(ApiClient *client, QObject *parent = nullptr);

    QString customerId() const;
    // An InvalidInput error naming what is missing (the customer ID), or no error.
    ApiError settingsError() const;

    // GET /application: application segments across all pages; `search` narrows by name or
    // domain on the server.
    PagedFetch *applicationSegments(const QString &microtenantId = kAllMicrotenants,
                                    const QString &search = {}, ApiError *error = nullptr);
    // GET /microtenants: the tenant's microtenants (Default is not among them).
    PagedFetch *microtenants(ApiError *error = nullptr);
    // GET /segmentGroup and /serverGroup, for segment details.
    PagedFetch *segmentGroups(const QString &microtenantId = kAllMicrotenants,
                              ApiError *error = nullptr);
    PagedFetch *serverGroups(const QString &microtenantId = kAllMicrotenants,
                             ApiError *error = nullptr);

private:
    PagedFetch *list(const QString &resource, const QString &microtenantId, const QString &search,
                     ApiError *error);
};

} // namespace zc
