// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QJsonObject>

class QAction;
class QLabel;
class QPushButton;

namespace zc {

class OtpListWidget;
class OtpModel;

// The selected device and its one-time passwords: the device's name and facts, Get OTPs,
// Reveal all, Copy main OTP and Deep traces, the OTPs (masked until revealed) and a line on
// what happened last. Copies go to the clipboard as concealed and clear themselves.
class DeviceOtpPane : public QFrame
{
    Q_OBJECT
public:
    DeviceOtpPane(OtpModel *otps, QWidget *parent = nullptr);

    // The device shown (none: `signedIn` picks the hint), and whether its OTPs are on the way.
    void showDevice(const QJsonObject &device, bool signedIn, bool fetching);
    void setStatus(const QString &text);
    // Copies one OTP (a row of the model), or the main one (OtpModel::mainRow()).
    void copy(int row);
    void copyMain();
    // Reveal all / Hide all, announced to screen readers.
    void toggleRevealAll();

    // The page adds these to itself, so that their shortcuts work anywhere on it.
    QAction *copyMainAction() const { return m_copyMainAction; }
    QAction *deepTracesAction() const { return m_deepTracesAction; }

    QLabel *title() const { return m_title; }
    QLabel *status() const { return m_status; }
    QPushButton *getOtpsButton() const { return m_getOtps; }
    QPushButton *revealAllButton() const { return m_revealAll; }
    QPushButton *copyMainButton() const { return m_copyMain; }
    QPushButton *deepTracesButton() const { return m_deepTraces; }
    OtpListWidget *list() const { return m_list; }

Q_SIGNALS:
    void fetchRequested();
    void deepTracesRequested();

private:
    void updateValueButtons();

    OtpModel *m_otps;
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_getOtps;
    QPushButton *m_revealAll;
    QPushButton *m_copyMain;
    QPushButton *m_deepTraces;
    QAction *m_copyMainAction;
    QAction *m_deepTracesAction;
    OtpListWidget *m_list;
    QLabel *m_status;
};

} // namespace zc
