// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "activity/ActivityModel.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

zc::ActivityEntry request(int n)
{
    zc::ActivityEntry e;
    e.time = QDateTime::currentDateTime();
    e.product = zc::Product::Zia;
    e.method = "GET";
    e.path = u"/zia/api/v1/users/%1"_s.arg(n);
    e.status = 200;
    e.durationMs = 12;
    e.requestId = u"req-%1"_s.arg(n);
    e.outcome = u"ok"_s;
    return e;
}

QString cell(const zc::ActivityModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsAndRow()
    {
        zc::ActivityModel model;
        QCOMPARE(model.columnCount(), int(zc::ActivityModel::ColumnCount));
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Time"_s, u"Product"_s, u"Method"_s, u"Path"_s, u"Status"_s,
                                       u"Duration"_s, u"Request ID"_s, u"Waits"_s}));
        model.append(request(1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, zc::ActivityModel::ProductColumn), u"ZIA"_s);
        QCOMPARE(cell(model, 0, zc::ActivityModel::MethodColumn), u"GET"_s);
        QCOMPARE(cell(model, 0, zc::ActivityModel::PathColumn), u"/zia/api/v1/users/1"_s);
        QCOMPARE(cell(model, 0, zc::ActivityModel::StatusColumn), u"200"_s);
        QCOMPARE(cell(model, 0, zc::ActivityModel::DurationColumn), u"12 ms"_s);
        QCOMPARE(cell(model, 0, zc::ActivityModel::RequestIdColumn), u"req-1"_s);
        QVERIFY(cell(model, 0, zc::ActivityModel::TimeColumn).contains(u':'));
    }

    void pathNeverCarriesAQuery()
    {
        zc::ActivityModel model;
        zc::ActivityEntry e = request(2);
        e.path = u"/zcc/papi/public/v1/getOtp?udid=secret-udid"_s;
        model.append(e);
        QCOMPARE(cell(model, 0, zc::ActivityModel::PathColumn), u"/zcc/papi/public/v1/getOtp"_s);
    }

    void waitsAndFailures()
    {
        zc::ActivityModel model;
        zc::ActivityEntry wait;
        wait.kind = zc::ActivityEntry::Kind::Wait;
        wait.time = QDateTime::currentDateTime();
        wait.product = zc::Product::Zcc;
        wait.method = "GET";
        wait.path = u"/zcc/papi/public/v1/getDevices"_s;
        wait.waitSeconds = 3;
        wait.waitReason = zc::WaitReason::ServerRateLimit;
        model.append(wait);
        QCOMPARE(cell(model, 0, zc::ActivityModel::WaitColumn),
                 zc::waitMessage(zc::Product::Zcc, 3, zc::WaitReason::ServerRateLimit));
        QVERIFY(cell(model, 0, zc::ActivityModel::StatusColumn).isEmpty());

        zc::ActivityEntry dropped = request(3);
        dropped.status = 0;
        dropped.outcome = u"network"_s;
        dropped.attempt = 2;
        model.append(dropped);
        QCOMPARE(cell(model, 1, zc::ActivityModel::StatusColumn), u"network"_s);
        QCOMPARE(cell(model, 1, zc::ActivityModel::WaitColumn), u"attempt 2"_s);

        zc::ActivityEntry token;
        token.kind = zc::ActivityEntry::Kind::TokenRequest;
        token.method = "POST";
        token.path = u"/oauth2/v1/token"_s;
        token.status = 200;
        model.append(token);
        QCOMPARE(cell(model, 2, zc::ActivityModel::ProductColumn), u"Sign-in"_s);
    }

    void keepsTheNewestRows()
    {
        zc::ActivityModel model;
        QCOMPARE(model.maxRows(), 2000);
        model.setMaxRows(5);
        for (int i = 0; i < 12; ++i)
            model.append(request(i));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(cell(model, 0, zc::ActivityModel::RequestIdColumn), u"req-7"_s);
        QCOMPARE(cell(model, 4, zc::ActivityModel::RequestIdColumn), u"req-11"_s);
        model.setMaxRows(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, zc::ActivityModel::RequestIdColumn), u"req-10"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
