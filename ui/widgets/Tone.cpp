// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Tone.h"

#include <QApplication>
#include <QWidget>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xc0, 0x5a) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Success:
        return dark ? QColor(0x7e, 0xd8, 0x8a) : QColor(0x1e, 0x6e, 0x2a);
    case Tone::Info:
        return dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x1f, 0x55, 0x9a);
    }
    return palette.color(QPalette::WindowText);
}

QColor mixColors(const QColor &a, const QColor &b, qreal t)
{
    const auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    // A light tint stays light and a dark one dark: the tone's text keeps its contrast.
    const qreal share = isDarkPalette(palette) ? 0.16 : 0.12;
    return mixColors(palette.color(QPalette::Base), toneColor(tone, palette), share);
}

QColor neutralBackground(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.1);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString toneFrameStyle(const QString &selector, Tone tone, const QPalette &palette)
{
    return u"%1 { background: %2; border: 1px solid %3; }"
           "%1 QLabel { color: %4; background: transparent; }"_s.arg(
               selector, toneBackground(tone, palette).name(), toneColor(tone, palette).name(),
               palette.color(QPalette::Text).name());
}

QPalette surroundingPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette()
                                  : QApplication::palette(widget);
}

QString toneTextStyle(Tone tone, const QPalette &palette)
{
    return u"color: %1;"_s.arg(toneColor(tone, palette).name());
}

} // namespace zc
