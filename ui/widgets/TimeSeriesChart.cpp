// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TimeSeriesChart.h"

#include "ChartStyle.h"
#include "TimeSeriesPainter.h"

#include <QAccessible>
#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc {

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
        m_ranges.append(panel.range(m_times.size()));
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

QString TimeSeriesChart::crosshairText(int panelIndex) const
{
    if (m_crosshair < 0 || panelIndex < 0 || panelIndex >= m_panels.size())
        return {};
    const ChartPanel &panel = m_panels.at(panelIndex);
    const int i = m_crosshair;
    QString reading;
    if (!panel.hasData(i)) {
        reading = tr("no data");
    } else if (panel.kind == ChartPanel::Kind::StackedBars) {
        QStringList parts;
        for (qsizetype l = 0; l < panel.layers.size(); ++l) {
            if (!std::isnan(panel.value(l, i)))
                parts << tr("%1 %2", "layer value")
                             .arg(panel.layers.at(l).name,
                                  QLocale().toString(panel.value(l, i), 'f', 0));
        }
        reading = tr("%1 (%2)", "total (parts)")
                      .arg(panel.valueText(panel.stackTotal(i)), parts.join(u", "_s));
    } else {
        QStringList parts;
        for (qsizetype l = 0; l < panel.layers.size(); ++l) {
            const double v = panel.value(l, i);
            const QString text = std::isnan(v) ? tr("no data") : panel.valueText(v);
            parts << (panel.layers.size() == 1
                          ? text
                          : tr("%1 %2", "layer value").arg(panel.layers.at(l).name, text));
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
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        QList<int> gaps, banded;
        for (int i = 0; i < m_times.size(); ++i) {
            if (!panel.hasData(i)) {
                gaps << i;
                continue;
            }
            bool hit = false;
            for (qsizetype l = 0; l < panel.layers.size(); ++l) {
                const double v = panel.kind == ChartPanel::Kind::StackedBars ? panel.stackTotal(i)
                                                                             : panel.value(l, i);
                if (std::isnan(v))
                    continue;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                hit = hit || panel.inBand(v);
            }
            if (hit)
                banded << i;
        }
        QString line = lo <= hi ? tr("%1: %2 to %3", "title: min to max")
                                      .arg(panel.title, panel.valueText(lo), panel.valueText(hi))
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

QRectF TimeSeriesChart::plotRect(int panel) const
{
    const TimeSeriesPainter::Layout layout = TimeSeriesPainter::layout(*this, size());
    return panel >= 0 && panel < layout.plots.size() ? layout.plots.at(panel) : QRectF();
}

double TimeSeriesChart::slotCenter(int index) const
{
    const TimeSeriesPainter::Layout layout = TimeSeriesPainter::layout(*this, size());
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
    const TimeSeriesPainter::Layout layout = TimeSeriesPainter::layout(*this, size());
    if (pos.x() < layout.axis.left() || pos.x() >= layout.axis.right() ||
        pos.y() < layout.plots.first().top() || pos.y() > layout.axis.bottom())
        return -1;
    const int index = int((pos.x() - layout.axis.left()) / layout.slot);
    return std::clamp(index, 0, int(m_times.size()) - 1);
}

QImage TimeSeriesChart::toImage(qreal devicePixelRatio, QSize logicalSize) const
{
    QSize size = logicalSize.isValid() && !logicalSize.isEmpty() ? logicalSize : this->size();
    if (size.isEmpty() || !isVisible())
        size = size.isEmpty() ? sizeHint() : size;
    return ChartStyle::render(
        size, devicePixelRatio, palette().color(QPalette::Base),
        [&](QPainter &painter) { TimeSeriesPainter(*this, painter, size).paint(-1); });
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
    TimeSeriesPainter(*this, painter, size()).paint(m_crosshair);
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
