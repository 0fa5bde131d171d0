// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Tone.h"

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
    }
    return palette.color(QPalette::WindowText);
}

} // namespace zc
