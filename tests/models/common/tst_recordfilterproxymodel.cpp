// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The filter proxies' search (RecordTextFilter's rule, in RecordFilterProxyModel for trees
// and RecordTableProxyModel for tables, each test run on both), checked against a plain
// reading of the rule (every word of the filter somewhere in one of the row's cells, case
// aside): words in awkward places, and many rows filtered before, while and after their texts
// are worked out while idle.
#include "common/RecordFilterProxyModel.h"
#include "common/RecordTableModel.h"
#include "common/RecordTableProxyModel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

QList<RecordColumn> columns()
{
    return {RecordColumn::member(u"name"_s, "Name"), RecordColumn::member(u"note"_s, "Note")};
}

QJsonObject row(const QString &name, const QString &note = {})
{
    return QJsonObject{{u"name"_s, name}, {u"note"_s, note}};
}

// The names the proxy shows, in order.
QStringList shown(const QAbstractProxyModel &proxy)
{
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names << proxy.index(r, 0).data().toString();
    return names;
}

// The rule read plainly: every word in the name or the note, case aside.
QStringList expected(const QJsonArray &records, const QString &filter)
{
    const QStringList words = filter.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList names;
    for (const QJsonValue &v : records) {
        const QString name = v["name"_L1].toString();
        const QString note = v["note"_L1].toString();
        const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return name.contains(w, Qt::CaseInsensitive) || note.contains(w, Qt::CaseInsensitive);
        });
        if (all)
            names << name;
    }
    return names;
}

// Either proxy, as the test's data row says.
struct Proxy
{
    Proxy()
    {
        QFETCH_GLOBAL(bool, flat);
        if (flat)
            table = std::make_unique<RecordTableProxyModel>();
        else
            tree = std::make_unique<RecordFilterProxyModel>();
    }
    QAbstractProxyModel &operator*() const
    {
        return table ? static_cast<QAbstractProxyModel &>(*table) : *tree;
    }
    QAbstractProxyModel *operator->() const { return &**this; }
    void setFilterText(const QString &text) const
    {
        if (table)
            table->setFilterText(text);
        else
            tree->setFilterText(text);
    }
    std::unique_ptr<RecordTableProxyModel> table;
    std::unique_ptr<RecordFilterProxyModel> tree;
};

