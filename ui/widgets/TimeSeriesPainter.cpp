// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TimeSeriesPainter.h"

#include "TimeSeriesChart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr qreal kMargin = 8;
constexpr qreal kPanelGap = 12;
constexpr qreal kTitleGap = 8; // room for the top value label

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::TimeSeriesChart)
};

} // namespace

TimeSeriesPainter::Layout TimeSeriesPainter::layout(const TimeSeriesChart &chart, const QSize &size)
{
    Layout layout;
    const QList<ChartPanel> &panels = chart.panels();
    const QFontMetricsF fm(chart.font());
    const qreal titleHeight = std::ceil(fm.height() + 8);
    const qreal axisHeight = std::ceil(fm.height() + 10);
    qreal labelWidth = 0;
    for (int p = 0; p < panels.size(); ++p) {
        const auto [lo, hi] = chart.valueRange(p);
        for (double v : {lo, hi, (lo + hi) / 2})
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(QLocale().toString(v, 'f', 0)));
    }
    const qreal left = kMargin + std::ceil(labelWidth) + 8;
    const qreal right = size.width() - kMargin - 6;
    const qsizetype n = std::max<qsizetype>(1, panels.size());
    const qreal room = size.height() - 2 * kMargin - axisHeight -
                       qreal(n) * (titleHeight + kTitleGap) - qreal(n - 1) * kPanelGap;
    double weights = 0;
    for (const ChartPanel &panel : panels)
        weights += std::max(0.1, panel.weight);
    qreal y = kMargin;
    for (const ChartPanel &panel : panels) {
        const qreal plotHeight =
            std::max<qreal>(28, std::floor(room * std::max(0.1, panel.weight) / weights));
        layout.titles << QRectF(kMargin, y, size.width() - 2 * kMargin, titleHeight);
        y += titleHeight + kTitleGap;
        layout.plots << QRectF(left, y, std::max<qreal>(1, right - left), plotHeight);
        y += plotHeight + kPanelGap;
    }
    const qreal plotBottom = layout.plots.isEmpty() ? kMargin : layout.plots.last().bottom();
    layout.axis = QRectF(left, plotBottom + 2, std::max<qreal>(1, right - left), axisHeight);
    layout.slot = layout.axis.width() / qreal(std::max<qsizetype>(1, chart.times().size()));
    return layout;
}

TimeSeriesPainter::TimeSeriesPainter(const TimeSeriesChart &chart, QPainter &painter,
                                     const QSize &size)
    : m_chart(chart)
    , m_panels(chart.panels())
    , m_painter(painter)
    , m_size(size)
    , m_style(chart.palette(), painter.device()->devicePixelRatio())
    , m_layout(layout(chart, size))
    , m_font(chart.font())
    , m_bold(chart.font())
    , m_fm(chart.font())
{
    m_bold.setBold(true);
}

qreal TimeSeriesPainter::xOf(qsizetype i) const
{
    return m_layout.axis.left() + (qreal(i) + 0.5) * m_layout.slot;
}

qreal TimeSeriesPainter::yOf(int p, double v) const
{
    const QRectF plot = m_layout.plots.at(p);
    const auto [lo, hi] = m_chart.valueRange(p);
    return plot.bottom() - (v - lo) / (hi - lo) * plot.height();
}

QColor TimeSeriesPainter::colorOf(int p, qsizetype layer) const
{
    // Small multiples of one line each take a colour per panel; several lines one per layer.
    return m_style.series(m_panels.at(p).layers.size() == 1 ? p : int(layer));
}

void TimeSeriesPainter::paint(int crosshair)
{
    const QRectF all(QPointF(0, 0), QSizeF(m_size));
    m_painter.fillRect(all, m_style.background());
    m_painter.setFont(m_font);
    if (m_chart.times().isEmpty() || m_panels.isEmpty()) {
        m_painter.setPen(m_style.mutedText());
        m_painter.drawText(all, Qt::AlignCenter | Qt::TextWordWrap, m_chart.emptyText());
        return;
    }
    for (int p = 0; p < m_panels.size(); ++p) {
        paintTitle(p, crosshair);
        paintBands(p);
        paintValueAxis(p);
        paintGaps(p);
        if (m_panels.at(p).kind == ChartPanel::Kind::StackedBars)
            paintBars(p);
        else
            paintLines(p);
    }
    paintTimeAxis();
    if (crosshair >= 0 && crosshair < m_chart.times().size())
        paintCrosshair(crosshair);
}

