// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The five pagination styles, page by page, on the edges users trip over: counts as strings,
// "list" absent on an empty page, absolute next_link, string cursors that end as null.
#include "net/PageParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

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
        const QJsonObject page{
            {u"results_total"_s, 5},
            {u"pageOffset"_s, 0},
            {u"pageSize"_s, 2},
            {u"next_link"_s,
             u"https://gateway.elsewhere.example/ziam/admin/api/v1/users?limit=2&offset=2&loginname%5Blike%5D=bo%20b"_s},
            {u"records"_s, records(2)}};
        const auto p = paging::parse(PageStyle::Zid, QJsonDocument(page), 2, q);
        QVERIFY(p.error.isEmpty());
        QVERIFY(!p.last);
        QCOMPARE(value(p.nextQuery, u"offset"_s), u"2"_s);
        QCOMPARE(value(p.nextQuery, u"loginname[like]"_s), u"bo b"_s);
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
};

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
