// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace zc {

// The meaning a coloured text carries.
enum class Tone
{
    Error,
    Warning,
    Success,
    Info,
};

// A text colour for `tone` that reads on the palette's window and base colours: a dark shade
// on a light palette, a light shade on a dark one (the systems' dark modes), so that status
// texts never sit dark red on dark grey. Contrast at least 4.5:1 against both for the usual
// palettes.
QColor toneColor(Tone tone, const QPalette &palette);

// True when the palette's window is dark (a dark mode).
bool isDarkPalette(const QPalette &palette);

// A background that carries the tone (a banner, a badge, a highlighted row): the palette's
// base tinted towards toneColor(), light on a light palette and dark on a dark one, so that
// both toneColor() and the palette's text read on it at 4.5:1 or better.
QColor toneBackground(Tone tone, const QPalette &palette);

// The same background without a tone: a neutral badge or panel, a shade off the base.
QColor neutralBackground(const QPalette &palette);

// `a` moved towards `b` by t (0: a, 1: b), channel by channel.
QColor mixColors(const QColor &a, const QColor &b, qreal t);

// WCAG 2 contrast ratio of two colours, 1 to 21; text wants 4.5 or more.
double contrastRatio(const QColor &a, const QColor &b);

// Style sheet text that colours a label's text with the tone: "color: #rrggbb;". Style
// sheets are used (rather than a widget palette) where the widget already has one.
QString toneTextStyle(Tone tone, const QPalette &palette);

// Style sheet text for a banner or notice frame matched by `selector` ("#errorBanner"): the
// tone's background and border, the palette's text for the labels inside.
QString toneFrameStyle(const QString &selector, Tone tone, const QPalette &palette);

// The palette a widget with its own style sheet sits in: its parent's (a style sheet rewrites
// the widget's own palette), or the application's for a top-level widget.
QPalette surroundingPalette(const QWidget *widget);

} // namespace zc
