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

// A table with a value of its own per row, read through a role as a subclass reads it.
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
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
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
        // never ends replaces them with what arrived.
        auto *again = new PagedFetch(client.get(), ApiRequest::get(Product::Zcc, {u"getDevices"_s}),
                                     PageStyle::Zcc, 50, &model);
        again->setLimits({2, 0});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(again);
        QVERIFY(failed.wait(10000));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 100);
    }

    // A reload into a table that shows rows: each page becomes rows as it arrives, kept aside
    // (the fetch keeps no records), and the rows shown stay as they were until the last page;
    // then one reset shows exactly the new list, in the API's order.
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
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(loaded.at(0).at(0).toInt(), expected.size());
        compareRows(model, expected);
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
