// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TimeSeriesChart.h"

#include "ChartStyle.h"

#include <QAccessible>
#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr qreal kMargin = 8;
constexpr qreal kPanelGap = 12;
constexpr qreal kTitleGap = 8; // room for the top value label

double niceStep(double rough)
{
    if (!(rough > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double f = rough / magnitude;
    return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * magnitude;
}

// Every value a panel draws at sample i: the layers' values, or their sum when stacked.
bool hasData(const ChartPanel &panel, qsizetype i)
{
    return std::any_of(panel.layers.cbegin(), panel.layers.cend(), [i](const ChartPanel::Layer &l) {
        return i < l.values.size() && !std::isnan(l.values.at(i));
    });
}

double stackTotal(const ChartPanel &panel, qsizetype i)
{
    double sum = 0;
    for (const ChartPanel::Layer &l : panel.layers) {
        if (i < l.values.size() && !std::isnan(l.values.at(i)))
            sum += l.values.at(i);
    }
    return sum;
}

bool inBand(const ChartPanel &panel, double v)
{
    return std::any_of(panel.bands.cbegin(), panel.bands.cend(),
                       [v](const ChartPanel::Band &b) { return v >= b.from && v <= b.to; });
}

std::pair<double, double> rangeOf(const ChartPanel &panel, qsizetype samples)
{
    double lo = INFINITY, hi = -INFINITY;
    for (qsizetype i = 0; i < samples; ++i) {
        if (panel.kind == ChartPanel::Kind::StackedBars) {
            lo = 0;
            hi = std::max(hi, stackTotal(panel, i));
            continue;
        }
        for (const ChartPanel::Layer &l : panel.layers) {
            const double v = i < l.values.size() ? l.values.at(i) : NAN;
            if (!std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (lo > hi) { // nothing to show
        lo = panel.minimum.value_or(0);
        hi = panel.maximum.value_or(lo + 1);
    }
    for (const ChartPanel::Band &b : panel.bands) {
        for (double edge : {b.from, b.to}) {
            if (std::isfinite(edge)) {
                lo = std::min(lo, edge);
                hi = std::max(hi, edge);
            }
        }
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const double step = niceStep((hi - lo) / 4);
    lo = panel.minimum && *panel.minimum <= lo ? *panel.minimum : std::floor(lo / step) * step;
    hi = panel.maximum && *panel.maximum >= hi ? *panel.maximum : std::ceil(hi / step) * step;
    return {lo, hi};
}

} // namespace

struct TimeSeriesChart::Layout
{
    QList<QRectF> titles;
    QList<QRectF> plots;
    QRectF axis;
    qreal slot = 1;
};

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Chart"));
    m_emptyText = tr("No samples yet.");
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setData(const QList<qint64> &times, const QList<ChartPanel> &panels)
{
    m_times = times;
    m_panels = panels;
    m_ranges.clear();
    for (const ChartPanel &panel : std::as_const(m_panels))
        m_ranges.append(rangeOf(panel, m_times.size()));
    m_crosshair = -1;
    updateGeometry();
    updateAccessibleText();
    update();
}

void TimeSeriesChart::clear()
{
    setData({}, {});
}

void TimeSeriesChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void TimeSeriesChart::setCrosshair(int index)
{
    const int next = index >= 0 && index < m_times.size() ? index : -1;
    if (next == m_crosshair)
        return;
    m_crosshair = next;
    updateAccessibleText();
    update();
    Q_EMIT crosshairChanged(next);
}

QString TimeSeriesChart::shortTime(qint64 epochSeconds)
{
    // Samples are a minute apart: seconds would only add noise.
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    const QString format = QLocale().timeFormat(QLocale::ShortFormat).remove(seconds);
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime().time(),
                              format);
}

QString TimeSeriesChart::timeText(int index) const
{
    return index < 0 || index >= m_times.size() ? QString() : shortTime(m_times.at(index));
}

QString TimeSeriesChart::valueText(const ChartPanel &panel, double value) const
{
    const QString number = QLocale().toString(value, 'f', panel.decimals);
    return panel.unit.isEmpty() ? number : tr("%1 %2", "value unit").arg(number, panel.unit);
}

QString TimeSeriesChart::crosshairText(int panelIndex) const
{
    if (m_crosshair < 0 || panelIndex < 0 || panelIndex >= m_panels.size())
        return {};
    const ChartPanel &panel = m_panels.at(panelIndex);
    const int i = m_crosshair;
    QString reading;
    if (!hasData(panel, i)) {
        reading = tr("no data");
    } else if (panel.kind == ChartPanel::Kind::StackedBars) {
        QStringList parts;
        for (const ChartPanel::Layer &l : panel.layers) {
            const double v = i < l.values.size() ? l.values.at(i) : NAN;
            if (!std::isnan(v))
                parts << tr("%1 %2", "layer value").arg(l.name, QLocale().toString(v, 'f', 0));
        }
        reading = tr("%1 (%2)", "total (parts)")
                      .arg(valueText(panel, stackTotal(panel, i)), parts.join(u", "_s));
    } else {
        QStringList parts;
        for (const ChartPanel::Layer &l : panel.layers) {
            const double v = i < l.values.size() ? l.values.at(i) : NAN;
            const QString text = std::isnan(v) ? tr("no data") : valueText(panel, v);
            parts << (panel.layers.size() == 1 ? text
                                               : tr("%1 %2", "layer value").arg(l.name, text));
        }
        reading = parts.join(u", "_s);
    }
    return tr("%1  %2", "time reading").arg(timeText(i), reading);
}

QString TimeSeriesChart::summary() const
{
    if (m_times.isEmpty() || m_panels.isEmpty())
        return m_emptyText;
    const auto someTimes = [this](const QList<int> &indexes) {
        QStringList list;
        for (qsizetype k = 0; k < indexes.size() && k < 3; ++k)
            list << timeText(indexes.at(k));
        if (indexes.size() > 3)
            return tr("%1 and %n more", nullptr, int(indexes.size() - 3)).arg(list.join(u", "_s));
        return list.join(u", "_s);
    };
    QStringList lines;
    for (qsizetype p = 0; p < m_panels.size(); ++p) {
        const ChartPanel &panel = m_panels.at(p);
        double lo = INFINITY, hi = -INFINITY;
        QList<int> gaps, banded;
        for (int i = 0; i < m_times.size(); ++i) {
            if (!hasData(panel, i)) {
                gaps << i;
                continue;
            }
            bool hit = false;
            for (const ChartPanel::Layer &l : panel.layers) {
                const double v = panel.kind == ChartPanel::Kind::StackedBars ? stackTotal(panel, i)
                                 : i < l.values.size()                       ? l.values.at(i)
                                                                             : NAN;
                if (std::isnan(v))
                    continue;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                hit = hit || inBand(panel, v);
            }
            if (hit)
                banded << i;
        }
        QString line = lo <= hi ? tr("%1: %2 to %3", "title: min to max")
                                      .arg(panel.title, valueText(panel, lo), valueText(panel, hi))
                                : tr("%1: no data", "title").arg(panel.title);
        if (!gaps.isEmpty() && lo <= hi)
            line += tr(", no data at %1").arg(someTimes(gaps));
        if (!banded.isEmpty() && !panel.bands.isEmpty())
            line += tr(", %1 at %2", "band label at times")
                        .arg(panel.bands.first().label, someTimes(banded));
        if (panel.highlight >= 0 && !panel.highlightLabel.isEmpty())
            line += tr(", %1 at %2", "highlight at time")
                        .arg(panel.highlightLabel, timeText(panel.highlight));
        lines << line + u'.';
    }
    return lines.join(u'\n');
}

void TimeSeriesChart::updateAccessibleText()
{
    QString text = summary();
    if (m_crosshair >= 0) {
        QStringList readings;
        for (int p = 0; p < m_panels.size(); ++p)
            readings << m_panels.at(p).title + u": "_s + crosshairText(p);
        text = readings.join(u'\n') + u"\n\n"_s + text;
    }
    setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

TimeSeriesChart::Layout TimeSeriesChart::layoutFor(const QSize &size) const
{
    Layout layout;
    const QFontMetricsF fm(font());
    const qreal titleHeight = std::ceil(fm.height() + 8);
    const qreal axisHeight = std::ceil(fm.height() + 10);
    qreal labelWidth = 0;
    for (qsizetype p = 0; p < m_panels.size(); ++p) {
        const auto [lo, hi] = m_ranges.at(p);
        for (double v : {lo, hi, (lo + hi) / 2})
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(QLocale().toString(v, 'f', 0)));
    }
    const qreal left = kMargin + std::ceil(labelWidth) + 8;
    const qreal right = size.width() - kMargin - 6;
    const qsizetype n = std::max<qsizetype>(1, m_panels.size());
    const qreal room = size.height() - 2 * kMargin - axisHeight -
                       qreal(n) * (titleHeight + kTitleGap) - qreal(n - 1) * kPanelGap;
    double weights = 0;
    for (const ChartPanel &panel : m_panels)
        weights += std::max(0.1, panel.weight);
    qreal y = kMargin;
    for (const ChartPanel &panel : m_panels) {
        const qreal plotHeight =
            std::max<qreal>(28, std::floor(room * std::max(0.1, panel.weight) / weights));
        layout.titles << QRectF(kMargin, y, size.width() - 2 * kMargin, titleHeight);
        y += titleHeight + kTitleGap;
        layout.plots << QRectF(left, y, std::max<qreal>(1, right - left), plotHeight);
        y += plotHeight + kPanelGap;
    }
    const qreal plotBottom = layout.plots.isEmpty() ? kMargin : layout.plots.last().bottom();
    layout.axis = QRectF(left, plotBottom + 2, std::max<qreal>(1, right - left), axisHeight);
    layout.slot = layout.axis.width() / qreal(std::max<qsizetype>(1, m_times.size()));
    return layout;
}

QRectF TimeSeriesChart::plotRect(int panel) const
{
    const Layout layout = layoutFor(size());
    return panel >= 0 && panel < layout.plots.size() ? layout.plots.at(panel) : QRectF();
}

double TimeSeriesChart::slotCenter(int index) const
{
    const Layout layout = layoutFor(size());
    return layout.axis.left() + (index + 0.5) * layout.slot;
}

std::pair<double, double> TimeSeriesChart::valueRange(int panel) const
{
    return panel >= 0 && panel < m_ranges.size() ? m_ranges.at(panel)
                                                 : std::pair<double, double>{0, 1};
}

double TimeSeriesChart::valueY(int panel, double value) const
{
    const QRectF plot = plotRect(panel);
    const auto [lo, hi] = valueRange(panel);
    return plot.bottom() - (value - lo) / (hi - lo) * plot.height();
}

int TimeSeriesChart::sampleAt(const QPointF &pos) const
{
    if (m_times.isEmpty() || m_panels.isEmpty())
        return -1;
    const Layout layout = layoutFor(size());
    if (pos.x() < layout.axis.left() || pos.x() >= layout.axis.right() ||
        pos.y() < layout.plots.first().top() || pos.y() > layout.axis.bottom())
        return -1;
    const int index = int((pos.x() - layout.axis.left()) / layout.slot);
    return std::clamp(index, 0, int(m_times.size()) - 1);
}

void TimeSeriesChart::paint(QPainter &painter, const QSize &size, bool withCrosshair) const
{
    const ChartStyle style(palette(), painter.device()->devicePixelRatio());
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), style.background());
    painter.setFont(font());
    if (m_times.isEmpty() || m_panels.isEmpty()) {
        painter.setPen(style.mutedText());
        painter.drawText(QRectF(QPointF(0, 0), QSizeF(size)), Qt::AlignCenter | Qt::TextWordWrap,
                         m_emptyText);
        return;
    }
    const Layout layout = layoutFor(size);
    for (int p = 0; p < m_panels.size(); ++p)
        paintPanel(painter, style, layout, p, withCrosshair);
    paintTimeAxis(painter, style, layout);
    if (withCrosshair && m_crosshair >= 0)
        paintCrosshair(painter, style, layout);
}

void TimeSeriesChart::paintPanel(QPainter &painter, const ChartStyle &style, const Layout &layout,
                                 int p, bool withCrosshair) const
{
    const ChartPanel &panel = m_panels.at(p);
    const QRectF plot = layout.plots.at(p);
    const auto [lo, hi] = m_ranges.at(p);
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    const auto xOf = [&](qsizetype i) { return plot.left() + (qreal(i) + 0.5) * layout.slot; };
    const QFontMetricsF fm(painter.font());
    const bool stacked = panel.kind == ChartPanel::Kind::StackedBars;
    const auto colorOf = [&](qsizetype layer) {
        return style.series(panel.layers.size() == 1 ? p : int(layer));
    };

    // Title row: title and unit, a legend when there are several layers, the reading.
    const QRectF title = layout.titles.at(p);
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(style.text());
    qreal x = title.left();
    painter.drawText(QRectF(x, title.top(), title.width(), title.height() - 2),
                     Qt::AlignLeft | Qt::AlignBottom, panel.title);
    x += QFontMetricsF(bold).horizontalAdvance(panel.title) + 6;
    painter.setFont(font());
    if (!panel.unit.isEmpty()) {
        painter.setPen(style.mutedText());
        const QString unit = u"(%1)"_s.arg(panel.unit);
        painter.drawText(QRectF(x, title.top(), title.width(), title.height() - 2),
                         Qt::AlignLeft | Qt::AlignBottom, unit);
        x += fm.horizontalAdvance(unit) + 12;
    }
    if (panel.layers.size() > 1) {
        for (qsizetype l = 0; l < panel.layers.size(); ++l) {
            const qreal box = std::round(fm.ascent() * 0.7);
            painter.fillRect(
                style.snapped(QRectF(x, title.bottom() - 2 - fm.descent() - box, box, box)),
                colorOf(l));
            x += box + 4;
            painter.setPen(style.text());
            painter.drawText(QRectF(x, title.top(), title.width(), title.height() - 2),
                             Qt::AlignLeft | Qt::AlignBottom, panel.layers.at(l).name);
            x += fm.horizontalAdvance(panel.layers.at(l).name) + 10;
        }
    }
    if (withCrosshair && m_crosshair >= 0) {
        const qreal room = title.right() - x;
        painter.setPen(style.text());
        // Stacked bars: the total here, the parts in a box beside the crosshair.
        const QString reading =
            stacked && hasData(panel, m_crosshair)
                ? tr("%1  %2", "time reading")
                      .arg(timeText(m_crosshair), valueText(panel, stackTotal(panel, m_crosshair)))
                : crosshairText(p);
        painter.drawText(QRectF(x, title.top(), room, title.height() - 2),
                         Qt::AlignRight | Qt::AlignBottom,
                         fm.elidedText(reading, Qt::ElideLeft, room));
    }

    // Threshold bands under everything.
    for (const ChartPanel::Band &band : panel.bands) {
        const double top = std::min(band.to, hi), bottom = std::max(band.from, lo);
        if (top <= bottom)
            continue;
        painter.fillRect(style.snapped(QRectF(QPointF(plot.left(), yOf(top)),
                                              QPointF(plot.right(), yOf(bottom)))),
                         style.band());
        if (!band.label.isEmpty()) {
            // Inside the band when it is tall enough, otherwise beside its edge.
            QRectF room(QPointF(plot.left(), yOf(top) + 1), QPointF(plot.right() - 4, yOf(bottom)));
            if (room.height() < fm.height()) {
                const bool edgeBelow = !std::isfinite(band.to) || band.to >= hi;
                const qreal edge = edgeBelow ? room.bottom() : room.top();
                room = edgeBelow
                           ? QRectF(room.left(), edge + 1, room.width(), fm.height())
                           : QRectF(room.left(), edge - fm.height() - 1, room.width(), fm.height());
            }
            if (room.height() <= fm.height() + 1) { // outside: clear the grid behind it
                const qreal w = fm.horizontalAdvance(band.label) + 6;
                painter.fillRect(QRectF(room.right() - w, room.top(), w, fm.height()),
                                 style.background());
            }
            painter.setPen(style.bandEdge());
            painter.drawText(room, Qt::AlignRight | Qt::AlignTop, band.label);
        }
    }

    // The value axis: a few round values, a faint line each.
    const double step = [&] {
        double s = niceStep((hi - lo) / 4);
        while ((hi - lo) / s * (fm.height() + 2) > plot.height() && s < hi - lo)
            s = niceStep(s * 2.01);
        return s;
    }();
    painter.setPen(style.mutedText());
    for (double v = std::ceil(lo / step - 1e-9) * step; v <= hi + 1e-9; v += step) {
        const qreal y = yOf(v);
        if (v > lo + 1e-9)
            style.horizontalLine(painter, plot.left(), plot.right(), y, style.grid());
        const int decimals = step < 1 ? int(std::ceil(-std::log10(step))) : 0;
        painter.drawText(
            QRectF(kMargin, y - fm.height() / 2, plot.left() - kMargin - 6, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v, 'f', decimals));
    }
    style.horizontalLine(painter, plot.left(), plot.right(), plot.bottom(), style.axis());
    for (const ChartPanel::Band &band : panel.bands) {
        for (double edge : {band.from, band.to}) {
            if (std::isfinite(edge) && edge > lo && edge < hi)
                style.horizontalLine(painter, plot.left(), plot.right(), yOf(edge),
                                     style.bandEdge());
        }
    }

    // Samples without data: a hatched column.
    QColor hatch = style.mutedText();
    hatch.setAlpha(110);
    for (qsizetype i = 0; i < m_times.size(); ++i) {
        if (!hasData(panel, i))
            painter.fillRect(style.snapped(QRectF(xOf(i) - layout.slot / 2, plot.top(), layout.slot,
                                                  plot.height() - style.hairline())),
                             QBrush(hatch, Qt::BDiagPattern));
    }

    if (stacked) {
        const qreal width = std::min<qreal>(layout.slot * 0.62, 44);
        if (panel.highlight >= 0 && panel.highlight < m_times.size()) {
            QColor fill = style.highlight();
            fill.setAlpha(style.isDark() ? 70 : 45);
            painter.fillRect(style.snapped(QRectF(xOf(panel.highlight) - layout.slot / 2,
                                                  plot.top(), layout.slot, plot.height())),
                             fill);
        }
        for (qsizetype i = 0; i < m_times.size(); ++i) {
            double base = 0;
            for (qsizetype l = 0; l < panel.layers.size(); ++l) {
                const double v =
                    i < panel.layers.at(l).values.size() ? panel.layers.at(l).values.at(i) : NAN;
                if (std::isnan(v) || v <= 0)
                    continue;
                painter.fillRect(style.snapped(QRectF(QPointF(xOf(i) - width / 2, yOf(base + v)),
                                                      QPointF(xOf(i) + width / 2, yOf(base)))),
                                 colorOf(l));
                base += v;
            }
            if (i == panel.highlight && base > 0) {
                const QRectF bar = style.snapped(QRectF(QPointF(xOf(i) - width / 2, yOf(base)),
                                                        QPointF(xOf(i) + width / 2, plot.bottom()))
                                                     .adjusted(-2, -2, 2, 0));
                const qreal w = 2 * style.hairline();
                painter.fillRect(QRectF(bar.topLeft(), QSizeF(bar.width(), w)), style.highlight());
                painter.fillRect(QRectF(bar.topLeft(), QSizeF(w, bar.height())), style.highlight());
                painter.fillRect(QRectF(bar.right() - w, bar.top(), w, bar.height()),
                                 style.highlight());
                if (!panel.highlightLabel.isEmpty()) {
                    painter.setFont(bold);
                    painter.setPen(style.text());
                    const qreal labelWidth =
                        QFontMetricsF(bold).horizontalAdvance(panel.highlightLabel) + 4;
                    const qreal left =
                        std::clamp(xOf(i) - labelWidth / 2, plot.left(), plot.right() - labelWidth);
                    const qreal top = std::max(plot.top(), bar.top() - fm.height() - 2);
                    painter.drawText(QRectF(left, top, labelWidth, fm.height()), Qt::AlignCenter,
                                     panel.highlightLabel);
                    painter.setFont(font());
                }
            }
        }
        return;
    }

    // Lines: broken where there is no data, a dot where a sample stands alone, and the
    // samples inside a band marked.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setClipRect(plot.adjusted(-4, -4, 4, 4));
    for (qsizetype l = 0; l < panel.layers.size(); ++l) {
        const QList<double> &values = panel.layers.at(l).values;
        const QColor color = colorOf(l);
        QPen pen(color, 2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        for (qsizetype i = 0; i < values.size() && i < m_times.size();) {
            if (std::isnan(values.at(i))) {
                ++i;
                continue;
            }
            QPainterPath path(QPointF(xOf(i), yOf(values.at(i))));
            qsizetype end = i + 1;
            for (; end < values.size() && end < m_times.size() && !std::isnan(values.at(end));
                 ++end)
                path.lineTo(xOf(end), yOf(values.at(end)));
            if (end - i == 1) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(color);
                painter.drawEllipse(QPointF(xOf(i), yOf(values.at(i))), 2.5, 2.5);
            } else {
                painter.setPen(pen);
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(path);
            }
            i = end;
        }
        painter.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < values.size() && i < m_times.size(); ++i) {
            const double v = values.at(i);
            if (std::isnan(v))
                continue;
            const bool alert = inBand(panel, v);
            if (!alert && layout.slot < 14)
                continue;
            painter.setBrush(alert ? style.alert() : color);
            painter.drawEllipse(QPointF(xOf(i), yOf(v)), alert ? 3.5 : 2.5, alert ? 3.5 : 2.5);
        }
    }
    painter.restore();
}

void TimeSeriesChart::paintTimeAxis(QPainter &painter, const ChartStyle &style,
                                    const Layout &layout) const
{
    const QFontMetricsF fm(painter.font());
    qreal widest = 0;
    for (int i = 0; i < m_times.size(); ++i)
        widest = std::max(widest, fm.horizontalAdvance(timeText(i)));
    const int step = std::max(1, int(std::ceil((widest + 14) / layout.slot)));
    painter.setPen(style.mutedText());
    for (int i = 0; i < m_times.size(); i += step) {
        const qreal x = layout.axis.left() + (i + 0.5) * layout.slot;
        style.verticalLine(painter, x, layout.axis.top() - 2, layout.axis.top() + 2, style.axis());
        painter.drawText(QRectF(x - widest / 2 - 6, layout.axis.top() + 3, widest + 12,
                                layout.axis.height() - 3),
                         Qt::AlignHCenter | Qt::AlignTop, timeText(i));
    }
}

void TimeSeriesChart::paintCrosshair(QPainter &painter, const ChartStyle &style,
                                     const Layout &layout) const
{
    const int i = m_crosshair;
    const qreal x = layout.axis.left() + (i + 0.5) * layout.slot;
    QColor line = style.text();
    line.setAlpha(150);
    style.verticalLine(painter, x, layout.plots.first().top(), layout.plots.last().bottom(), line);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int p = 0; p < m_panels.size(); ++p) {
        const ChartPanel &panel = m_panels.at(p);
        const QRectF plot = layout.plots.at(p);
        if (panel.kind != ChartPanel::Kind::Lines) {
            if (hasData(panel, i))
                paintStackReading(painter, style, plot, x, p);
            continue;
        }
        const auto [lo, hi] = m_ranges.at(p);
        for (qsizetype l = 0; l < panel.layers.size(); ++l) {
            const double v =
                i < panel.layers.at(l).values.size() ? panel.layers.at(l).values.at(i) : NAN;
            if (std::isnan(v))
                continue;
            painter.setPen(QPen(style.series(panel.layers.size() == 1 ? p : int(l)), 2));
            painter.setBrush(style.background());
            painter.drawEllipse(QPointF(x, plot.bottom() - (v - lo) / (hi - lo) * plot.height()), 4,
                                4);
        }
    }
    painter.restore();
    // The time, over the axis labels.
    const QFontMetricsF fm(painter.font());
    const QString time = timeText(i);
    const qreal width = fm.horizontalAdvance(time) + 10;
    const QRectF box(std::clamp(x - width / 2, layout.axis.left() - 4, layout.axis.right() - width),
                     layout.axis.top() + 1, width, fm.height() + 2);
    painter.fillRect(style.snapped(box), style.text());
    painter.setPen(style.background());
    painter.drawText(box, Qt::AlignCenter, time);
}

