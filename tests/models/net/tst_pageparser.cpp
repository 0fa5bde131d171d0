// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The five pagination styles, page by page, on the edges users trip over: counts as strings,
// "list" absent on an empty page, absolute next_link, string cursors that end as null.
#include "net/PageParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using Query = QList<std::pair<QString, QString>>;

namespace {
QJsonArray records(int n, int start = 0)
{
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(QJsonObject{{u"id"_s, QString::number(start + i)}});
    return a;
}
// A ZIdentity page of two of five records whose next_link is `link`, read at query `q`.
paging::Page zidPage(const QString &link, const Query &q)
{
    const QJsonObject page{{u"results_total"_s, 5},
                           {u"pageOffset"_s, 0},
                           {u"pageSize"_s, 2},
                           {u"next_link"_s, link},
                           {u"records"_s, records(2)}};
    return paging::parse(PageStyle::Zid, QJsonDocument(page), 2, q);
}
QString value(const Query &q, const QString &key)
{
    for (const auto &[k, v] : q) {
        if (k == key)
            return v;
    }
    return {};
}
} // namespace

class TestPageParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstQueries()
    {
        QCOMPARE(paging::firstQuery(PageStyle::Zpa, 500),
                 (Query{{u"page"_s, u"1"_s}, {u"pagesize"_s, u"500"_s}}));
        // ZPA caps at 500: never ask for more.
        QCOMPARE(value(paging::firstQuery(PageStyle::Zpa, 2000), u"pagesize"_s), u"500"_s);
        QCOMPARE(value(paging::firstQuery(PageStyle::Zia, 100), u"pageSize"_s), u"100"_s);
        QCOMPARE(paging::firstQuery(PageStyle::Zid, 1000),
                 (Query{{u"limit"_s, u"1000"_s}, {u"offset"_s, u"0"_s}}));
        QCOMPARE(value(paging::firstQuery(PageStyle::Zcc, 9000), u"pageSize"_s), u"5000"_s);
        QCOMPARE(paging::firstQuery(PageStyle::Zdx, 50), (Query{{u"limit"_s, u"50"_s}}));
    }

    void zpaCountsAsStrings()
    {
        const Query q = paging::firstQuery(PageStyle::Zpa, 2);
        const QJsonObject first{
            {u"totalPages"_s, u"3"_s}, {u"totalCount"_s, u"5"_s}, {u"list"_s, records(2)}};
        const auto p1 = paging::parse(PageStyle::Zpa, QJsonDocument(first), 2, q);
        QVERIFY(p1.error.isEmpty());
        QCOMPARE(p1.records.size(), 2);
        QCOMPARE(p1.totalPages, 3);
        QCOMPARE(p1.totalCount, 5);
        QVERIFY(!p1.last);
        QCOMPARE(value(p1.nextQuery, u"page"_s), u"2"_s);
        QCOMPARE(value(p1.nextQuery, u"pagesize"_s), u"2"_s);

        // The last page is short and says so through totalPages.
        const QJsonObject third{{u"totalPages"_s, u"3"_s}, {u"list"_s, records(1, 4)}};
        const auto p3 = paging::parse(PageStyle::Zpa, QJsonDocument(third), 2,
                                      {{u"page"_s, u"3"_s}, {u"pagesize"_s, u"2"_s}});
        QVERIFY(p3.last);
    }

    void zpaEmptyPageHasNoList()
    {
        const QJsonObject empty{{u"totalPages"_s, u"0"_s}};
        const auto p = paging::parse(PageStyle::Zpa, QJsonDocument(empty), 500,
                                     paging::firstQuery(PageStyle::Zpa, 500));
        QVERIFY(p.error.isEmpty());
        QVERIFY(p.records.isEmpty());
        QVERIFY(p.last);
    }

    void zpaExactlyOneFullPage()
    {
        const QJsonObject one{{u"totalPages"_s, u"1"_s}, {u"list"_s, records(500)}};
        const auto p = paging::parse(PageStyle::Zpa, QJsonDocument(one), 500,
                                     paging::firstQuery(PageStyle::Zpa, 500));
        QCOMPARE(p.records.size(), 500);
        QVERIFY(p.last); // no extra request for an empty page 2
    }

    void zpaRejectsWrongShapes()
    {
        QVERIFY(!paging::parse(PageStyle::Zpa, QJsonDocument(records(2)), 2, {}).error.isEmpty());
        const QJsonObject bad{{u"list"_s, u"nope"_s}};
        QVERIFY(!paging::parse(PageStyle::Zpa, QJsonDocument(bad), 2, {}).error.isEmpty());
    }

    void ziaAndZccStopOnAShortPage()
    {
        for (PageStyle style : {PageStyle::Zia, PageStyle::Zcc}) {
            const Query q = paging::firstQuery(style, 3);
            const auto full = paging::parse(style, QJsonDocument(records(3)), 3, q);
            QVERIFY(!full.last);
            QCOMPARE(value(full.nextQuery, u"page"_s), u"2"_s);
            const auto shortPage =
                paging::parse(style, QJsonDocument(records(1)), 3, full.nextQuery);
            QVERIFY(shortPage.last);
            const auto empty = paging::parse(style, QJsonDocument(QJsonArray()), 3, q);
            QVERIFY(empty.last);
            QVERIFY(!paging::parse(style, QJsonDocument(QJsonObject()), 3, q).error.isEmpty());
        }
    }

    void zidentityReusesOnlyTheQueryOfNextLink()
    {
        const Query q{
            {u"limit"_s, u"2"_s}, {u"offset"_s, u"0"_s}, {u"loginname[like]"_s, u"bo b"_s}};
        const auto p = zidPage(
            u"https://gateway.elsewhere.example/ziam/admin/api/v1/users?limit=2&offset=2&loginname%5Blike%5D=bo%20b"_s,
            q);
        QVERIFY(p.error.isEmpty());
        QVERIFY(!p.last);
        QCOMPARE(value(p.nextQuery, u"offset"_s), u"2"_s);
        QCOMPARE(value(p.nextQuery, u"loginname[like]"_s), u"bo b"_s);

        // Issue 12, finding 5: the query is decoded once, so a search for "AT&T" asks page 2
        // for "AT&T" (sent again as AT%26T), not for "AT" and a stray "T=". A '+' is a space,
        // as in every form-encoded query (Java's URLEncoder writes spaces so).
        const auto att = zidPage(
            u"https://api.zsapi.net/ziam/admin/api/v1/users?limit=2&offset=2&loginname%5Blike%5D=AT%26T&displayname%5Blike%5D=a+b%2Bc%3D%25"_s,
            {{u"limit"_s, u"2"_s}, {u"offset"_s, u"0"_s}, {u"loginname[like]"_s, u"AT&T"_s}});
        const Query expected{{u"limit"_s, u"2"_s},
                             {u"offset"_s, u"2"_s},
                             {u"loginname[like]"_s, u"AT&T"_s},
                             {u"displayname[like]"_s, u"a b+c=%"_s}};
        QCOMPARE(att.nextQuery, expected);
        QCOMPARE(p.totalPages, 3);

        const QJsonObject last{{u"results_total"_s, 5}, {u"records"_s, records(1)}};
        QVERIFY(paging::parse(PageStyle::Zid, QJsonDocument(last), 2,
                              {{u"limit"_s, u"2"_s}, {u"offset"_s, u"4"_s}})
                    .last);
        // A next_link that repeats the current page must not loop forever.
        const QJsonObject repeat{{u"next_link"_s, u"https://x.test/users?limit=2&offset=0"_s},
                                 {u"records"_s, records(2)}};
        QVERIFY(paging::parse(PageStyle::Zid, QJsonDocument(repeat), 2,
                              {{u"limit"_s, u"2"_s}, {u"offset"_s, u"0"_s}})
                    .last);
    }

    void zdxCursorEndsAsNull()
    {
        const Query q = paging::firstQuery(PageStyle::Zdx, 2);
        const QJsonObject first{{u"devices"_s, records(2)}, {u"next_offset"_s, u"abc=="_s}};
        const auto p1 = paging::parse(PageStyle::Zdx, QJsonDocument(first), 2, q);
        QVERIFY(!p1.last);
        QCOMPARE(value(p1.nextQuery, u"offset"_s), u"abc=="_s);
        const QJsonObject last{{u"devices"_s, records(1)}, {u"next_offset"_s, QJsonValue::Null}};
        QVERIFY(paging::parse(PageStyle::Zdx, QJsonDocument(last), 2, p1.nextQuery).last);
        // Another records key (users) is honoured.
        const QJsonObject users{{u"users"_s, records(2)}, {u"next_offset"_s, QJsonValue::Null}};
        QCOMPARE(
            paging::parse(PageStyle::Zdx, QJsonDocument(users), 2, q, u"users"_s).records.size(),
            2);
    }

    // Issue 12, finding 10: hostile numbers are read without undefined behaviour, and a
    // totalPages over 2^31 does not read as a small number that stops the listing early.
    void hugeZpaTotalPagesDoesNotStopEarly()
    {
        const Query q{{u"page"_s, u"1"_s}, {u"pagesize"_s, u"2"_s}};
        for (const QJsonValue &total :
             {QJsonValue(u"4294967297"_s), QJsonValue(4294967297.0), QJsonValue(1e300),
              QJsonValue(u"99999999999999999999999"_s)}) {
            const QJsonObject page{{u"totalPages"_s, total}, {u"list"_s, records(2)}};
            const auto p = paging::parse(PageStyle::Zpa, QJsonDocument(page), 2, q);
            QVERIFY(p.error.isEmpty());
            QVERIFY2(!p.last, qPrintable(total.toVariant().toString()));
            QCOMPARE(value(p.nextQuery, u"page"_s), u"2"_s);
            QCOMPARE(p.totalPages, std::numeric_limits<int>::max()); // saturated for display
        }
        // Negative and fractional counts are unknown: the short-page rule decides.
        for (const QJsonValue &total : {QJsonValue(-1e300), QJsonValue(u"-3"_s)}) {
            const QJsonObject page{
                {u"totalPages"_s, total}, {u"totalCount"_s, total}, {u"list"_s, records(1)}};
            const auto p = paging::parse(PageStyle::Zpa, QJsonDocument(page), 2, q);
            QCOMPARE(p.totalPages, -1);
            QCOMPARE(p.totalCount, -1);
            QVERIFY(p.last);
        }
        // The last page number that fits: the next one is not a wrapped negative number.
        const Query far{{u"page"_s, u"9223372036854775806"_s}, {u"pagesize"_s, u"2"_s}};
        const QJsonObject page{{u"totalPages"_s, 1e300}, {u"list"_s, records(2)}};
        QCOMPARE(
            value(paging::parse(PageStyle::Zpa, QJsonDocument(page), 2, far).nextQuery, u"page"_s),
            u"9223372036854775807"_s);
    }

    void hostileZidentityAndZdxNumbers()
    {
        // results_total past qint64 and an offset at its end: no overflow, no page past it.
        const QJsonObject page{{u"results_total"_s, 1e300}, {u"records"_s, records(2)}};
        const auto p =
            paging::parse(PageStyle::Zid, QJsonDocument(page), 2,
                          {{u"limit"_s, u"2"_s}, {u"offset"_s, u"9223372036854775806"_s}});
        QCOMPARE(p.totalCount, std::numeric_limits<qint64>::max());
        QCOMPARE(p.totalPages, std::numeric_limits<int>::max());
        QVERIFY(p.last);
        // A numeric cursor that cannot be sent back as it came is a clear error.
        // (An error page hands out no records: found by fuzz_pager.)
        const QJsonObject zdx{{u"devices"_s, records(2)}, {u"next_offset"_s, 1e300}};
        const auto bad = paging::parse(PageStyle::Zdx, QJsonDocument(zdx), 2, {});
        QVERIFY(!bad.error.isEmpty());
        QVERIFY(bad.records.isEmpty());
        const QJsonObject whole{{u"devices"_s, records(2)}, {u"next_offset"_s, 40}};
        QCOMPARE(value(paging::parse(PageStyle::Zdx, QJsonDocument(whole), 2, {}).nextQuery,
                       u"offset"_s),
                 u"40"_s);
    }
};

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
