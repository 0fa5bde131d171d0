// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// One page of a listing, read by paging::parse in each of the five pagination styles, with
// small and large page sizes and each records key; the next page's query (which may come
// from the server: next_link, next_offset) is read once more as the current one.
#include "FuzzSupport.h"
#include "net/Pager.h"

using namespace Qt::Literals::StringLiterals;
using zc::PageStyle;

namespace {

void parseTwice(PageStyle style, const QJsonDocument &answer, int pageSize, const QString &key)
{
    auto query = zc::paging::firstQuery(style, pageSize);
    for (int round = 0; round < 2; ++round) {
        const zc::paging::Page page = zc::paging::parse(style, answer, pageSize, query, key);
        ZC_FUZZ_CHECK(page.totalPages >= -1 && page.totalCount >= -1);
        if (!page.error.isEmpty()) {
            ZC_FUZZ_CHECK(page.records.isEmpty());
            return;
        }
        if (page.last)
            return;
        // A page that asks for more names how: never the same query again.
        ZC_FUZZ_CHECK(!page.nextQuery.isEmpty());
        ZC_FUZZ_CHECK(page.nextQuery != query);
        query = page.nextQuery;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument answer = zc::fuzz::json(zc::fuzz::bytes(data, size));
    for (PageStyle style :
         {PageStyle::Zpa, PageStyle::Zia, PageStyle::Zid, PageStyle::Zdx, PageStyle::Zcc}) {
        for (int pageSize : {1, 5, zc::paging::maxPageSize(style)}) {
            parseTwice(style, answer, pageSize, {});
            if (style == PageStyle::Zdx)
                parseTwice(style, answer, pageSize, u"users"_s);
        }
    }
    return 0;
}