void TimeSeriesPainter::paintTitle(int p, int crosshair)
{
    const ChartPanel &panel = m_panels.at(p);
    const QRectF title = m_layout.titles.at(p);
    const QRectF line(title.left(), title.top(), title.width(), title.height() - 2);
    m_painter.setFont(m_bold);
    m_painter.setPen(m_style.text());
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, panel.title);
    qreal x = title.left() + QFontMetricsF(m_bold).horizontalAdvance(panel.title) + 6;
    m_painter.setFont(m_font);
    if (!panel.unit.isEmpty()) {
        const QString unit = u"(%1)"_s.arg(panel.unit);
        m_painter.setPen(m_style.mutedText());
        m_painter.drawText(line.adjusted(x - line.left(), 0, 0, 0), Qt::AlignLeft | Qt::AlignBottom,
                           unit);
        x += m_fm.horizontalAdvance(unit) + 12;
    }
    if (panel.layers.size() > 1) { // the legend
        const qreal box = std::round(m_fm.ascent() * 0.7);
        for (qsizetype l = 0; l < panel.layers.size(); ++l) {
            m_painter.fillRect(
                m_style.snapped(QRectF(x, line.bottom() - m_fm.descent() - box, box, box)),
                colorOf(p, l));
            x += box + 4;
            m_painter.setPen(m_style.text());
            m_painter.drawText(line.adjusted(x - line.left(), 0, 0, 0),
                               Qt::AlignLeft | Qt::AlignBottom, panel.layers.at(l).name);
            x += m_fm.horizontalAdvance(panel.layers.at(l).name) + 10;
        }
    }
    if (crosshair < 0)
        return;
    // Stacked bars: the total here, the parts in a box beside the crosshair.
    const QString reading =
        panel.kind == ChartPanel::Kind::StackedBars && panel.hasData(crosshair)
            ? Tr::tr("%1  %2", "time reading")
                  .arg(m_chart.timeText(crosshair), panel.valueText(panel.stackTotal(crosshair)))
            : m_chart.crosshairText(p);
    const qreal room = title.right() - x;
    m_painter.setPen(m_style.text());
    m_painter.drawText(QRectF(x, line.top(), room, line.height()), Qt::AlignRight | Qt::AlignBottom,
                       m_fm.elidedText(reading, Qt::ElideLeft, room));
}

void TimeSeriesPainter::paintBands(int p)
{
    const ChartPanel &panel = m_panels.at(p);
    const QRectF plot = m_layout.plots.at(p);
    const auto [lo, hi] = m_chart.valueRange(p);
    for (const ChartPanel::Band &band : panel.bands) {
        const double top = std::min(band.to, hi), bottom = std::max(band.from, lo);
        if (top <= bottom)
            continue;
        m_painter.fillRect(m_style.snapped(QRectF(QPointF(plot.left(), yOf(p, top)),
                                                  QPointF(plot.right(), yOf(p, bottom)))),
                           m_style.band());
        if (band.label.isEmpty())
            continue;
        // Inside the band when it is tall enough, otherwise beside its edge on a cleared patch.
        QRectF room(QPointF(plot.left(), yOf(p, top) + 1),
                    QPointF(plot.right() - 4, yOf(p, bottom)));
        if (room.height() < m_fm.height()) {
            const bool edgeBelow = !std::isfinite(band.to) || band.to >= hi;
            room =
                QRectF(room.left(), edgeBelow ? room.bottom() + 1 : room.top() - m_fm.height() - 1,
                       room.width(), m_fm.height());
            const qreal w = m_fm.horizontalAdvance(band.label) + 6;
            m_painter.fillRect(QRectF(room.right() - w, room.top(), w, m_fm.height()),
                               m_style.background());
        }
        m_painter.setPen(m_style.bandEdge());
        m_painter.drawText(room, Qt::AlignRight | Qt::AlignTop, band.label);
    }
}

