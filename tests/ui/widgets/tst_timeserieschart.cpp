// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The chart widget on its own: gaps where data is missing, threshold bands, the palette,
// sharp lines at 100 %, 150 % and 200 %, the crosshair with the pointer and the keyboard, and
// what it tells assistive technology. The pixels are read back from what it paints.
#include "ViewFixture.h"
#include "widgets/ChartStyle.h"
#include "widgets/TimeSeriesChart.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kStart = 1767261600; // 2026-01-01 10:00 UTC

QList<qint64> tenMinutes()
{
    QList<qint64> times;
    for (int i = 0; i < 10; ++i)
        times << kStart + 60 * (i + 1);
    return times;
}

// CPU with a spike at 6 and 7 and no sample at 3; Wi-Fi with a -1 (no answer) at 4; page
// fetch phases as stacked bars, the slowest at 8.
QList<ChartPanel> panels()
{
    ChartPanel cpu;
    cpu.title = u"CPU"_s;
    cpu.unit = u"%"_s;
    cpu.minimum = 0;
    cpu.maximum = 100;
    cpu.bands = {{80, std::numeric_limits<double>::infinity(), u"above 80 %"_s}};
    cpu.layers = {{u"CPU"_s, {12, 18, 15, kNaN, 22, 17, 93, 96, 21, 14}}};

    ChartPanel wifi;
    wifi.title = u"Wi-Fi signal"_s;
    wifi.unit = u"dBm"_s;
    wifi.decimals = 0;
    wifi.minimum = -90;
    wifi.maximum = -30;
    wifi.bands = {{-std::numeric_limits<double>::infinity(), -70, u"weak"_s}};
    wifi.layers = {{u"Signal"_s, {-55, -54, -57, -56, kNaN, -66, -67, -65, -68, -66}}};

    ChartPanel fetch;
    fetch.title = u"Page fetch"_s;
    fetch.unit = u"ms"_s;
    fetch.decimals = 0;
    fetch.kind = ChartPanel::Kind::StackedBars;
    fetch.highlight = 8;
    fetch.highlightLabel = u"Slowest"_s;
    fetch.layers = {{u"DNS"_s, {12, 9, 30, 11, 8, kNaN, 10, 9, 12, 10}},
                    {u"TCP"_s, {18, 20, 15, 17, 22, kNaN, 19, 18, 21, 16}},
                    {u"Server"_s, {140, 120, 160, 130, 150, kNaN, 170, 145, 1620, 135}}};
    return {cpu, wifi, fetch};
}

bool near(QRgb a, QColor b, int tolerance = 40)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) +
               std::abs(qBlue(a) - b.blue()) <=
           tolerance;
}

// How many pixels of a column band [x1, x2) x [y1, y2) (logical) are close to a colour.
int countNear(const QImage &image, qreal dpr, QRectF logical, QColor color, int tolerance = 40)
{
    int n = 0;
    const QRect r(QPoint(int(logical.left() * dpr), int(logical.top() * dpr)),
                  QPoint(int(logical.right() * dpr) - 1, int(logical.bottom() * dpr) - 1));
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += near(image.pixel(x, y), color, tolerance) ? 1 : 0;
    return n;
}

} // namespace

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TimeSeriesChart> makeChart(const QPalette &palette = QApplication::palette())
    {
        auto chart = std::make_unique<TimeSeriesChart>();
        chart->setPalette(palette);
        chart->setAccessibleName(u"Health metrics chart"_s);
        chart->resize(720, 520);
        chart->setData(tenMinutes(), panels());
        return chart;
    }

    QRectF slotRect(const TimeSeriesChart &chart, int panel, int index)
    {
        const QRectF plot = chart.plotRect(panel);
        const double slot = plot.width() / chart.times().size();
        return QRectF(chart.slotCenter(index) - slot / 2, plot.top(), slot, plot.height());
    }

