// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The shared record table and its filter proxy, checked by QAbstractItemModelTester, a
// failed load that must leave the previous rows untouched, rows page by page in an empty
// table, a reload that keeps the rows shown until its last page, a list stopped for paging
// forever that shows what arrived, and the compact rows answering every role as the records
// themselves do.
#include "SimFixture.h"
#include "common/RecordFilterProxyModel.h"
#include "common/RecordTableModel.h"
#include "net/Pager.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {
QList<RecordColumn> columns()
{
    RecordColumn port = RecordColumn::member(u"port"_s, "Port");
    port.sortValue = [](const QJsonObject &o) { return o.value("port"_L1).toString().toInt(); };
    return {RecordColumn::member(u"name"_s, "Name"), port,
            RecordColumn::member(u"domainNames"_s, "Domains"),
            RecordColumn::member(u"enabled"_s, "Enabled")};
}

QJsonArray sample()
{
    return {
        QJsonObject{{u"id"_s, u"1"_s},
                    {u"name"_s, u"finance"_s},
                    {u"port"_s, u"443"_s},
                    {u"domainNames"_s, QJsonArray{u"fin.example.com"_s, u"pay.example.com"_s}},
                    {u"enabled"_s, true}},
        QJsonObject{{u"id"_s, u"2"_s},
                    {u"name"_s, u"Wiki"_s},
                    {u"port"_s, u"80"_s},
                    {u"domainNames"_s, QJsonArray{u"wiki.example.com"_s}},
                    {u"enabled"_s, false}},
        QJsonObject{{u"id"_s, 3}, {u"name"_s, u"admin"_s}, {u"port"_s, u"8443"_s}},
    };
}
// Records of every JSON kind: strings (non-ASCII too), whole and fractional numbers, large
// integers, booleans, null, arrays of strings and of objects, nested objects, ids as
// numbers or strings, a udid or a trace_id in place of an id, and members missing.
QJsonArray varied(int count)
{
    QJsonArray records;
    for (int i = 0; i < count; ++i) {
        QJsonObject o{{u"name"_s, u"r\u00e9cord %1 \u65e5\u672c"_s.arg(i)},
                      {u"port"_s, QString::number(8000 - i)}};
        if (i % 3 == 0)
            o.insert(u"id"_s, i);
        else if (i % 3 == 1)
            o.insert(u"id"_s, QString::number(1000000 + i));
        else
            o.insert(i % 2 ? u"udid"_s : u"trace_id"_s, u"u-%1"_s.arg(i));
        if (i % 4 != 3)
            o.insert(u"domainNames"_s,
                     i % 2 ? QJsonValue(QJsonArray{u"a%1.example.com"_s.arg(i), u"b.example"_s})
                           : QJsonValue(QJsonArray{QJsonObject{{u"name"_s, u"obj %1"_s.arg(i)}}}));
        if (i % 5 != 4)
            o.insert(u"enabled"_s, i % 2 == 0);
        o.insert(u"ratio"_s, i / 7.0);
        o.insert(u"big"_s, qint64(9007199254740993LL) + i);
        o.insert(u"nothing"_s, QJsonValue::Null);
        o.insert(u"nested"_s, QJsonObject{{u"deep"_s, QJsonArray{i, true, u"x"_s}}});
        records.append(o);
    }
    return records;
}

// Every role of every row as the columns make it from the record itself.
void compareRows(const RecordTableModel &model, const QJsonArray &records)
{
    QCOMPARE(model.rowCount(), records.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject o = records.at(row).toObject();
        for (int c = 0; c < model.columnCount(); ++c) {
            const RecordColumn &column = model.columns().at(c);
            const QModelIndex index = model.index(row, c);
            QCOMPARE(index.data(), column.display(o));
            QCOMPARE(index.data(Qt::ToolTipRole), column.display(o));
            QCOMPARE(index.data(RecordTableModel::SortRole),
                     column.sortValue ? column.sortValue(o) : column.display(o));
            QCOMPARE(index.data(RecordTableModel::RecordIdRole).toString(), recordId(o));
        }
        QCOMPARE(model.index(row, 0).data(RecordTableModel::RawJsonRole).toJsonObject(), o);
        QCOMPARE(QJsonDocument::fromJson(model.recordJson(row)).object(), o);
    }
}

