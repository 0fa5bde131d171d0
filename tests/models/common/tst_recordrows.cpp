// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// RecordRowMaker and RecordRows: the cells a record becomes, and the digests a reload's rows
// are matched by (RecordTableModel::replaceRows through KeyedReplacePlan).
#include "common/RecordRows.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

RecordRowMaker maker()
{
    RecordColumn size;
    size.key = u"size"_s;
    size.display = [](const QJsonObject &o) { return QVariant(o.value("size"_L1).toInt()); };
    size.sortValue = [](const QJsonObject &o) { return QVariant(-o.value("size"_L1).toInt()); };
    return RecordRowMaker({RecordColumn::member(u"name"_s, "Name"), size},
                          {{Qt::UserRole + 50, [](const QJsonObject &o) {
                                return QVariant(o.value("name"_L1).toString().size());
                            }}});
}

} // namespace

class TestRecordRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Per row: the compact JSON, the id's and the JSON's digests, and the cells (the id, each
    // column's display value, the sort values of the columns that have one, the role values).
    void aRecordBecomesItsRow()
    {
        const RecordRowMaker rows = maker();
        QCOMPARE(rows.stride(), 5);
        QCOMPARE(rows.sortCell(0), -1);
        QCOMPARE(rows.sortCell(1), 3);
        QCOMPARE(rows.roleCell(Qt::UserRole + 50), 4);
        QCOMPARE(rows.roleCell(Qt::UserRole + 51), -1);
        RecordRows made;
        rows.add(made, {QJsonObject{{u"id"_s, 7}, {u"name"_s, u"web"_s}, {u"size"_s, 3}},
                        QJsonObject{{u"name"_s, u"no id"_s}}});
        QCOMPARE(made.size(), 2);
        QCOMPARE(made.digests.size(), 2);
        QCOMPARE(made.cells.size(), 10);
        QCOMPARE(made.json.at(0), R"({"id":7,"name":"web","size":3})");
        QCOMPARE(made.cells.mid(0, 5), (QList<QVariant>{u"7"_s, u"web"_s, 3, -3, 3}));
        QCOMPARE(made.digests.at(0).id, rowDigest(u"7"_s));
        QCOMPARE(made.digests.at(0).json, rowDigest(made.json.at(0)));
        QCOMPARE(made.cells.at(5).toString(), QString());
        QCOMPARE(made.digests.at(1).id, quint64(0)); // no id: never matched
        QVERIFY(made.digests.at(1).json != 0);

        // Appended, the lists stay side by side.
        RecordRows more;
        rows.add(more, {QJsonObject{{u"id"_s, u"a"_s}}});
        made.append(more);
        made.squeeze();
        QCOMPARE(made.size(), 3);
        QCOMPARE(made.digests.size(), 3);
        QCOMPARE(made.cells.size(), 15);
        QCOMPARE(made.digests.at(2).id, rowDigest(u"a"_s));
        QCOMPARE(made.cells.at(10).toString(), u"a"_s);

        // The last rows dropped (freeOnWorker() frees a batch at a time), the rest as they were.
        dropLast(made, 2);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.digests.size(), 1);
        QCOMPARE(made.cells.size(), 5);
        QCOMPARE(made.cells.at(1).toString(), u"web"_s);
        QCOMPARE(made.digests.at(0).id, rowDigest(u"7"_s));
    }

    // Digests tell apart what a reload compares: ids that differ (100,000 of them, and ids
    // that differ in one character or in case), records that differ in one value; equal
    // bytes give equal digests, and nothing gives 0 but no bytes.
    void digestsTellRowsApart()
    {
        QCOMPARE(rowDigest(QByteArrayView()), quint64(0));
        QCOMPARE(rowDigest(QStringView()), quint64(0));
        QCOMPARE(rowDigest(u"72057594037927936"_s), rowDigest(u"72057594037927936"_s));
        QVERIFY(rowDigest(u"user-1"_s) != rowDigest(u"user-2"_s));
        QVERIFY(rowDigest(u"User-1"_s) != rowDigest(u"user-1"_s));
        QSet<quint64> seen;
        for (int i = 0; i < 100000; ++i)
            seen.insert(rowDigest(QString::number(216000000000LL + i)));
        QCOMPARE(seen.size(), 100000);
        QVERIFY(!seen.contains(0));

        const RecordRowMaker rows = maker();
        RecordRows made;
        rows.add(made, {QJsonObject{{u"id"_s, 1}, {u"name"_s, u"web"_s}, {u"size"_s, 3}},
                        QJsonObject{{u"id"_s, 1}, {u"name"_s, u"web"_s}, {u"size"_s, 4}},
                        QJsonObject{{u"size"_s, 3}, {u"name"_s, u"web"_s}, {u"id"_s, 1}}});
        QCOMPARE(made.digests.at(0).id, made.digests.at(1).id);
        QVERIFY(made.digests.at(0).json != made.digests.at(1).json);
        QCOMPARE(made.digests.at(0).json, made.digests.at(2).json); // keys in the same order
    }
};

QTEST_GUILESS_MAIN(TestRecordRows)
#include "tst_recordrows.moc"
