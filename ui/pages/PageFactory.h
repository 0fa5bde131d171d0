// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/Area.h"

class QWidget;

namespace zc {

class Session;

class Page;

// Builds the view of one area. One case per area, so each view is registered in one line.
Page *createPage(Area area, Session *session, QWidget *parent);

} // namespace zc
