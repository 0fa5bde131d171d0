// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QList>

namespace zc {

// The sizes in which the application icon is drawn (resources/icons/png), smallest first.
QList<int> applicationIconSizes();

// ZConsole's icon with every drawn size, so that Qt picks an exact or larger image at any
// scale (16 px at 200 % takes the 32 px drawing) instead of blowing up a small one.
QIcon applicationIcon();

} // namespace zc
