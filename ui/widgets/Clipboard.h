// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QMimeData;

namespace zc {

// The one way the application puts text on the system clipboard (keepassxc style).
// Sensitive text (one-time passwords, secrets) is marked as concealed for clipboard managers
// and clipboard histories, and is cleared after a timeout and when the application quits,
// but only while the clipboard still holds it: whatever the user copied meanwhile stays.
// The text itself is never logged and never kept: only its SHA-256 is remembered.
class Clipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClearTimeoutMs = 30000;

    explicit Clipboard(QObject *parent = nullptr);
    ~Clipboard() override;

    // The application's instance (created on first use, owned by the application object).
    static Clipboard *instance();

    // Copies text. sensitive: adds the concealed hints and schedules the clear.
    void setText(const QString &text, bool sensitive = false);

    // How long sensitive text stays on the clipboard (default 30 s; tests set it short).
    void setClearTimeout(int ms);
    int clearTimeout() const { return m_clearTimeoutMs; }

    // True while a sensitive text we copied is waiting to be cleared.
    bool isClearPending() const { return m_clearTimer.isActive(); }

    // The mime formats that mark content as concealed, with their values: KDE Klipper
    // ("x-kde-passwordManagerHint" = "secret"), Windows clipboard monitors and history, and
    // the macOS nspasteboard.org convention. Unknown formats are harmless on other systems.
    static void markConcealed(QMimeData *mime);

public Q_SLOTS:
    // Clears the clipboard if it still holds the sensitive text we copied last.
    void clearIfOwned();

Q_SIGNALS:
    // The sensitive text was cleared from the clipboard.
    void cleared();

private:
    QTimer m_clearTimer;
    QByteArray m_ownedHash; // SHA-256 of the sensitive text we copied, empty when none
    int m_clearTimeoutMs = DefaultClearTimeoutMs;
};

} // namespace zc
