// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace zc {

// A control with the object name tests and settings know it by and the name a
// screen reader says: every control of the page gets both, in one place.
template<typename Widget>
Widget *namedControl(Widget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace zc
