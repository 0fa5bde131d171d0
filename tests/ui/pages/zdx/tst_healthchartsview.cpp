// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The health charts of a 15-minute trace from the simulator: one small chart per metric on a
// shared time axis, the CPU spike inside its shaded band, the Wi-Fi roam as a gap that the
// crosshair calls "no data", the headline; light and dark, at 100 % and 200 %.
#include "CompletedTrace.h"
#include "DeepTraceResults.h"
#include "ViewFixture.h"
#include "common/Translations.h"
#include "pages/zdx/HealthChartsView.h"
#include "widgets/ChartStyle.h"
#include "widgets/RecordTableView.h"
#include "zdx/HealthMetricsModel.h"

#include <QLabel>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::sim::DeepTraceResults;

class TestHealthChartsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the user reads them: "1 row", "2 rows".
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        m_trace = test::runTraceToTheEnd(m_fixture.sim(), m_fixture.client(), 1, 15, false);
        QVERIFY2(m_trace.error.isEmpty(), qPrintable(m_trace.error));
    }

    void oneChartPerMetric()
    {
        HealthMetricsModel model;
        HealthChartsView view(&model);
        view.resize(960, 720);
        model.setResult(m_trace.results.value("health_metrics"_L1));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimeSeriesChart *chart = view.chart();
        QStringList titles;
        for (const ChartPanel &panel : chart->panels())
            titles << panel.title;
        QCOMPARE(titles, (QStringList{u"CPU"_s, u"Memory"_s, u"Disk I/O"_s, u"Network bandwidth"_s,
                                      u"Wi-Fi signal"_s}));
        QCOMPARE(chart->times(), model.timestamps());
        // One shared time axis: every panel's plot spans the same x range, one below the other.
        for (int p = 1; p < 5; ++p) {
            QCOMPARE(chart->plotRect(p).left(), chart->plotRect(0).left());
            QCOMPARE(chart->plotRect(p).width(), chart->plotRect(0).width());
            QVERIFY(chart->plotRect(p).top() > chart->plotRect(p - 1).bottom());
        }

        // The CPU spike is inside the shaded "above 80 %" band, marked in the alert colour.
        const int spike = DeepTraceResults::cpuSpikeSample(15);
        const QImage image = chart->toImage(1.0);
        const ChartStyle style(chart->palette(), 1.0);
        const QPointF dot(chart->slotCenter(spike), chart->valueY(0, model.value(spike, u"cpu"_s)));
        QCOMPARE(image.pixelColor(dot.toPoint()).rgb(), style.alert().rgb());
        QCOMPARE(chart->panels().first().bands.first().from, 80.0);
        QVERIFY(image.pixelColor(int(chart->slotCenter(0)) + 7, int(chart->valueY(0, 90))) !=
                style.background());

        // The roam: Wi-Fi and bandwidth have no data, the crosshair says so.
        const int roam = DeepTraceResults::roamSample(15);
        chart->setCrosshair(roam);
        QVERIFY2(chart->crosshairText(4).endsWith(u"no data"_s),
                 qPrintable(chart->crosshairText(4)));
        QVERIFY(chart->crosshairText(3).endsWith(u"no data"_s));
        QVERIFY(!chart->crosshairText(0).endsWith(u"no data"_s));

        const QString headline = view.headline()->text();
        QVERIFY2(headline.startsWith(u"15 samples: CPU: above 80 % in 1 sample"_s),
                 qPrintable(headline));
        QVERIFY(headline.contains(u"Wi-Fi signal: "_s));
        QVERIFY(headline.contains(u"no data in 1 sample"_s));
        QCOMPARE(chart->accessibleName(), u"Device health over the deep trace"_s);

        // The table beside it holds the same samples.
        view.tableButton()->click();
        QCOMPARE(view.table()->visibleRowCount(), 15);

        // Emptied with the model.
        model.clear();
        QVERIFY(chart->panels().isEmpty());
        QCOMPARE(view.headline()->text(), u"No health samples yet."_s);
    }

    void screenshots_data() { test::addPaletteAndScaleRows(); }

    void screenshots()
    {
        QFETCH(bool, dark);
        QFETCH(qreal, scale);
        HealthMetricsModel model;
        HealthChartsView view(&model);
        if (dark)
            view.setPalette(test::darkPalette());
        view.resize(960, 720);
        model.setResult(m_trace.results.value("health_metrics"_L1));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.chart()->setCrosshair(DeepTraceResults::roamSample(15));
        const QImage image = test::renderAt(&view, scale);
        QCOMPARE(image.size(), view.size() * scale);
        const QString name = u"chart-health-"_s + test::paletteAndScaleName(dark, scale);
        QVERIFY(!test::saveScreenshot(image, name).isEmpty());
    }

private:
    test::ViewFixture m_fixture{test::resultTestOptions()};
    test::CompletedTrace m_trace;
};

QTEST_MAIN(TestHealthChartsView)
#include "tst_healthchartsview.moc"
