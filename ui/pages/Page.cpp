// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Page.h"

namespace zc {

Page::Page(Area area, Session *session, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_session(session)
{}

} // namespace zc
