// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProductRoutes.h"
#include "SerializedRecords.h"
#include "SimTypes.h"
#include "ZpaData.h"

#include <QHash>

#include <memory>

namespace zc::sim {

// ZPA under /zpa/mgmtconfig/v1/admin/customers/{customerId}/ (read-only):
//   GET application      application segments
//   GET application/{id} one segment (404 resource.not.found when unknown)
//   GET microtenants     the microtenants besides Default
//   GET segmentGroup     segment groups
//   GET serverGroup      server groups
//
// Lists are ZPA-paged: `page` (from 1, default 1), `pagesize` (default 20, at most 500; a
// larger value is served as 500, and totalPages is counted with 500, so a client following
// totalPages still gets everything: the notes give 500 as the maximum, not an error), and
// answer {"totalPages":"N","totalCount":"M","list":[...]} with both counts as STRINGS and
// `list` ABSENT on an empty page (no match, or past the last page). A page or pagesize that
// is not a positive number is 400 {"id":"invalid.request","reason"}.
// Filters: `search` (case-insensitive substring of the name, or for segments of a domain),
// `microtenantId` ("0": the Default microtenant only; an id: that microtenant only; absent or
// empty: all; an unknown id: 400 {"id":"invalid.microtenant.id","reason"}); /microtenants
// ignores microtenantId.
//
// The customer ID must be ZpaData::kCustomerId; any other is 404
// {"id":"resource.not.found","reason"}, as ZPA answers for a resource of another tenant.
// Other methods on these paths are 405; other paths under the ZPA base paths are not found.
// The data (ZpaData) is generated on the first ZPA request from SimOptions.seed and sizes.
class ZpaRoutes : public ProductRoutes
{
public:
    static constexpr int maxPageSize = 500;
    static constexpr int defaultPageSize = 20;

    // `options` must outlive the routes; it is read on the first request (after start()).
    explicit ZpaRoutes(const SimOptions &options);
    ~ZpaRoutes() override;

    Product product() const override { return Product::Zpa; }
    std::optional<HttpResponse> handle(const RouteContext &context) override;
    // Generates the data and serializes every record.
    void prepare() override;

    const ZpaData &data();
    // The same, for the control endpoint's changes.
    ZpaData &mutableData();

private:
    HttpResponse list(const RouteContext &context, const QList<ZpaRecord> &records,
                      bool filterByMicrotenant);

    // `records[index]` serialized compactly, once while the data does not change.
    const QByteArray &compact(const QList<ZpaRecord> &records, qsizetype index);

    const SimOptions &m_options;
    std::unique_ptr<ZpaData> m_data;
    QHash<const QList<ZpaRecord> *, SerializedRecords> m_compact; // per collection of m_data
};

} // namespace zc::sim
