// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// WebProbeModel fed with a 15-minute trace's webprobe-metrics from the simulator: one row per
// sample, the download worked out, the slowest sample found, the sample where the site was
// down without phases; and what it makes of other names and of garbage.
#include "CompletedTrace.h"
#include "DeepTraceResults.h"
#include "SimFixture.h"
#include "zdx/MetricSeries.h"
#include "zdx/WebProbeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::sim::DeepTraceResults;

namespace {

double seriesValue(const QJsonArray &answer, const QString &metric, qsizetype i)
{
    for (const MetricSeries &s : MetricSeries::parse(answer)) {
        if (s.metric == metric)
            return s.values.value(i, std::nan(""));
    }
    return std::nan("");
}

} // namespace

class TestWebProbeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.start());
        m_client = m_sim.makeClient();
        m_trace = test::runTraceToTheEnd(m_sim, m_client.get(), 4, 15);
        QVERIFY2(m_trace.error.isEmpty(), qPrintable(m_trace.error));
    }

    void samplesPhasesAndTheSlowest()
    {
        WebProbeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray answer = m_trace.results.value("webprobe_metrics"_L1).toArray();
        QCOMPARE(answer.size(), 6); // page fetch, DNS, TCP, TLS, server response, availability
        model.setResult(answer);
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.timestamps().size(), 15);
        QCOMPARE(WebProbeModel::phases().size(), 5);

        // The download is what the page fetch leaves after the other phases.
        for (int row = 0; row < model.rowCount(); ++row) {
            if (std::isnan(model.pageFetchTime(row)))
                continue;
            double parts = 0;
            for (WebProbeModel::Phase phase : WebProbeModel::phases())
                parts += model.phaseValue(row, phase);
            QVERIFY2(std::abs(parts - model.pageFetchTime(row)) < 0.2,
                     qPrintable(
                         u"row %1: %2 vs %3"_s.arg(row).arg(parts).arg(model.pageFetchTime(row))));
            QCOMPARE(model.phaseValue(row, WebProbeModel::Phase::Dns),
                     seriesValue(answer, u"dns_time"_s, row));
        }

        // The site was down once: no phases then (-1 in the answer), availability 0.
        const int down = DeepTraceResults::downSample(15);
        QVERIFY(std::isnan(seriesValue(answer, u"page_fetch_time"_s, down))); // -1: no data
        QVERIFY(std::isnan(model.pageFetchTime(down)));
        QVERIFY(std::isnan(model.phaseValue(down, WebProbeModel::Phase::Download)));
        QCOMPARE(model.availability(down), 0.0);
        QCOMPARE(model.record(down).value("dns_time"_L1).type(), QJsonValue::Null);
        QVERIFY(model.index(down, model.columnIndex(u"dns_time"_s)).data().toString().isEmpty());
        QCOMPARE(model.availability(0), 100.0);

        // The slowest sample is the simulator's slow server response, and only it is marked.
        const int slow = DeepTraceResults::slowFetchSample(15);
        QCOMPARE(model.slowestRow(), slow);
        QCOMPARE(model.slowestPhase(slow), WebProbeModel::Phase::ServerResponse);
        QVERIFY(model.phaseValue(slow, WebProbeModel::Phase::ServerResponse) > 1400);
        int marked = 0;
        for (const QJsonValue &row : model.records())
            marked += row.toObject().value("slowest"_L1).toBool() ? 1 : 0;
        QCOMPARE(marked, 1);
        QVERIFY(model.record(slow).value("slowest"_L1).toBool());

        // Exports use the API's names; readers see readable, translated titles.
        QCOMPARE(model.headerData(1, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString(),
                 u"dns_time"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"DNS (ms)"_s);
        QCOMPARE(WebProbeModel::phaseLabel(WebProbeModel::Phase::TlsHandshake), u"TLS handshake"_s);
        QVERIFY(model.index(slow, model.columnIndex(u"page_fetch_time"_s))
                    .data(RecordTableModel::SortRole)
                    .toDouble() > 1500);
    }

    void otherNamesAndAGivenDownload()
    {
        // ZDX's short names, and a download the API sent itself (kept as sent).
        const QByteArray json = R"([
            {"metric":"pft","unit":"ms","datapoints":[{"timestamp":60,"value":500},{"timestamp":120,"value":900}]},
            {"metric":"dns","unit":"ms","datapoints":[{"timestamp":60,"value":10},{"timestamp":120,"value":20}]},
            {"metric":"download_time","unit":"ms","datapoints":[{"timestamp":60,"value":99}]}
        ])";
        WebProbeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(QJsonDocument::fromJson(json).array());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.pageFetchTime(1), 900.0);
        QCOMPARE(model.phaseValue(0, WebProbeModel::Phase::Dns), 10.0);
        QCOMPARE(model.phaseValue(0, WebProbeModel::Phase::Download), 99.0);
        // Without TCP, TLS and server times the download of the second sample is unknown.
        QVERIFY(std::isnan(model.phaseValue(1, WebProbeModel::Phase::Download)));
        QCOMPARE(model.slowestRow(), 1);
    }

    void garbageShowsAsEmpty_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty list") << QByteArray("[]");
        QTest::newRow("object") << QByteArray(R"({"message":"nothing here"})");
        QTest::newRow("strings") << QByteArray(R"(["a","b"])");
        QTest::newRow("no timestamps")
            << QByteArray(R"([{"metric":"pft","datapoints":[{"value":3},{"value":"x"}]}])");
    }

    void garbageShowsAsEmpty()
    {
        QFETCH(QByteArray, json);
        WebProbeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(QJsonDocument::fromJson(json).isArray()
                            ? QJsonValue(QJsonDocument::fromJson(json).array())
                            : QJsonValue(QJsonDocument::fromJson(json).object()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.slowestRow(), -1);
    }

private:
    test::SimFixture m_sim{test::resultTestOptions()};
    std::unique_ptr<ApiClient> m_client;
    test::CompletedTrace m_trace;
};

QTEST_GUILESS_MAIN(TestWebProbeModel)
#include "tst_webprobemodel.moc"
