// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "SimRequest.h"
#include "SimTypes.h"

#include <QStringList>

#include <functional>

namespace zc::sim {

// The servers that would make a naive pager run forever (SimFault::RepeatPage, CycleLinks,
// RaiseTotal), made from the normal answers of any product's list:
// - RepeatPage answers every page with the first one (firstPage());
// - CycleLinks lets a ZIdentity next_link or a ZDX next_offset lead to two pages, then back
//   to the first of them, and so on;
// - RaiseTotal never lets a list end: ZPA's totalPages and ZIdentity's results_total always
//   announce one more page, and pages past the real end (full ones, for the styles that stop
//   on a short page) hold fresh copies of the first page's records with new ids.
class HostilePaging
{
public:
    using Route = std::function<HttpResponse(const SimRequest &)>;

    // The request a RepeatPage fault answers instead: the page pointer at the first page.
    static SimRequest firstPage(const SimRequest &request);

    // Rewrites `response`, the normal answer to `request`, for CycleLinks or RaiseTotal;
    // `route` answers another request of the same product.
    void rewrite(SimFault::Kind kind, const SimRequest &request, HttpResponse *response,
                 const Route &route);
    void reset() { m_links.clear(); }

private:
    void cycleLinks(QJsonObject *answer);
    static void raiseTotal(const SimRequest &request, QJsonValue *answer, const Route &route);

    QStringList m_links; // CycleLinks: the first two next pointers seen
};

} // namespace zc::sim
