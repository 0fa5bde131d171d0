// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "InterruptWatcher.h"

#include <QTimer>

#include <atomic>
#include <cstdlib>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace zc::platform {

namespace {

// Shared with the handler, which may only touch lock-free atomics (POSIX: async-signal-safe;
// Windows: the handler runs on a thread of its own).
std::atomic<int> g_exitBeforeLoop{-1};
std::atomic<bool> g_loopRunning{false};
std::atomic<InterruptWatcher *> g_watcher{nullptr};
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);

// True when the process must end now because no event loop could take the request.
bool exitsBeforeLoop()
{
    return !g_loopRunning.load() && g_exitBeforeLoop.load() >= 0;
}

#if defined(Q_OS_WIN)

std::atomic<unsigned> g_requests{0};

BOOL WINAPI onConsoleEvent(DWORD type)
{
    const bool interrupt = type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT;
    const bool terminate =
        type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT;
    const unsigned requests = g_requests.load();
    if (!(interrupt && (requests & InterruptWatcher::Interrupt)) &&
        !(terminate && (requests & InterruptWatcher::Terminate)))
        return FALSE; // the next handler (by default: end the process)
    if (exitsBeforeLoop())
        std::_Exit(g_exitBeforeLoop.load());
    if (InterruptWatcher *watcher = g_watcher.load()) {
        QMetaObject::invokeMethod(
            watcher, [watcher] { Q_EMIT watcher->requested(); }, Qt::QueuedConnection);
    }
    return TRUE;
}

#else

int g_pipe[2] = {-1, -1};

extern "C" void onSignal(int)
{
    if (exitsBeforeLoop())
        ::_exit(g_exitBeforeLoop.load());
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

void setSignalHandler(int signal, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signal, &action, nullptr);
}

#endif

} // namespace

InterruptWatcher::InterruptWatcher(Requests requests, QObject *parent)
    : QObject(parent)
    , m_requests(requests)
{
    InterruptWatcher *expected = nullptr;
    if (!g_watcher.compare_exchange_strong(expected, this))
        return; // another watcher is active
    m_active = install();
    if (!m_active)
        g_watcher.store(nullptr);
    // Once the loop runs, requests are delivered as signals.
    QTimer::singleShot(0, this, [] { g_loopRunning.store(true); });
}

InterruptWatcher::~InterruptWatcher()
{
    if (m_active) {
        uninstall();
        g_watcher.store(nullptr);
    }
}

void InterruptWatcher::setExitCodeBeforeEventLoop(int exitCode)
{
    g_exitBeforeLoop.store(exitCode);
}

#if defined(Q_OS_WIN)

bool InterruptWatcher::install()
{
    g_requests.store(unsigned(m_requests.toInt()));
    return SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
}

void InterruptWatcher::uninstall()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_requests.store(0);
    m_notifier = nullptr; // (the POSIX branch's self-pipe reader)
}

#else

bool InterruptWatcher::install()
{
    if (::pipe(g_pipe) != 0)
        return false;
    ::fcntl(g_pipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pipe[1], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK); // a burst of signals never blocks the handler
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(g_pipe[0], &byte, 1);
        Q_EMIT requested();
    });
    m_notifier = notifier;
    if (m_requests & Interrupt)
        setSignalHandler(SIGINT, onSignal);
    if (m_requests & Terminate)
        setSignalHandler(SIGTERM, onSignal);
    return true;
}

void InterruptWatcher::uninstall()
{
    if (m_requests & Interrupt)
        setSignalHandler(SIGINT, SIG_DFL);
    if (m_requests & Terminate)
        setSignalHandler(SIGTERM, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

#endif

} // namespace zc::platform
