// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace zc::platform {

// Ctrl-C, and on request termination, delivered as a Qt signal in the event loop instead of
// in a signal handler: on POSIX systems SIGINT and SIGTERM through a self-pipe, on Windows the
// console's control events (Ctrl-C, Ctrl-Break; closing the console, log-off, shut-down)
// through a queued call. The handlers are process-wide: one watcher at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    enum Request
    {
        Interrupt = 0x1, // Ctrl-C (SIGINT; CTRL_C_EVENT, CTRL_BREAK_EVENT)
        Terminate = 0x2, // SIGTERM; CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT
    };
    Q_DECLARE_FLAGS(Requests, Request)

    explicit InterruptWatcher(Requests requests = Interrupt, QObject *parent = nullptr);
    // Restores the default handling (the process ends on the next Ctrl-C).
    ~InterruptWatcher() override;

    // False when the handlers could not be installed (the default handling stays).
    bool isActive() const { return m_active; }

    // Before the event loop runs nothing could react to the signal (e.g. while a program reads
    // standard input): the process then ends at once with this exit code. Negative (the
    // default): the request waits for the event loop.
    void setExitCodeBeforeEventLoop(int exitCode);

Q_SIGNALS:
    void requested();

private:
    bool install();
    void uninstall();

    Requests m_requests;
    bool m_active = false;
    QObject *m_notifier = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(InterruptWatcher::Requests)

} // namespace zc::platform
