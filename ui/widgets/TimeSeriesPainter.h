// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ChartStyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>

class QPainter;

namespace zc {

class TimeSeriesChart;
struct ChartPanel;

// Draws a TimeSeriesChart: per panel its title row (title, unit, legend, the crosshair's
// reading), threshold bands, value axis, hatched gaps, then its bars or lines; the time axis
// below the last; the crosshair across all. Where everything goes is layout(), which the chart
// also uses to answer geometry questions.
class TimeSeriesPainter
{
public:
    struct Layout
    {
        QList<QRectF> titles;
        QList<QRectF> plots;
        QRectF axis;    // the time labels, as wide as the plots
        qreal slot = 1; // the width of one sample
    };
    static Layout layout(const TimeSeriesChart &chart, const QSize &size);

    TimeSeriesPainter(const TimeSeriesChart &chart, QPainter &painter, const QSize &size);

    // Everything; `crosshair` is the sample to mark, -1 for none.
    void paint(int crosshair);

private:
    void paintTitle(int p, int crosshair);
    void paintBands(int p);
    void paintValueAxis(int p);
    void paintGaps(int p);
    void paintBars(int p);
    void paintLines(int p);
    void paintTimeAxis();
    void paintCrosshair(int i);
    void paintStackReading(int p, int i, qreal x);
    qreal xOf(qsizetype i) const;
    qreal yOf(int p, double v) const;
    QColor colorOf(int p, qsizetype layer) const;

    const TimeSeriesChart &m_chart;
    const QList<ChartPanel> &m_panels;
    QPainter &m_painter;
    QSize m_size;
    ChartStyle m_style;
    Layout m_layout;
    QFont m_font;
    QFont m_bold;
    QFontMetricsF m_fm;
};

} // namespace zc
