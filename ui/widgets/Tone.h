// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>

namespace zc {

// The meaning a coloured text carries.
enum class Tone
{
    Error,
    Warning,
    Success,
};

// A text colour for `tone` that reads on the palette's window and base colours: a dark shade
// on a light palette, a light shade on a dark one (the systems' dark modes), so that status
// texts never sit dark red on dark grey. Contrast at least 4.5:1 against both for the usual
// palettes.
QColor toneColor(Tone tone, const QPalette &palette);

// True when the palette's window is dark (a dark mode).
bool isDarkPalette(const QPalette &palette);

} // namespace zc