void TimeSeriesPainter::paintValueAxis(int p)
{
    const ChartPanel &panel = m_panels.at(p);
    const QRectF plot = m_layout.plots.at(p);
    const auto [lo, hi] = m_chart.valueRange(p);
    // A few round values, a faint line each, no closer than a line of text.
    double step = ChartPanel::niceStep((hi - lo) / 4);
    while ((hi - lo) / step * (m_fm.height() + 2) > plot.height() && step < hi - lo)
        step = ChartPanel::niceStep(step * 2.01);
    const int decimals = step < 1 ? int(std::ceil(-std::log10(step))) : 0;
    m_painter.setPen(m_style.mutedText());
    for (double v = std::ceil(lo / step - 1e-9) * step; v <= hi + 1e-9; v += step) {
        const qreal y = yOf(p, v);
        if (v > lo + 1e-9)
            m_style.horizontalLine(m_painter, plot.left(), plot.right(), y, m_style.grid());
        m_painter.drawText(
            QRectF(kMargin, y - m_fm.height() / 2, plot.left() - kMargin - 6, m_fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v, 'f', decimals));
    }
    m_style.horizontalLine(m_painter, plot.left(), plot.right(), plot.bottom(), m_style.axis());
    for (const ChartPanel::Band &band : panel.bands) {
        for (double edge : {band.from, band.to}) {
            if (std::isfinite(edge) && edge > lo && edge < hi)
                m_style.horizontalLine(m_painter, plot.left(), plot.right(), yOf(p, edge),
                                       m_style.bandEdge());
        }
    }
}

void TimeSeriesPainter::paintGaps(int p)
{
    const QRectF plot = m_layout.plots.at(p);
    QColor hatch = m_style.mutedText();
    hatch.setAlpha(110);
    for (qsizetype i = 0; i < m_chart.times().size(); ++i) {
        if (!m_panels.at(p).hasData(i))
            m_painter.fillRect(
                m_style.snapped(QRectF(xOf(i) - m_layout.slot / 2, plot.top(), m_layout.slot,
                                       plot.height() - m_style.hairline())),
                QBrush(hatch, Qt::BDiagPattern));
    }
}

void TimeSeriesPainter::paintBars(int p)
{
    const ChartPanel &panel = m_panels.at(p);
    const QRectF plot = m_layout.plots.at(p);
    const qreal width = std::min<qreal>(m_layout.slot * 0.62, 44);
    const qsizetype samples = m_chart.times().size();
    if (panel.highlight >= 0 && panel.highlight < samples) {
        QColor fill = m_style.highlight();
        fill.setAlpha(m_style.isDark() ? 70 : 45);
        m_painter.fillRect(m_style.snapped(QRectF(xOf(panel.highlight) - m_layout.slot / 2,
                                                  plot.top(), m_layout.slot, plot.height())),
                           fill);
    }
    for (qsizetype i = 0; i < samples; ++i) {
        double base = 0;
        for (qsizetype l = 0; l < panel.layers.size(); ++l) {
            const double v = panel.value(l, i);
            if (std::isnan(v) || v <= 0)
                continue;
            m_painter.fillRect(m_style.snapped(QRectF(QPointF(xOf(i) - width / 2, yOf(p, base + v)),
                                                      QPointF(xOf(i) + width / 2, yOf(p, base)))),
                               colorOf(p, l));
            base += v;
        }
        if (i != panel.highlight || base <= 0)
            continue;
        const QRectF bar = m_style.snapped(QRectF(QPointF(xOf(i) - width / 2, yOf(p, base)),
                                                  QPointF(xOf(i) + width / 2, plot.bottom()))
                                               .adjusted(-2, -2, 2, 0));
        const qreal w = 2 * m_style.hairline();
        m_painter.fillRect(QRectF(bar.topLeft(), QSizeF(bar.width(), w)), m_style.highlight());
        m_painter.fillRect(QRectF(bar.topLeft(), QSizeF(w, bar.height())), m_style.highlight());
        m_painter.fillRect(QRectF(bar.right() - w, bar.top(), w, bar.height()),
                           m_style.highlight());
        if (panel.highlightLabel.isEmpty())
            continue;
        const qreal labelWidth = QFontMetricsF(m_bold).horizontalAdvance(panel.highlightLabel) + 4;
        const qreal left =
            std::clamp(xOf(i) - labelWidth / 2, plot.left(), plot.right() - labelWidth);
        m_painter.setFont(m_bold);
        m_painter.setPen(m_style.text());
        m_painter.drawText(QRectF(left, std::max(plot.top(), bar.top() - m_fm.height() - 2),
                                  labelWidth, m_fm.height()),
                           Qt::AlignCenter, panel.highlightLabel);
        m_painter.setFont(m_font);
    }
}

