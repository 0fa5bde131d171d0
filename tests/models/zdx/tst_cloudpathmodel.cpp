// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// CloudPathModel fed with a trace's cloudpath and cloudpath-metrics from the simulator: the
// legs in path order, one row per hop, the whole trace summed up (checked against the raw
// samples here), one sample at a time, and which hops are flagged; and garbage.
#include "CompletedTrace.h"
#include "SimFixture.h"
#include "TenantData.h"
#include "zdx/CloudPathModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestCloudPathModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.start());
        m_client = m_sim.makeClient();
        m_trace = test::runTraceToTheEnd(m_sim, m_client.get(), 3, 5);
        QVERIFY2(m_trace.error.isEmpty(), qPrintable(m_trace.error));
    }

    void legsAndHopsOverTheWholeTrace()
    {
        CloudPathModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray path = m_trace.results.value("cloudpath"_L1).toArray();
        QCOMPARE(path.size(), 5 * 3); // three legs a minute
        model.setResult(path, m_trace.results.value("cloudpath_metrics"_L1));
        QCOMPARE(model.sampleTimes().size(), 5);
        QCOMPARE(model.sample(), -1);

        // Client → egress → Zscaler → application, chained.
        const QList<CloudPathModel::Leg> &legs = model.legs();
        QCOMPARE(legs.size(), 3);
        QCOMPARE(legs.at(0).src, m_sim.server().tenantData().devices.at(3).hostname);
        QCOMPARE(legs.at(1).src, legs.at(0).dst);
        QCOMPARE(legs.at(2).src, legs.at(1).dst);
        QCOMPARE(legs.at(2).dst, u"teams.microsoft.com"_s);
        QCOMPARE(legs.at(1).tunnelType, u"Z-Tunnel 2.0"_s);
        QCOMPARE(legs.at(1).unresponsiveHops, 1);
        QCOMPARE(model.rowCount(), legs.at(0).rowCount + legs.at(1).rowCount + legs.at(2).rowCount);
        QCOMPARE(legs.at(1).firstRow, legs.at(0).rowCount);
        QCOMPARE(model.record(legs.at(1).firstRow).value("hop"_L1).toInt(), 1);
        QCOMPARE(model.record(legs.at(1).firstRow).value("leg"_L1).toInt(), 2);

        // Summed up: checked against the samples themselves.
        const int lossy = test::hopRow(model, u"62.115.140."_s);
        QVERIFY(lossy >= 0);
        const int legIndex = model.record(lossy).value("leg"_L1).toInt() - 1;
        const int hopIndex = model.record(lossy).value("hop"_L1).toInt() - 1;
        qint64 sent = 0, received = 0;
        double lowest = 1e9, highest = 0;
        for (qsizetype i = legIndex; i < path.size(); i += 3) {
            const QJsonObject hop = path.at(i)
                                        .toObject()
                                        .value("cloudpath"_L1)
                                        .toObject()
                                        .value("hops"_L1)
                                        .toArray()
                                        .at(hopIndex)
                                        .toObject();
            sent += hop.value("pkt_sent"_L1).toInteger();
            received += hop.value("pkt_rcvd"_L1).toInteger();
            lowest = std::min(lowest, hop.value("latency_min"_L1).toDouble());
            highest = std::max(highest, hop.value("latency_max"_L1).toDouble());
        }
        const QJsonObject row = model.record(lossy);
        QCOMPARE(row.value("pkt_sent"_L1).toInteger(), sent);
        QCOMPARE(row.value("pkt_rcvd"_L1).toInteger(), received);
        QVERIFY(received < sent);
        QCOMPARE(row.value("loss"_L1).toDouble(),
                 std::round(1000.0 * double(sent - received) / double(sent)) / 10);
        QCOMPARE(row.value("latency_min"_L1).toDouble(), lowest);
        QCOMPARE(row.value("latency_max"_L1).toDouble(), highest);

        // What stands out: the ISP hop loses packets, the backbone hop adds the most latency,
        // one hop never answers; nothing else is flagged.
        QCOMPARE(model.hopFlags(lossy), CloudPathModel::HopFlags(CloudPathModel::HopFlag::Lossy));
        const int slow = test::hopRow(model, u"104.44.231."_s);
        QCOMPARE(model.slowestRow(), slow);
        QCOMPARE(model.hopFlags(slow),
                 CloudPathModel::HopFlags(CloudPathModel::HopFlag::AddsMostLatency));
        QVERIFY(model.record(slow).value("latency_diff"_L1).toDouble() > 30);
        const int silent = test::hopRow(model, u"*"_s);
        QCOMPARE(model.hopFlags(silent),
                 CloudPathModel::HopFlags(CloudPathModel::HopFlag::Unresponsive));
        QCOMPARE(model.record(silent).value("latency_avg"_L1).type(), QJsonValue::Null);
        QCOMPARE(model.record(silent).value("pkt_rcvd"_L1).toInt(), 0);
        int flagged = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            flagged += model.hopFlags(r) != CloudPathModel::HopFlag::None ? 1 : 0;
        QCOMPARE(flagged, 3);
        const int note = model.columnIndex(u"note"_s);
        QCOMPARE(model.index(lossy, note).data().toString(), u"Loses packets"_s);
        QCOMPARE(model.index(silent, note).data().toString(), u"Never answers"_s);
        QCOMPARE(model.index(silent, model.columnIndex(u"latency_avg"_s)).data().toString(),
                 QString());

        // cloudpath-metrics: each leg's latency, loss and hop count over the trace.
        QCOMPARE(model.legStats().size(), 3);
        QCOMPARE(model.legStats().at(1).stats.size(), 3);
        QCOMPARE(model.legStats().at(1).stats.first().metric, u"latency"_s);
        QCOMPARE(model.legStats().at(1).stats.first().values.size(), 5);
    }

    void oneSampleAtATime()
    {
        CloudPathModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy newResult(&model, &CloudPathModel::resultChanged);
        model.setResult(m_trace.results.value("cloudpath"_L1));
        QCOMPARE(newResult.count(), 1);
        const int rows = model.rowCount();
        model.setSample(2);
        QCOMPARE(model.sample(), 2);
        QCOMPARE(newResult.count(), 1); // the same result, another view of it
        QCOMPARE(model.rowCount(), rows);
        const QJsonObject leg = m_trace.results.value("cloudpath"_L1)
                                    .toArray()
                                    .at(2 * 3 + 1)
                                    .toObject()
                                    .value("cloudpath"_L1)
                                    .toObject();
        QCOMPARE(model.legs().at(1).latency, leg.value("latency"_L1).toDouble());
        const QJsonObject firstHop = leg.value("hops"_L1).toArray().first().toObject();
        const QJsonObject row = model.record(model.legs().at(1).firstRow);
        QCOMPARE(row.value("pkt_sent"_L1).toInt(), 10);
        QCOMPARE(row.value("latency_avg"_L1).toDouble(),
                 firstHop.value("latency_avg"_L1).toDouble());
        model.setSample(99); // out of range: the whole trace again
        QCOMPARE(model.sample(), -1);
        QCOMPARE(model.record(model.legs().at(1).firstRow).value("pkt_sent"_L1).toInt(), 50);
    }

    void garbageShowsAsEmpty_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("[]");
        QTest::newRow("object") << QByteArray(R"({"cloudpath":{"hops":[]}})");
        QTest::newRow("no cloudpath") << QByteArray(R"([{"timestamp":1}])");
        QTest::newRow("hops not a list")
            << QByteArray(R"([{"timestamp":1,"cloudpath":{"src":"a","dst":"b","hops":7}}])");
    }

    void garbageShowsAsEmpty()
    {
        QFETCH(QByteArray, json);
        const QJsonDocument document = QJsonDocument::fromJson(json);
        CloudPathModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(document.isArray() ? QJsonValue(document.array())
                                           : QJsonValue(document.object()),
                        QJsonValue(u"nonsense"_s));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.slowestRow(), -1);
        QVERIFY(model.legStats().isEmpty());
    }

private:
    test::SimFixture m_sim{test::resultTestOptions()};
    std::unique_ptr<ApiClient> m_client;
    test::CompletedTrace m_trace;
};

QTEST_GUILESS_MAIN(TestCloudPathModel)
#include "tst_cloudpathmodel.moc"
