// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The health series (HealthMetricsModel over MetricSeries) fed with a trace's health-metrics
// from the simulator: categories and instances, the samples the device did not answer (-1)
// or did not send at all, the CPU spike; and the other shapes ZDX might send.
#include "CompletedTrace.h"
#include "DeepTraceResults.h"
#include "SimFixture.h"
#include "common/RecordTableModel.h"
#include "zdx/HealthMetricsModel.h"
#include "zdx/MetricSeries.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::sim::DeepTraceResults;

class TestHealthMetricsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<test::SimFixture>(test::resultTestOptions());
        QVERIFY(m_sim->start());
        m_client = m_sim->makeClient();
        m_trace = test::runTraceToTheEnd(*m_sim, m_client.get(), 2, 15, false);
        QVERIFY2(m_trace.error.isEmpty(), qPrintable(m_trace.error));
    }

    void seriesFromCategories()
    {
        const QJsonArray answer = m_trace.results.value("health_metrics"_L1).toArray();
        const QList<MetricSeries> series = MetricSeries::parse(answer);
        QCOMPARE(series.size(), 5);
        QCOMPARE(series.first().category, u"cpu"_s);
        QCOMPARE(series.first().instance, u"Total"_s);
        QCOMPARE(series.last().category, u"wifi"_s);

        HealthMetricsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(answer);
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.metrics(), (QStringList{u"cpu"_s, u"memory"_s, u"disk_io"_s,
                                               u"network_bandwidth"_s, u"wifi_signal"_s}));

        // At the Wi-Fi roam the signal came back as -1 and the bandwidth was not sent at all:
        // both are no data, an empty cell and null in the row's JSON.
        const int roam = DeepTraceResults::roamSample(15);
        QVERIFY(std::isnan(model.value(roam, u"wifi_signal"_s)));
        QVERIFY(std::isnan(model.value(roam, u"network_bandwidth"_s)));
        QVERIFY(!std::isnan(model.value(roam, u"cpu"_s)));
        const int wifiColumn = 1 + int(model.metrics().indexOf(u"wifi_signal"_s));
        QVERIFY(model.index(roam, wifiColumn).data().toString().isEmpty());
        QVERIFY(!model.index(roam + 1, wifiColumn).data().toString().isEmpty());
        QCOMPARE(model.rowObject(roam).value("wifi_signal"_L1).type(), QJsonValue::Null);
        QVERIFY(model.value(roam + 1, u"wifi_signal"_s) < -50); // real dBm are negative

        // The CPU spike, and the usual level elsewhere.
        const int spike = DeepTraceResults::cpuSpikeSample(15);
        QVERIFY(model.value(spike, u"cpu"_s) > 85);
        QVERIFY(model.value(0, u"cpu"_s) < 40);
        QVERIFY(model.index(spike, 1).data(RecordTableModel::SortRole).toDouble() > 85);
    }

    void otherShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("rows");
        QTest::newRow("plain list")
            << QByteArray(
                   R"([{"metric":"cpu","unit":"%","datapoints":[{"timestamp":60,"value":5},{"timestamp":120,"value":-1}]}])")
            << 1 << 2;
        QTest::newRow("wrapped")
            << QByteArray(
                   R"({"metrics":[{"metric":"cpu","datapoints":[{"timestamp":60,"value":5}]},{"metric":"memory","datapoints":[{"timestamp":120,"value":50}]}]})")
            << 2 << 2;
        QTest::newRow("instances are series")
            << QByteArray(
                   R"([{"category":"disk","instances":[{"metric":"disk_io","datapoints":[{"timestamp":60,"value":1}]}]}])")
            << 1 << 1;
        QTest::newRow("nothing") << QByteArray("[]") << 0 << 0;
        QTest::newRow("not series") << QByteArray(R"([1, "two", null])") << 0 << 0;
    }

    void otherShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, series);
        QFETCH(int, rows);
        const QJsonDocument document = QJsonDocument::fromJson(json);
        HealthMetricsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(document.isArray() ? QJsonValue(document.array())
                                           : QJsonValue(document.object()));
        QCOMPARE(int(model.series().size()), series);
        QCOMPARE(model.rowCount(), rows);
        // Series that miss a time are NaN there, not shifted.
        if (series == 2) {
            QCOMPARE(model.value(0, u"cpu"_s), 5.0);
            QVERIFY(std::isnan(model.value(0, u"memory"_s)));
            QCOMPARE(model.value(1, u"memory"_s), 50.0);
        }
    }

private:
    std::unique_ptr<test::SimFixture> m_sim;
    std::unique_ptr<ApiClient> m_client;
    test::CompletedTrace m_trace;
};

QTEST_GUILESS_MAIN(TestHealthMetricsModel)
#include "tst_healthmetricsmodel.moc"