void TimeSeriesChart::paintStackReading(QPainter &painter, const ChartStyle &style,
                                        const QRectF &plot, qreal x, int p) const
{
    const ChartPanel &panel = m_panels.at(p);
    const int i = m_crosshair;
    const QFontMetricsF fm(painter.font());
    QList<std::pair<qsizetype, double>> parts; // layer, value; the top of the stack first
    for (qsizetype l = panel.layers.size() - 1; l >= 0; --l) {
        const double v =
            i < panel.layers.at(l).values.size() ? panel.layers.at(l).values.at(i) : NAN;
        if (!std::isnan(v))
            parts.append({l, v});
    }
    qreal names = 0, values = 0;
    for (const auto &[l, v] : parts) {
        names = std::max(names, fm.horizontalAdvance(panel.layers.at(l).name));
        values = std::max(values, fm.horizontalAdvance(valueText(panel, v)));
    }
    QFont bold = painter.font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    names = std::max(names, boldMetrics.horizontalAdvance(tr("Total")));
    values =
        std::max(values, boldMetrics.horizontalAdvance(valueText(panel, stackTotal(panel, i))));
    const qreal line = std::ceil(fm.height() + 2);
    const qreal box = std::round(fm.ascent() * 0.7);
    const QSizeF size(8 + box + 6 + names + 16 + values + 8, 8 + line * qreal(parts.size() + 1));
    const qreal left = x + 12 + size.width() <= plot.right() ? x + 12 : x - 12 - size.width();
    const QRectF frame = style.snapped(QRectF(QPointF(left, plot.top() + 4), size));
    painter.fillRect(frame, style.axis());
    painter.fillRect(
        frame.adjusted(style.hairline(), style.hairline(), -style.hairline(), -style.hairline()),
        style.background());
    qreal y = frame.top() + 4;
    const auto row = [&](const QString &name, double v, const QColor *swatch) {
        if (swatch)
            painter.fillRect(
                style.snapped(QRectF(frame.left() + 8, y + (line - box) / 2, box, box)), *swatch);
        painter.drawText(QRectF(frame.left() + 8 + box + 6, y, names, line),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.drawText(QRectF(frame.right() - 8 - values, y, values, line),
                         Qt::AlignRight | Qt::AlignVCenter, valueText(panel, v));
        y += line;
    };
    painter.setPen(style.text());
    for (const auto &[l, v] : parts) {
        const QColor color = style.series(panel.layers.size() == 1 ? p : int(l));
        row(panel.layers.at(l).name, v, &color);
    }
    painter.setFont(bold);
    row(tr("Total"), stackTotal(panel, i), nullptr);
    painter.setFont(font());
}

QImage TimeSeriesChart::toImage(qreal devicePixelRatio, QSize logicalSize) const
{
    QSize size = logicalSize.isValid() && !logicalSize.isEmpty() ? logicalSize : this->size();
    if (size.isEmpty() || !isVisible())
        size = size.isEmpty() ? sizeHint() : size;
    return ChartStyle::render(size, devicePixelRatio, palette().color(QPalette::Base),
                              [&](QPainter &painter) { paint(painter, size, false); });
}

QSize TimeSeriesChart::sizeHint() const
{
    const int n = int(std::max<qsizetype>(1, m_panels.size()));
    return QSize(720, 40 + n * 128);
}

QSize TimeSeriesChart::minimumSizeHint() const
{
    const int n = int(std::max<qsizetype>(1, m_panels.size()));
    return QSize(260, 40 + n * 70);
}

void TimeSeriesChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, size(), true);
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    setCrosshair(sampleAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void TimeSeriesChart::leaveEvent(QEvent *event)
{
    setCrosshair(-1);
    QWidget::leaveEvent(event);
}

void TimeSeriesChart::keyPressEvent(QKeyEvent *event)
{
    const int last = int(m_times.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Left:
        setCrosshair(m_crosshair < 0 ? last : std::max(0, m_crosshair - 1));
        break;
    case Qt::Key_Right:
        setCrosshair(m_crosshair < 0 ? 0 : std::min(last, m_crosshair + 1));
        break;
    case Qt::Key_Home:
        setCrosshair(0);
        break;
    case Qt::Key_End:
        setCrosshair(last);
        break;
    case Qt::Key_Escape:
        if (m_crosshair >= 0) {
            setCrosshair(-1);
            break;
        }
        [[fallthrough]];
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace zc
