// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ChartStyle.h"

#include "Tone.h"

#include <QPainter>

#include <array>
#include <cmath>

namespace zc {

QColor ChartStyle::mix(const QColor &a, const QColor &b, qreal t)
{
    return mixColors(a, b, t);
}

ChartStyle::ChartStyle(const QPalette &palette, qreal devicePixelRatio)
    : m_palette(palette)
    , m_dpr(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{}

QColor ChartStyle::background() const
{
    return m_palette.color(QPalette::Base);
}

QColor ChartStyle::text() const
{
    return m_palette.color(QPalette::Text);
}

QColor ChartStyle::mutedText() const
{
    return mix(text(), background(), 0.42);
}

QColor ChartStyle::grid() const
{
    return mix(text(), background(), m_dark ? 0.80 : 0.87);
}

QColor ChartStyle::axis() const
{
    return mix(text(), background(), 0.6);
}

QColor ChartStyle::band() const
{
    QColor c = alert();
    c.setAlpha(m_dark ? 60 : 40);
    return c;
}

QColor ChartStyle::bandEdge() const
{
    QColor c = alert();
    c.setAlpha(170);
    return c;
}

QColor ChartStyle::alert() const
{
    return m_dark ? QColor(0xff, 0x7a, 0x5c) : QColor(0xc8, 0x3a, 0x0a);
}

QColor ChartStyle::warning() const
{
    return m_dark ? QColor(0xff, 0xc2, 0x4d) : QColor(0xb0, 0x6a, 0x00);
}

QColor ChartStyle::highlight() const
{
    return m_palette.color(QPalette::Highlight);
}

QColor ChartStyle::series(int index) const
{
    // Okabe & Ito's colour-blind safe set, without its yellow (unreadable on white).
    static constexpr std::array<QRgb, 6> kColors{0x0072b2, 0xe69f00, 0x009e73,
                                                 0xcc79a7, 0x56b4e9, 0xd55e00};
    const QColor c = QColor::fromRgb(kColors.at(size_t(index < 0 ? 0 : index) % kColors.size()));
    return m_dark ? mix(c, Qt::white, 0.25) : c;
}

qreal ChartStyle::snap(qreal v) const
{
    return std::round(v * m_dpr) / m_dpr;
}

QRectF ChartStyle::snapped(const QRectF &rect) const
{
    const qreal left = snap(rect.left());
    const qreal top = snap(rect.top());
    return QRectF(QPointF(left, top),
                  QPointF(std::max(left, snap(rect.right())), std::max(top, snap(rect.bottom()))));
}

qreal ChartStyle::hairline() const
{
    return std::max(1.0, std::round(m_dpr)) / m_dpr;
}

void ChartStyle::horizontalLine(QPainter &painter, qreal x1, qreal x2, qreal y,
                                const QColor &color) const
{
    const qreal top = snap(y - hairline() / 2);
    painter.fillRect(QRectF(QPointF(snap(x1), top), QPointF(snap(x2), top + hairline())), color);
}

void ChartStyle::verticalLine(QPainter &painter, qreal x, qreal y1, qreal y2,
                              const QColor &color) const
{
    const qreal left = snap(x - hairline() / 2);
    painter.fillRect(QRectF(QPointF(left, snap(y1)), QPointF(left + hairline(), snap(y2))), color);
}

QImage ChartStyle::render(const QSize &logicalSize, qreal devicePixelRatio,
                          const QColor &background, const std::function<void(QPainter &)> &paint)
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(QSize(int(std::ceil(logicalSize.width() * dpr)),
                       int(std::ceil(logicalSize.height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(background);
    QPainter painter(&image);
    paint(painter);
    return image;
}

} // namespace zc
