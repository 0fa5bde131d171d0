// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QImage>
#include <QPalette>
#include <QRectF>

#include <functional>

class QPainter;

namespace zc {

// What the chart widgets (TimeSeriesChart, CloudPathDiagram) share: colours that follow the
// palette, light or dark, and drawing that stays sharp at any device pixel ratio.
//
// Sharp: grid lines, axes, bars and boxes are filled rectangles whose edges fall on device
// pixels (at 150 % a logical pixel is 1.5 device pixels, so anything on a half pixel would be
// smeared over two). Hairlines are whole device pixels wide: one at 100 %, two at 150 % and
// 200 %. Curves and text are antialiased as usual.
//
// Colours: the series take a colour-blind safe set (Okabe and Ito), lightened on a dark base
// so they keep their contrast; text, grid and background come from the palette.
class ChartStyle
{
public:
    ChartStyle(const QPalette &palette, qreal devicePixelRatio);

    bool isDark() const { return m_dark; }
    qreal devicePixelRatio() const { return m_dpr; }

    QColor background() const; // QPalette::Base
    QColor text() const;       // QPalette::Text
    QColor mutedText() const;  // text halfway to the background
    QColor grid() const;       // faint lines
    QColor axis() const;       // the zero line and frames
    QColor band() const;       // a threshold band's shading (translucent)
    QColor bandEdge() const;   // its edge line
    QColor alert() const;      // what stands out as bad (lossy hop, threshold crossed)
    QColor warning() const;    // what stands out as slow
    QColor highlight() const;  // QPalette::Highlight, for the selected / slowest sample
    QColor series(int index) const;
    // a, moved towards b by t (0..1), in whole 8-bit channels so that it reads back exactly.
    static QColor mix(const QColor &a, const QColor &b, qreal t);

    // A logical coordinate moved onto the nearest device pixel edge.
    qreal snap(qreal v) const;
    QRectF snapped(const QRectF &rect) const;
    // The width of a hairline in logical pixels (whole device pixels, at least one).
    qreal hairline() const;
    // Sharp hairlines: filled, aligned rectangles.
    void horizontalLine(QPainter &painter, qreal x1, qreal x2, qreal y, const QColor &color) const;
    void verticalLine(QPainter &painter, qreal x, qreal y1, qreal y2, const QColor &color) const;

    // Paints into an image of `logicalSize` logical pixels at this device pixel ratio (an
    // exported PNG at 2 is sharp on a high-density screen and in a document).
    static QImage render(const QSize &logicalSize, qreal devicePixelRatio, const QColor &background,
                         const std::function<void(QPainter &)> &paint);

private:
    QPalette m_palette;
    qreal m_dpr;
    bool m_dark;
};

} // namespace zc
