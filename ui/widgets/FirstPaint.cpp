// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "FirstPaint.h"

#include <QEvent>
#include <QWidget>

namespace zc {

FirstPaint::FirstPaint(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_widget->removeEventFilter(this);
        Q_EMIT painted();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace zc
