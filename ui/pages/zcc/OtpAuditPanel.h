// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace zc {

class OtpAuditLog;

// The local audit list of OTP retrievals under a toggle ("Audit list: … (n)"): who read which
// device's one-time passwords from this computer, newest first, and where the list is kept.
// Closed until the toggle opens it.
class OtpAuditPanel : public QWidget
{
    Q_OBJECT
public:
    OtpAuditPanel(OtpAuditLog *log, QWidget *parent = nullptr);

    void setOpen(bool open);
    bool isOpen() const;
    QToolButton *toggle() const { return m_toggle; }
    QTableView *view() const { return m_view; }

private:
    void updateTexts();

    OtpAuditLog *m_log;
    QToolButton *m_toggle;
    QWidget *m_panel;
    QLabel *m_note;
    QTableView *m_view;
};

} // namespace zc