// A table with a value of its own per row, read through a role as a subclass reads it, and
// checked by QAbstractItemModelTester all along.
class DomainCountModel : public RecordTableModel
{
public:
    static constexpr int DomainCountRole = RecordIdRole + 50;
    DomainCountModel()
        : RecordTableModel(::columns()) // (the free function, not the member)
    {
        setRoleValues({{DomainCountRole, [](const QJsonObject &o) {
                            return QVariant(int(o.value("domainNames"_L1).toArray().size()));
                        }}});
    }

private:
    QAbstractItemModelTester m_tester{this, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

class TestRecordTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRecordsByColumn()
    {
        RecordTableModel model(columns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Domains"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString(),
                 u"domainNames"_s);
        QCOMPARE(model.index(0, 2).data().toString(), u"fin.example.com, pay.example.com"_s);
        QCOMPARE(model.index(1, 3).data().toString(), u"No"_s);
        QCOMPARE(model.index(2, 2).data().toString(), QString());
        QCOMPARE(model.index(1, 0).data(RecordTableModel::RawJsonRole).toJsonObject(),
                 sample().at(1).toObject());
        QCOMPARE(model.index(2, 0).data(RecordTableModel::RecordIdRole).toString(), u"3"_s);
        QCOMPARE(model.columnIndex(u"port"_s), 1);

        model.appendRecords({QJsonObject{{u"id"_s, u"4"_s}, {u"name"_s, u"more"_s}}});
        QCOMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // Each row keeps its record's bytes and its cells: every role answers what the columns
    // make of the record, for rows set, appended and replaced, and record() hands the record
    // back whatever order rows are asked in (the last few parsed are remembered).
    void compactRowsAnswerAsTheRecordsDo()
    {
        DomainCountModel model;
        const QJsonArray records = varied(300);
        model.setRecords(records);
        compareRows(model, records);
        QCOMPARE(model.records(), records);

        // Rows asked for out of order, again and again: never another row's record.
        for (int row : {7, 250, 7, 0, 299, 3, 250, 8, 9, 10, 11, 7, 299}) {
            QCOMPARE(model.record(row), records.at(row).toObject());
            QCOMPARE(model.index(row, 1).data(DomainCountModel::DomainCountRole).toInt(),
                     records.at(row).toObject().value("domainNames"_L1).toArray().size());
        }
        QCOMPARE(model.record(300), QJsonObject());
        QCOMPARE(model.record(-1), QJsonObject());
        QCOMPARE(model.recordJson(300), QByteArray());

        // Appended pages, then a row replaced: the rows equal the records they were given.
        QJsonArray all = records;
        const QJsonArray more = varied(520);
        model.appendRecords(QJsonArray(more));
        for (const QJsonValue &r : more)
            all.append(r);
        QCOMPARE(model.record(301), all.at(301).toObject()); // remembered before the change
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QJsonObject replacement{{u"id"_s, u"new"_s}, {u"name"_s, u"replaced"_s}};
        model.replaceRecord(301, replacement);
        all.replace(301, replacement);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(301, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(301, model.columnCount() - 1));
        QCOMPARE(model.record(301), replacement);
        compareRows(model, all);

        // A record that is no object is kept as the empty object it was shown as.
        model.setRecords({QJsonValue(42), QJsonObject{{u"id"_s, 1}}});
        QCOMPARE(model.record(0), QJsonObject());
        QCOMPARE(model.index(0, 0).data(), QVariant());
        QCOMPARE(model.index(1, 0).data(RecordTableModel::RecordIdRole).toString(), u"1"_s);
    }

    // The end of a reload replaces rows by id: rows whose id went are removed, new ones
    // inserted where the new list has them, changed ones say so; unchanged rows emit nothing,
    // persistent indexes follow the rows that stay, and the rows equal the new list.
    void replaceMatchesRowsById()
    {
        DomainCountModel model;
        const QJsonArray before = varied(1000);
        model.setRecords(before);
        const QPersistentModelIndex kept(model.index(500, 2));
        const QPersistentModelIndex last(model.index(999, 0));
        const QPersistentModelIndex gone(model.index(301, 0));
        QCOMPARE(kept.data(RecordTableModel::RecordIdRole).toString(),
                 recordId(before.at(500).toObject()));

        // 10 removed (two of them next to each other: 9 ranges), 10 added, 10 changed.
        QJsonArray after;
        for (int row = 0; row < before.size(); ++row) {
            QJsonObject o = before.at(row).toObject();
            if (row % 100 == 1 || row == 2)
                continue; // rows 1, 2, 101, ..., 901
            if (row % 100 == 50)
                o.insert(u"name"_s, u"changed %1"_s.arg(row));
            after.append(o);
            if (row % 100 == 70)
                after.append(QJsonObject{{u"id"_s, u"added-%1"_s.arg(row)}, {u"port"_s, u"1"_s}});
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A view reading records between the signals: what it parses then (the rows that
        // change still hold their old bytes) is not handed out after them.
        QList<int> changing;
        for (int row = 0; row < after.size(); ++row) {
            if (after.at(row).toObject().value("name"_L1).toString().startsWith(u"changed"_s))
                changing << row;
        }
        QCOMPARE(changing.size(), 10);
        int readBetween = 0;
        const QMetaObject::Connection reader = connect(
            &model, &QAbstractItemModel::rowsInserted, &model, [&model, &changing, &readBetween] {
                for (int row : std::as_const(changing))
                    readBetween += row < model.rowCount() && !model.record(row).isEmpty() ? 1 : 0;
            });
        model.replaceRecords(after);
        disconnect(reader);
        QVERIFY(readBetween > 0);
        for (auto row = changing.crbegin(); row != changing.crend(); ++row) // last read first
            QCOMPARE(model.record(*row), after.at(*row).toObject());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 10); // 1-2, then 101, 201, ... 901, the last first
        QCOMPARE(removed.at(0).at(1).toInt(), 901);
        QCOMPARE(removed.at(9).at(1).toInt(), 1);
        QCOMPARE(removed.at(9).at(2).toInt(), 2);
        QCOMPARE(inserted.size(), 10); // one after each row 70, 170, ...
        QCOMPARE(changed.size(), 10);
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex first = signal.at(0).toModelIndex();
            QCOMPARE(signal.at(1).toModelIndex(),
                     model.index(first.row(), model.columnCount() - 1));
            QVERIFY(model.record(first.row()).value("name"_L1).toString().startsWith(u"changed"_s));
        }
        compareRows(model, after);
        QCOMPARE(kept.data(RecordTableModel::RecordIdRole).toString(),
                 recordId(before.at(500).toObject()));
        QCOMPARE(kept.column(), 2);
        QCOMPARE(last.row(), model.rowCount() - 1);
        QVERIFY(!gone.isValid());

        // The same list again: nothing changed, nothing said.
        removed.clear();
        inserted.clear();
        changed.clear();
        model.replaceRecords(after);
        QCOMPARE(reset.size() + removed.size() + inserted.size() + changed.size(), 0);
        compareRows(model, after);

        // Changes in more than 32 ranges: one dataChanged from the first to the last.
        QJsonArray many = after;
        for (int row = 10; row < 800; row += 20) {
            QJsonObject o = many.at(row).toObject();
            o.insert(u"port"_s, u"9"_s);
            many.replace(row, o);
        }
        model.replaceRecords(many);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 10);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 790);
        compareRows(model, many);
    }

