// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZCC device records as a hostile or broken server may send them: times far outside any date,
// numbers past every integer, members of the wrong type. Found by fuzz_zcc.
#include "zcc/DeviceModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestDeviceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zccTimeReadsEveryForm()
    {
        QCOMPARE(zccTime(1700000000).toSecsSinceEpoch(), 1700000000);
        QCOMPARE(zccTime(1700000000123.0).toMSecsSinceEpoch(), 1700000000123);
        QCOMPARE(zccTime(u"1700000000"_s).toSecsSinceEpoch(), 1700000000);
        QVERIFY(zccTime(u"2023-11-14T22:13:20Z"_s).isValid());
    }

    void hostileTimesAreNoDate()
    {
        for (const QJsonValue &value :
             {QJsonValue(1e300), QJsonValue(-1e300), QJsonValue(9.3e18),
              QJsonValue(u"99999999999999999999"_s), QJsonValue(u"9223372036854775807"_s),
              QJsonValue(0), QJsonValue(u"soon"_s), QJsonValue(QJsonArray{1})})
            QVERIFY2(!zccTime(value).isValid(), qPrintable(value.toVariant().toString()));
    }

    void hostileRecordsShowWithoutFailing()
    {
        DeviceModel model(nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(
            QJsonArray{QJsonObject{{u"udid"_s, 1e300},
                                   {u"last_seen_time"_s, 1e300},
                                   {u"registrationState"_s, 99999999999.0},
                                   {u"type"_s, -1e300},
                                   {u"osVersion"_s, u"99999999999999999999.1"_s}},
                       QJsonObject{{u"udid"_s, u"u2"_s}, {u"last_seen_time"_s, u"1700000000"_s}}});
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(RecordTableModel::SortRole),
                                 int(RecordTableModel::RecordIdRole)})
                    model.data(model.index(row, column), role);
            }
        }
        const int lastSeen = model.columnIndex(u"last_seen_time"_s);
        QVERIFY(lastSeen >= 0);
        QVERIFY(model.index(0, lastSeen).data().toString().isEmpty());
        QVERIFY(!model.index(1, lastSeen).data().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceModel)
#include "tst_devicemodel.moc"
