// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QWidget;

namespace zc {

// Tells when a widget paints for the first time: what the application does at start that
// takes time (the demo tenant, the profile manager and its keychain reads) waits for the main
// window to be on screen. A slot connected with Qt::QueuedConnection runs once that paint has
// been drawn and flushed.
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    // Watches `widget`, and is its child.
    explicit FirstPaint(QWidget *widget);

    bool hasPainted() const { return m_painted; }

Q_SIGNALS:
    // Once, at the widget's first paint event, before the widget draws itself.
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    bool m_painted = false;
};

} // namespace zc