void TimeSeriesPainter::paintLines(int p)
{
    // Broken where there is no data, a dot where a sample stands alone, the samples inside a
    // band marked in the alert colour (and every sample when there is room).
    const ChartPanel &panel = m_panels.at(p);
    const qsizetype samples = m_chart.times().size();
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setClipRect(m_layout.plots.at(p).adjusted(-4, -4, 4, 4));
    for (qsizetype l = 0; l < panel.layers.size(); ++l) {
        const QColor color = colorOf(p, l);
        QPen pen(color, 2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        for (qsizetype i = 0; i < samples;) {
            if (std::isnan(panel.value(l, i))) {
                ++i;
                continue;
            }
            QPainterPath path(QPointF(xOf(i), yOf(p, panel.value(l, i))));
            qsizetype end = i + 1;
            for (; end < samples && !std::isnan(panel.value(l, end)); ++end)
                path.lineTo(xOf(end), yOf(p, panel.value(l, end)));
            if (end - i > 1) {
                m_painter.setPen(pen);
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawPath(path);
            }
            i = end;
        }
        m_painter.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < samples; ++i) {
            const double v = panel.value(l, i);
            const bool alone = !std::isnan(v) && std::isnan(panel.value(l, i - 1)) &&
                               std::isnan(panel.value(l, i + 1));
            const bool alert = !std::isnan(v) && panel.inBand(v);
            if (std::isnan(v) || (!alert && !alone && m_layout.slot < 14))
                continue;
            m_painter.setBrush(alert ? m_style.alert() : color);
            m_painter.drawEllipse(QPointF(xOf(i), yOf(p, v)), alert ? 3.5 : 2.5, alert ? 3.5 : 2.5);
        }
    }
    m_painter.restore();
}

void TimeSeriesPainter::paintTimeAxis()
{
    const qsizetype samples = m_chart.times().size();
    qreal widest = 0;
    for (int i = 0; i < samples; ++i)
        widest = std::max(widest, m_fm.horizontalAdvance(m_chart.timeText(i)));
    const int step = std::max(1, int(std::ceil((widest + 14) / m_layout.slot)));
    const QRectF axis = m_layout.axis;
    m_painter.setPen(m_style.mutedText());
    for (int i = 0; i < samples; i += step) {
        m_style.verticalLine(m_painter, xOf(i), axis.top() - 2, axis.top() + 2, m_style.axis());
        m_painter.drawText(
            QRectF(xOf(i) - widest / 2 - 6, axis.top() + 3, widest + 12, axis.height() - 3),
            Qt::AlignHCenter | Qt::AlignTop, m_chart.timeText(i));
    }
}