    // Where matching by id cannot say what happened in few signals, one reset as before: the
    // ids that stay in another order, an id missing, more than 32 ranges. (An id repeated in
    // the new list where the rest matches in place is matched in order: still the new list.)
    void replaceResetsWhereIdsDoNotMatchInOrder()
    {
        RecordTableModel model(columns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray list = varied(200);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const auto replaced = [&](const QJsonArray &records) {
            model.setRecords(list);
            reset.clear();
            model.replaceRecords(records);
            compareRows(model, records);
            return reset.size();
        };
        QJsonArray swapped = list;
        swapped.replace(10, list.at(20));
        swapped.replace(20, list.at(10));
        QCOMPARE(replaced(swapped), 1);

        QJsonArray repeated = list;
        repeated.append(list.at(5));
        QCOMPARE(replaced(repeated), 0);

        QJsonArray missing = list;
        missing.insert(50, QJsonObject{{u"name"_s, u"no id"_s}});
        QCOMPARE(replaced(missing), 1);

        QJsonArray sparse; // every other row: 100 removal ranges
        for (int row = 0; row < list.size(); row += 2)
            sparse.append(list.at(row));
        QCOMPARE(replaced(sparse), 1);

        QJsonArray fewer = list; // one range: no reset
        while (fewer.size() > 150)
            fewer.removeLast();
        QCOMPARE(replaced(fewer), 0);
        QCOMPARE(replaced({}), 1);
    }

    // Found by fuzz_zdx: an id of 1e300 was cast to an integer (undefined behaviour).
    void hostileNumericIdsAreShownAsWritten()
    {
        QCOMPARE(recordId(QJsonObject{{u"id"_s, 9007199254740992.0}}), u"9007199254740992"_s);
        QCOMPARE(recordId(QJsonObject{{u"id"_s, 42}}), u"42"_s);
        QCOMPARE(recordId(QJsonObject{{u"trace_id"_s, 1e300}}), u"1e+300"_s);
        QCOMPARE(recordId(QJsonObject{{u"udid"_s, -1e300}}), u"-1e+300"_s);
        QCOMPARE(recordId(QJsonObject{{u"id"_s, 2.5}}), u"2.5"_s);
    }

    void proxyFiltersEveryWordAndSortsBySortValue()
    {
        RecordTableModel model(columns());
        RecordFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(sample());

        proxy.setFilterText(u"443"_s);
        QCOMPARE(proxy.rowCount(), 2); // 443 and 8443
        proxy.setFilterText(u"  443   FIN "_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"finance"_s);
        proxy.setFilterText(u"wiki.example"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);

        // Ports sort as numbers, not text: 80 < 443 < 8443.
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 1).data().toString(), u"80"_s);
        QCOMPARE(proxy.index(2, 1).data().toString(), u"8443"_s);
        // Names sort without regard to case.
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"admin"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"Wiki"_s);
    }

    // The proxy keeps each row's text and, while a filter only narrows, skips rows already
    // dropped: what it shows must still follow widening filters and changing sources.
    void proxyFilterFollowsNarrowingWideningAndChangingRows()
    {
        RecordTableModel model(columns());
        RecordFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(sample());
        QTRY_COMPARE(proxy.rowCount(), 3); // and the texts worked out while idle

        proxy.setFilterText(u"EXAMPLE"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(u"example wiki"_s); // narrows
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"example wik"_s); // widens
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"exam"_s);
        QCOMPARE(proxy.rowCount(), 2);

        // A page appended while filtering: its rows are searched too.
        model.appendRecords({QJsonObject{{u"id"_s, u"4"_s}, {u"name"_s, u"exam room"_s}},
                             QJsonObject{{u"id"_s, u"5"_s}, {u"name"_s, u"other"_s}}});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterText(u"exam r"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"exam room"_s);

        // New rows in place of the old: nothing is remembered from them.
        model.setRecords({QJsonObject{{u"id"_s, u"6"_s}, {u"name"_s, u"Exam Rota"_s}},
                          QJsonObject{{u"id"_s, u"7"_s}, {u"name"_s, u"finance"_s}}});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Exam Rota"_s);
        proxy.setFilterText(u"exam ro"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"  "_s);
        QCOMPARE(proxy.rowCount(), 2);
    }

    // A filter that keeps exactly the rows shown changes nothing a view sees: no reset (which
    // lays every row out again, the first keystroke over 100,000 rows); one that changes them
    // resets once.
    void filterKeepingTheShownRowsDoesNotReset()
    {
        RecordTableModel model(columns());
        RecordFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(sample());
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        proxy.setFilterText(u"a"_s); // every row has an a
        QCOMPARE(resets.count(), 0);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterText(u"a 4"_s); // not Wiki on port 80
        QCOMPARE(resets.count(), 1);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(u"a 44"_s); // 443 and 8443 still
        QCOMPARE(resets.count(), 1);
        QCOMPARE(proxy.rowCount(), 2);

        // A row appended while filtering is judged like the others.
        model.appendRecords({QJsonObject{{u"id"_s, u"8"_s}, {u"name"_s, u"a 4400"_s}}});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterText(u"a 4"_s); // wider, and the same rows
        QCOMPARE(resets.count(), 1);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"a 4400"_s);
        proxy.setFilterText(QString()); // Wiki comes back
        QCOMPARE(resets.count(), 2);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void failedLoadKeepsThePreviousRows()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        RecordTableModel model(columns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(sample());

        // /status answers an object where a ZIA list expects an array: a bad page.
        auto *fetch = new PagedFetch(client.get(), ApiRequest::get(Product::Zia, {u"status"_s}),
                                     PageStyle::Zia, 100, &model);
        QSignalSpy failed(&model, &RecordTableModel::failed);
        QSignalSpy loading(&model, &RecordTableModel::loadingChanged);
        model.load(fetch);
        QVERIFY(model.isLoading());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::BadResponse);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.record(0).value("name"_L1).toString(), u"finance"_s);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(model.lastError().kind, ApiError::Kind::BadResponse);
    }

    void emptyTableShowsRowsPageByPageAndKeepsThemWhenPagingNeverEnds()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::RaiseTotal;
        fault.product = Product::Zcc;
        fault.count = -1;
        sim.server().injectFault(fault);
        auto client = sim.makeClient();
        RecordTableModel model(columns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *fetch = new PagedFetch(client.get(), ApiRequest::get(Product::Zcc, {u"getDevices"_s}),
                                     PageStyle::Zcc, 50, &model);
        fetch->setLimits({4, 0});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy failed(&model, &RecordTableModel::failed);
        model.load(fetch);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::EndlessPaging);
        // One insertion per page, in order, and all four pages stay visible.
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(inserted.at(3).at(1).toInt(), 150);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(!model.isLoading());

        // A table that shows rows keeps them until the list is complete, and a list that
        // never ends replaces them with what arrived: the same first 100 devices, so the
        // rows after them go, in one removal and no reset.
        QJsonArray firstTwoPages = model.records();
        while (firstTwoPages.size() > 100)
            firstTwoPages.removeLast();
        auto *again = new PagedFetch(client.get(), ApiRequest::get(Product::Zcc, {u"getDevices"_s}),
                                     PageStyle::Zcc, 50, &model);
        again->setLimits({2, 0});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.load(again);
        QVERIFY(failed.wait(10000));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 100);
        QCOMPARE(removed.at(0).at(2).toInt(), 199);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.records(), firstTwoPages);
    }

    // A reload into a table that shows rows: each page becomes rows as it arrives, kept aside
    // (the fetch keeps no records), and the rows shown stay as they were until the last page;
    // then the rows shown are exactly the new list, in the API's order (none of the old ids
    // stays: one removal and one insertion, no reset).
    void reloadKeepsTheRowsShownUntilItsLastPage()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        const auto devices = [&client](QObject *parent) {
            return new PagedFetch(client.get(), ApiRequest::get(Product::Zcc, {u"getDevices"_s}),
                                  PageStyle::Zcc, 50, parent);
        };
        // The list as the API pages it, kept by a fetch of its own.
        PagedFetch *reference = devices(nullptr);
        QSignalSpy referenceDone(reference, &Job::succeeded);
        reference->start();
        QVERIFY(referenceDone.wait(10000));
        const QJsonArray expected = reference->records();
        delete reference;
        QVERIFY(expected.size() > 100); // more than two pages

        RecordTableModel model(columns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(sample());
        PagedFetch *fetch = devices(&model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &RecordTableModel::loaded);
        int pagesSeen = 0;
        connect(fetch, &PagedFetch::pageArrived, &model, [&] {
            ++pagesSeen;
            QCOMPARE(model.rowCount(), 3);
            QCOMPARE(model.record(0).value("name"_L1).toString(), u"finance"_s);
        });
        model.load(fetch);
        QVERIFY(loaded.wait(10000));
        QVERIFY(pagesSeen > 2);
        QVERIFY(fetch->records().isEmpty());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toInt(), expected.size());
        compareRows(model, expected);
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