private Q_SLOTS:
    void gapsAreDrawnAndTheCrosshairSaysNoData()
    {
        auto chart = makeChart();
        const QImage image = chart->toImage(1.0);
        const ChartStyle style(chart->palette(), 1.0);
        // The CPU line (the first panel's colour) runs through sample 2 but not through 3.
        const QRectF two = slotRect(*chart, 0, 2).adjusted(3, 0, -3, 0);
        const QRectF three = slotRect(*chart, 0, 3).adjusted(3, 0, -3, 0);
        QVERIFY(countNear(image, 1.0, two, style.series(0)) > 3);
        QCOMPARE(countNear(image, 1.0, three, style.series(0)), 0);
        // Where the data is missing the column is hatched: across it, halfway between two grid
        // lines, the background is broken again and again; next door it is not.
        const auto marks = [&](const QRectF &slot) {
            int n = 0;
            const int y = int(chart->valueY(0, 50));
            for (int x = int(slot.left()); x < int(slot.right()); ++x)
                n += image.pixel(x, y) != style.background().rgb() ? 1 : 0;
            return n;
        };
        QVERIFY2(marks(three) >= 4, qPrintable(QString::number(marks(three))));
        QCOMPARE(marks(two), 0);
        // Wi-Fi: the -1 at 4 is a gap too.
        QCOMPARE(
            countNear(image, 1.0, slotRect(*chart, 1, 4).adjusted(3, 0, -3, 0), style.series(1)),
            0);

        chart->setCrosshair(3);
        QVERIFY2(chart->crosshairText(0).endsWith(u"no data"_s),
                 qPrintable(chart->crosshairText(0)));
        QVERIFY(chart->crosshairText(1).endsWith(u"-56 dBm"_s));
        chart->setCrosshair(6);
        QVERIFY2(chart->crosshairText(0).endsWith(u"93.0 %"_s),
                 qPrintable(chart->crosshairText(0)));
        QVERIFY(chart->crosshairText(2).contains(u"199 ms"_s)); // 10 + 19 + 170
        QVERIFY(chart->crosshairText(2).contains(u"Server 170"_s));
        chart->setCrosshair(5);
        QVERIFY(chart->crosshairText(2).endsWith(u"no data"_s));
    }

    void thresholdBandsAreShaded()
    {
        auto chart = makeChart();
        const QImage image = chart->toImage(1.0);
        const ChartStyle style(chart->palette(), 1.0);
        const QColor background = style.background();
        // At sample 1 CPU is 18 %: above 80 % the band shows, at 50 % the background.
        const int x = int(chart->slotCenter(1) + 6);
        const QColor inBand = image.pixelColor(x, int(chart->valueY(0, 90)));
        const QColor outside = image.pixelColor(x, int(chart->valueY(0, 50)));
        QCOMPARE(outside, background);
        QVERIFY(inBand != background);
        QVERIFY2(inBand.red() > inBand.blue() + 10, qPrintable(inBand.name()));
        // The band's edge is drawn at 80, in a stronger shade than the band.
        const QColor edge = image.pixelColor(x, int(chart->valueY(0, 80)));
        QVERIFY2(edge.red() - edge.blue() > 2 * (inBand.red() - inBand.blue()),
                 qPrintable(edge.name()));
        // Wi-Fi's band is below -70 dBm.
        QVERIFY(image.pixelColor(x, int(chart->valueY(1, -80))) != background);
        QCOMPARE(image.pixelColor(x, int(chart->valueY(1, -45))), background);
        // The spike's samples inside the band are marked in the alert colour.
        QVERIFY(countNear(image, 1.0, slotRect(*chart, 0, 6), style.alert(), 30) > 10);
        QCOMPARE(countNear(image, 1.0, slotRect(*chart, 0, 1), style.alert(), 30), 0);
        // The range: fixed where the data fits, Wi-Fi from -90 to -30.
        QCOMPARE(chart->valueRange(0), (std::pair<double, double>{0, 100}));
        QCOMPARE(chart->valueRange(1), (std::pair<double, double>{-90, -30}));
    }

    void theSlowestBarIsHighlighted()
    {
        auto chart = makeChart();
        const QImage image = chart->toImage(1.0);
        const ChartStyle style(chart->palette(), 1.0);
        QVERIFY(countNear(image, 1.0, slotRect(*chart, 2, 8), style.highlight(), 10) > 40);
        QCOMPARE(countNear(image, 1.0, slotRect(*chart, 2, 7), style.highlight(), 10), 0);
        QVERIFY(chart->summary().contains(u"Slowest at "_s));
    }

    void followsThePalette()
    {
        auto light = makeChart();
        auto dark = makeChart(test::darkPalette());
        const ChartStyle lightStyle(light->palette(), 1.0), darkStyle(dark->palette(), 1.0);
        QVERIFY(!lightStyle.isDark());
        QVERIFY(darkStyle.isDark());
        const QImage image = dark->toImage(1.0);
        QCOMPARE(image.pixelColor(2, 2), test::darkPalette().color(QPalette::Base));
        // Lines in lightened colours on the dark base, and none in the light ones.
        QVERIFY(darkStyle.series(0) != lightStyle.series(0));
        QVERIFY(darkStyle.series(0).lightness() > lightStyle.series(0).lightness());
        const QRectF two = slotRect(*dark, 0, 2).adjusted(3, 0, -3, 0);
        QVERIFY(countNear(image, 1.0, two, darkStyle.series(0), 30) > 3);
        QCOMPARE(countNear(image, 1.0, two, lightStyle.series(0), 12), 0);
        // Text (the titles) in the palette's text colour.
        QVERIFY(countNear(image, 1.0, QRectF(8, 8, 60, 20), darkStyle.text(), 20) > 5);
        // A palette change while shown repaints with the new colours.
        light->setPalette(test::darkPalette());
        QCOMPARE(light->toImage(1.0).pixelColor(2, 2), test::darkPalette().color(QPalette::Base));
    }

    void sharpAtEveryScale_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("100 %") << 1.0;
        QTest::newRow("150 %") << 1.5;
        QTest::newRow("200 %") << 2.0;
    }

    void sharpAtEveryScale()
    {
        QFETCH(qreal, dpr);
        auto chart = makeChart();
        const QImage image = chart->toImage(dpr);
        test::saveScreenshot(image, u"chart-timeseries-light-%1x"_s.arg(dpr));
        auto dark = makeChart(test::darkPalette());
        dark->setCrosshair(6);
        test::saveScreenshot(dark->toImage(dpr), u"chart-timeseries-dark-%1x"_s.arg(dpr));
        QCOMPARE(image.size(), (chart->size() * dpr));
        QCOMPARE(image.devicePixelRatio(), dpr);
        const ChartStyle style(chart->palette(), dpr);
        // Down a column crossing the CPU panel's grid lines and axis (where no line runs): every
        // pixel is exactly the background, the grid or the axis colour, never a smear of two.
        const QRectF plot = chart->plotRect(0);
        const int x = int((chart->slotCenter(0) - 12) * dpr);
        QVERIFY(chart->slotCenter(0) - 12 > plot.left());
        const QList<QRgb> allowed{style.background().rgb(), style.grid().rgb(), style.axis().rgb()};
        int lines = 0;
        for (int y = int(chart->valueY(0, 50) * dpr); y <= int((plot.bottom() + 2) * dpr); ++y) {
            const QRgb c = image.pixel(x, y);
            QVERIFY2(allowed.contains(c), qPrintable(u"%1 at y=%2"_s.arg(QColor(c).name()).arg(y)));
            lines += c == style.grid().rgb() ? 1 : 0;
        }
        // Grid lines at 20 and 40, each whole device pixels thick.
        QCOMPARE(lines, 2 * int(std::round(style.hairline() * dpr)));
        // Across a bar of the stacked panel: its edges are on device pixels too.
        const int y = int(chart->valueY(2, 60) * dpr);
        const int left = int((chart->slotCenter(3) - 30) * dpr);
        const QList<QRgb> colours{style.background().rgb(), style.series(0).rgb(),
                                  style.series(1).rgb(), style.series(2).rgb()};
        int barPixels = 0;
        for (int px = left; px < left + int(60 * dpr); ++px) {
            const QRgb c = image.pixel(px, y);
            QVERIFY2(colours.contains(c), qPrintable(QColor(c).name()));
            barPixels += c == style.series(2).rgb() ? 1 : 0;
        }
        QVERIFY(barPixels > 20 * dpr);
    }

    void crosshairFollowsPointerAndKeys()
    {
        auto chart = makeChart();
        chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        QSignalSpy moved(chart.get(), &TimeSeriesChart::crosshairChanged);
        const QPointF over5(chart->slotCenter(5), chart->plotRect(1).center().y());
        QTest::mouseMove(chart.get(), over5.toPoint());
        QTRY_COMPARE(chart->crosshair(), 5);
        QCOMPARE(chart->sampleAt(QPointF(2, over5.y())), -1); // over the value labels
        QVERIFY(chart->accessibleDescription().startsWith(u"CPU: "_s));
        test::saveScreenshot(chart.get(), u"chart-timeseries-crosshair"_s);

        chart->setFocus();
        QTest::keyClick(chart.get(), Qt::Key_Right);
        QCOMPARE(chart->crosshair(), 6);
        QTest::keyClick(chart.get(), Qt::Key_End);
        QCOMPARE(chart->crosshair(), 9);
        QTest::keyClick(chart.get(), Qt::Key_Home);
        QCOMPARE(chart->crosshair(), 0);
        QTest::keyClick(chart.get(), Qt::Key_Escape);
        QCOMPARE(chart->crosshair(), -1);
        QVERIFY(moved.count() >= 5);
        QVERIFY(moved.last().first().toInt() == -1);
    }

    void tellsAssistiveTechnology()
    {
        auto chart = makeChart();
        QCOMPARE(chart->accessibleName(), u"Health metrics chart"_s);
        const QString text = chart->accessibleDescription();
        QVERIFY2(text.contains(u"CPU: 12.0 % to 96.0 %"_s), qPrintable(text));
        QVERIFY(text.contains(u"above 80 % at "_s));
        QVERIFY(text.contains(u"no data at "_s));
        QVERIFY(text.contains(u"Wi-Fi signal: -68 dBm to -54 dBm"_s));
        QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
    }

    void emptyChartSaysSo()
    {
        TimeSeriesChart chart;
        chart.resize(400, 200);
        chart.setEmptyText(u"Nothing recorded."_s);
        QCOMPARE(chart.summary(), u"Nothing recorded."_s);
        QCOMPARE(chart.sampleAt(QPointF(200, 100)), -1);
        chart.setCrosshair(2);
        QCOMPARE(chart.crosshair(), -1);
        QVERIFY(!chart.toImage(1.0).isNull());
    }
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