void TimeSeriesPainter::paintCrosshair(int i)
{
    const qreal x = xOf(i);
    QColor line = m_style.text();
    line.setAlpha(150);
    m_style.verticalLine(m_painter, x, m_layout.plots.first().top(), m_layout.plots.last().bottom(),
                         line);
    for (int p = 0; p < m_panels.size(); ++p) {
        const ChartPanel &panel = m_panels.at(p);
        if (panel.kind == ChartPanel::Kind::StackedBars) {
            if (panel.hasData(i))
                paintStackReading(p, i, x);
            continue;
        }
        m_painter.save();
        m_painter.setRenderHint(QPainter::Antialiasing, true);
        for (qsizetype l = 0; l < panel.layers.size(); ++l) {
            if (std::isnan(panel.value(l, i)))
                continue;
            m_painter.setPen(QPen(colorOf(p, l), 2));
            m_painter.setBrush(m_style.background());
            m_painter.drawEllipse(QPointF(x, yOf(p, panel.value(l, i))), 4, 4);
        }
        m_painter.restore();
    }
    // The time, over the axis labels.
    const QString time = m_chart.timeText(i);
    const qreal width = m_fm.horizontalAdvance(time) + 10;
    const QRectF axis = m_layout.axis;
    const QRectF box(std::clamp(x - width / 2, axis.left() - 4, axis.right() - width),
                     axis.top() + 1, width, m_fm.height() + 2);
    m_painter.fillRect(m_style.snapped(box), m_style.text());
    m_painter.setPen(m_style.background());
    m_painter.drawText(box, Qt::AlignCenter, time);
}

void TimeSeriesPainter::paintStackReading(int p, int i, qreal x)
{
    const ChartPanel &panel = m_panels.at(p);
    const QRectF plot = m_layout.plots.at(p);
    const QFontMetricsF boldMetrics(m_bold);
    qreal names = boldMetrics.horizontalAdvance(Tr::tr("Total"));
    qreal values = boldMetrics.horizontalAdvance(panel.valueText(panel.stackTotal(i)));
    for (qsizetype l = 0; l < panel.layers.size(); ++l) {
        if (std::isnan(panel.value(l, i)))
            continue;
        names = std::max(names, m_fm.horizontalAdvance(panel.layers.at(l).name));
        values = std::max(values, m_fm.horizontalAdvance(panel.valueText(panel.value(l, i))));
    }
    const qreal line = std::ceil(m_fm.height() + 2);
    const qreal box = std::round(m_fm.ascent() * 0.7);
    int rows = 1;
    for (qsizetype l = 0; l < panel.layers.size(); ++l)
        rows += std::isnan(panel.value(l, i)) ? 0 : 1;
    const QSizeF size(8 + box + 6 + names + 16 + values + 8, 8 + line * rows);
    const qreal left = x + 12 + size.width() <= plot.right() ? x + 12 : x - 12 - size.width();
    const QRectF frame = m_style.snapped(QRectF(QPointF(left, plot.top() + 4), size));
    const qreal hair = m_style.hairline();
    m_painter.fillRect(frame, m_style.axis());
    m_painter.fillRect(frame.adjusted(hair, hair, -hair, -hair), m_style.background());
    qreal y = frame.top() + 4;
    const auto row = [&](const QString &name, double v, const QColor &swatch) {
        if (swatch.isValid())
            m_painter.fillRect(
                m_style.snapped(QRectF(frame.left() + 8, y + (line - box) / 2, box, box)), swatch);
        m_painter.drawText(QRectF(frame.left() + 8 + box + 6, y, names, line),
                           Qt::AlignLeft | Qt::AlignVCenter, name);
        m_painter.drawText(QRectF(frame.right() - 8 - values, y, values, line),
                           Qt::AlignRight | Qt::AlignVCenter, panel.valueText(v));
        y += line;
    };
    m_painter.setPen(m_style.text());
    for (qsizetype l = panel.layers.size() - 1; l >= 0; --l) { // as stacked: the top first
        if (!std::isnan(panel.value(l, i)))
            row(panel.layers.at(l).name, panel.value(l, i), colorOf(p, l));
    }
    m_painter.setFont(m_bold);
    row(Tr::tr("Total"), panel.stackTotal(i), QColor());
    m_painter.setFont(m_font);
}

} // namespace zc