// `records` in a table behind the proxy, which QAbstractItemModelTester checks.
struct Filtered
{
    explicit Filtered(const QJsonArray &records)
    {
        model.setRecords(records);
        proxy->setSourceModel(&model);
    }
    RecordTableModel model{columns()};
    Proxy proxy;
    QAbstractItemModelTester tester{&*proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// The source rows the proxy shows, in order.
QList<int> sourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows << proxy.mapToSource(proxy.index(r, 0)).row();
    return rows;
}

// The rows that pass `filter`, sorted by name as people read it ("user2" before "user10"),
// equal names in the source's order, whichever way the names sort.
QList<int> sortedRows(const QJsonArray &records, const QString &filter, Qt::SortOrder order)
{
    QList<int> rows;
    for (int r = 0; r < records.size(); ++r) {
        if (!expected(QJsonArray{records.at(r)}, filter).isEmpty())
            rows << r;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) {
        const int c = collator.compare(records.at(l)["name"_L1].toString(),
                                       records.at(r)["name"_L1].toString());
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return rows;
}

} // namespace

class TestRecordFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("flat");
        QTest::newRow("RecordTableProxyModel") << true;
        QTest::newRow("RecordFilterProxyModel") << false;
    }

    void wordsAreFoundWhereverTheyStand_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("names");
        // A first letter that comes again before the word starts.
        QTest::newRow("false start") << u"aab"_s << QStringList{u"aaab"_s};
        QTest::newRow("overlapping") << u"nana"_s << QStringList{u"banana"_s};
        QTest::newRow("whole cell") << u"banana"_s << QStringList{u"banana"_s};
        // "ab" at the end of a cell is not "abc".
        QTest::newRow("cut at the end") << u"abc"_s << QStringList{u"abcd"_s};
        QTest::newRow("longer than any cell") << u"bananabanana"_s << QStringList{};
        QTest::newRow("not across cells") << u"ba"_s << QStringList{u"banana"_s};
        QTest::newRow("in the note, any case") << u"\u00c9MI"_s << QStringList{u"xyz"_s};
        // "b" has its "a" in the other cell.
        QTest::newRow("every word")
            << u"a b"_s << QStringList{u"aaab"_s, u"banana"_s, u"abcd"_s, u"b"_s, u"zab"_s};
        QTest::newRow("one letter") << u"d"_s << QStringList{u"abcd"_s};
    }

    void wordsAreFoundWhereverTheyStand()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, names);
        const QJsonArray records{row(u"aaab"_s),          row(u"banana"_s),
                                 row(u"abcd"_s, u"ab"_s), row(u"xyz"_s, u"\u00c9mile"_s),
                                 row(u"b"_s, u"a"_s),     row(u"zab"_s)};
        Filtered table(records);
        table.proxy.setFilterText(filter);
        QCOMPARE(shown(*table.proxy), names);
        QCOMPARE(names, expected(records, filter));
    }

    // The rows' texts are worked out while the application is idle, a few milliseconds at a
    // time: a filter gives the same rows whether none, some or all of them are known yet,
    // and whether it narrows the previous one or not.
    void manyRowsFilterTheSameWhateverTheIdleFillHasDone()
    {
        QJsonArray records;
        for (int i = 0; i < 20000; ++i)
            records.append(row(u"user%1"_s.arg(i), i % 7 == 0 ? u"Sales"_s : u"Finance"_s));
        RecordTableModel model(columns());
        const Proxy proxy;
        proxy->setSourceModel(&model);
        QAbstractItemModelTester tester(&*proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList typed{u"u"_s,     u"us"_s,      u"user1"_s,       u"user12 sales"_s,
                                u"user1"_s, u"user123"_s, u"user1234"_s,    u"e"_s,
                                u""_s,      u"FIN 99"_s,  u"fin 99 user9"_s};
        const auto typeAll = [&] {
            for (const QString &filter : typed) {
                proxy.setFilterText(filter);
                QCOMPARE(shown(*proxy), expected(records, filter));
            }
        };
        model.setRecords(records);
        typeAll(); // nothing worked out yet
        model.setRecords(records);
        QCoreApplication::processEvents(); // some of it
        typeAll();
        proxy.setFilterText(QString());
        QTest::qWait(500); // most likely all of it; the rows must not depend on it
        typeAll();
    }

    // A new filter on a sorted table has the rows it keeps compared by the order they were
    // shown in: they must come out as sorting them by value gives, equal names in the source's
    // order, either way round, rows appended since included.
    void sortedRowsKeepTheirOrderAcrossFilters_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("ascending") << Qt::AscendingOrder;
        QTest::newRow("descending") << Qt::DescendingOrder;
    }

    void sortedRowsKeepTheirOrderAcrossFilters()
    {
        QFETCH(Qt::SortOrder, order);
        QJsonArray records;
        for (int i = 0; i < 3000; ++i) // every name four or five times
            records.append(row(u"user%1"_s.arg(i % 700), i % 3 == 0 ? u"Sales"_s : u"Finance"_s));
        Filtered table(records);
        const Proxy &proxy = table.proxy;
        proxy->sort(0, order);
        const QStringList typed{u"1"_s, u"12"_s,    u"12 sales"_s, u"1"_s,
                                u""_s,  u"user6"_s, u"s"_s,        u"user"_s};
        for (const QString &filter : typed) {
            proxy.setFilterText(filter);
            QCOMPARE(sourceRows(*proxy), sortedRows(records, filter, order));
        }
        QJsonArray more;
        for (int i = 0; i < 300; ++i)
            more.append(row(u"user%1"_s.arg(i * 7 % 700), u"Sales"_s));
        table.model.appendRecords(more);
        for (const QJsonValue &v : std::as_const(more))
            records.append(v);
        for (const QString &filter : typed) {
            proxy.setFilterText(filter);
            QCOMPARE(sourceRows(*proxy), sortedRows(records, filter, order));
        }
    }

    // Rows appended while a filter is set are searched like the others, and a narrowing
    // filter typed after them still finds them.
    void rowsAppendedUnderAFilterAreSearched()
    {
        RecordTableModel model(columns());
        const Proxy proxy;
        proxy->setSourceModel(&model);
        QAbstractItemModelTester tester(&*proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonArray all;
        proxy.setFilterText(u"user1"_s);
        for (int page = 0; page < 5; ++page) {
            QJsonArray records;
            for (int i = 0; i < 1000; ++i)
                records.append(row(u"user%1"_s.arg(page * 1000 + i)));
            model.appendRecords(records);
            for (const QJsonValue &v : std::as_const(records))
                all.append(v);
            QCOMPARE(shown(*proxy), expected(all, u"user1"_s));
        }
        proxy.setFilterText(u"user12"_s);
        QCOMPARE(shown(*proxy), expected(all, u"user12"_s));
        QCOMPARE(proxy->rowCount(), 111); // user12, user120-129, user1200-1299
    }
};

QTEST_GUILESS_MAIN(TestRecordFilterProxyModel)
#include "tst_recordfilterproxymodel.moc"
