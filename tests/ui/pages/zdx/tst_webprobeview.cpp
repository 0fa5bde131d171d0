// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The web probe view on a 15-minute trace from the simulator: the page-fetch phases stacked,
// the slowest sample highlighted and explained, the sample where the site was down as a gap,
// the table one click away, the exports, a trace without a web probe; light and dark, at
// 100 % and 200 %.
#include "CompletedTrace.h"
#include "DeepTraceResults.h"
#include "ScriptedDialogSeams.h"
#include "ViewFixture.h"
#include "pages/zdx/WebProbeView.h"
#include "widgets/ChartStyle.h"
#include "widgets/RecordTableView.h"
#include "zdx/WebProbeModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::sim::DeepTraceResults;

namespace {

int highlightPixels(const QImage &image, const TimeSeriesChart &chart, int index)
{
    const ChartStyle style(chart.palette(), 1.0);
    const QRectF plot = chart.plotRect(0);
    const double slot = plot.width() / chart.times().size();
    int n = 0;
    for (int y = int(plot.top()); y < int(plot.bottom()); ++y)
        for (int x = int(chart.slotCenter(index) - slot / 2);
             x < int(chart.slotCenter(index) + slot / 2); ++x)
            n += image.pixel(x, y) == style.highlight().rgb() ? 1 : 0;
    return n;
}

} // namespace

class TestWebProbeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        m_trace = test::runTraceToTheEnd(m_fixture.sim(), m_fixture.client(), 4, 15);
        QVERIFY2(m_trace.error.isEmpty(), qPrintable(m_trace.error));
    }

    void phasesStackedAndTheSlowestHighlighted()
    {
        WebProbeModel model;
        WebProbeView view(&model);
        view.resize(960, 560);
        model.setResult(m_trace.results.value("webprobe_metrics"_L1));
        view.setProbeName(u"Teams Web Probe"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        TimeSeriesChart *chart = view.chart();
        QCOMPARE(chart->times().size(), 15);
        QCOMPARE(chart->panels().size(), 2);
        const ChartPanel &fetch = chart->panels().first();
        QCOMPARE(fetch.kind, ChartPanel::Kind::StackedBars);
        QStringList layers;
        for (const ChartPanel::Layer &l : fetch.layers)
            layers << l.name;
        QCOMPARE(layers, (QStringList{u"DNS"_s, u"TCP connect"_s, u"TLS handshake"_s,
                                      u"Server response"_s, u"Download"_s}));
        const int slow = DeepTraceResults::slowFetchSample(15);
        QCOMPARE(fetch.highlight, slow);

        // The highlight is drawn at the slowest sample and nowhere else.
        const QImage image = chart->toImage(1.0);
        QVERIFY(highlightPixels(image, *chart, slow) > 50);
        QCOMPARE(highlightPixels(image, *chart, slow - 1), 0);
        QCOMPARE(highlightPixels(image, *chart, 0), 0);

        // The headline names the probe and what made the slowest fetch slow.
        const QString headline = view.headline()->text();
        QVERIFY2(headline.startsWith(u"Teams Web Probe: the slowest page fetch took "_s),
                 qPrintable(headline));
        QVERIFY2(headline.contains(u"its longest part was Server response"_s),
                 qPrintable(headline));
        QVERIFY(headline.contains(u"did not answer in 1 sample"_s));

        // The site was down once: a gap in the bars, availability 0.
        const int down = DeepTraceResults::downSample(15);
        chart->setCrosshair(down);
        QVERIFY2(chart->crosshairText(0).endsWith(u"no data"_s),
                 qPrintable(chart->crosshairText(0)));
        QVERIFY2(chart->crosshairText(1).endsWith(u" 0 %"_s), qPrintable(chart->crosshairText(1)));
        chart->setCrosshair(slow);
        QVERIFY(chart->crosshairText(0).contains(u"Server response "_s));
        QVERIFY(chart->accessibleDescription().contains(u"Slowest at "_s));

        // The table is one click away, with the same samples.
        QVERIFY(!view.isTableShown());
        view.tableButton()->click();
        QVERIFY(view.isTableShown());
        QVERIFY(view.table()->isVisible());
        QVERIFY(!chart->isVisible());
        QCOMPARE(view.table()->visibleRowCount(), 15);
        view.chartButton()->click();
        QVERIFY(chart->isVisible());
    }

    void exportsPictureAndData()
    {
        WebProbeModel model;
        WebProbeView view(&model);
        view.resize(900, 520);
        model.setResult(m_trace.results.value("webprobe_metrics"_L1));
        view.setExportName(u"deep-trace-web-probe"_s);
        QTemporaryDir dir;
        ScriptedDialogSeams seams;
        const QString png = dir.filePath(u"probe.png"_s);
        const QString csv = dir.filePath(u"probe.csv"_s);
        const QString json = dir.filePath(u"probe.json"_s);
        seams.saveFileNames << png << csv << json << QString();
        QSignalSpy exported(&view, &ChartWithTable::exported);

        QVERIFY(view.exportResult());
        const QImage picture(png);
        QCOMPARE(picture.size(), view.chart()->size() * 2); // sharp: twice the pixels
        QCOMPARE(seams.callsOf(u"save"_s).size(), 1);
        QCOMPARE(seams.callsOf(u"save"_s).first().title, u"Export Chart"_s);

        QVERIFY(view.exportResult());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 16);
        QCOMPARE(lines.first(), u"timestamp,dns_time,tcp_connect_time,ssl_handshake_time,"
                                "server_response_time,download_time,page_fetch_time,"
                                "availability"_s);

        QVERIFY(view.exportResult());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(rows.size(), 15);
        const int slow = DeepTraceResults::slowFetchSample(15);
        QVERIFY(rows.at(slow).toObject().value("slowest"_L1).toBool());
        QCOMPARE(rows.at(slow).toObject().value("timestamp"_L1).toInteger(),
                 model.timestamps().at(slow));
        QCOMPARE(rows.at(DeepTraceResults::downSample(15)).toObject().value("dns_time"_L1).type(),
                 QJsonValue::Null);

        QVERIFY(!view.exportResult()); // cancelled
        QCOMPARE(exported.count(), 3);
        QVERIFY(seams.callsOf(u"warning"_s).isEmpty());
    }

    void aTraceWithoutWebProbe()
    {
        WebProbeModel model;
        WebProbeView view(&model);
        view.resize(800, 400);
        model.setResult(QJsonArray());
        view.setProbeName({});
        QCOMPARE(view.headline()->text(), u"This deep trace ran no web probe."_s);
        QVERIFY(view.chart()->panels().isEmpty());
        QVERIFY(view.chart()->summary().contains(u"no web probe"_s));
        QVERIFY(test::saveScreenshot(&view, u"webprobe-view-none"_s).size() > 0);
    }

    void screenshots_data() { test::addPaletteAndScaleRows(); }

    void screenshots()
    {
        QFETCH(bool, dark);
        QFETCH(qreal, scale);
        WebProbeModel model;
        WebProbeView view(&model);
        if (dark)
            view.setPalette(test::darkPalette());
        view.resize(960, 560);
        model.setResult(m_trace.results.value("webprobe_metrics"_L1));
        view.setProbeName(u"Teams Web Probe"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.chart()->setCrosshair(DeepTraceResults::slowFetchSample(15));
        const QImage image = test::renderAt(&view, scale);
        QCOMPARE(image.size(), view.size() * scale);
        // The chart's background follows the palette.
        const QPoint inChart = view.chart()->mapTo(&view, QPoint(3, 3));
        QCOMPARE(image.pixelColor(inChart * scale),
                 (dark ? test::darkPalette() : view.palette()).color(QPalette::Base));
        const QString name = u"webprobe-view-"_s + test::paletteAndScaleName(dark, scale);
        QVERIFY(!test::saveScreenshot(image, name).isEmpty());
    }

private:
    test::ViewFixture m_fixture{test::resultTestOptions()};
    test::CompletedTrace m_trace;
};

QTEST_MAIN(TestWebProbeView)
#include "tst_webprobeview.moc"
