// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "net/ApiError.h"
#include "net/Job.h"

#include <QList>
#include <QObject>

#include <functional>
#include <type_traits>

namespace zc::platform {
class InterruptWatcher;
}

namespace zc {
class ApiClient;
class PagedFetch;
class SecretStore;
} // namespace zc

namespace zc::cli {

// Returned by a command that goes on in the event loop; it ends the run with finish().
inline constexpr int kRunning = -1;

// What every command shares: the global options, the connection (from the environment or
// a stored profile), stdout/stderr, the exit code, and Ctrl-C.
class CliContext : public QObject
{
    Q_OBJECT
public:
    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    void setGlobals(const GlobalOptions &globals) { m_globals = globals; }
    const GlobalOptions &globals() const { return m_globals; }
    OutputFormatter formatter() const;
    bool verbose() const { return m_globals.verbose; }
    // Progress lines go to stderr only when someone watches it (a terminal) or --verbose.
    bool showProgress() const;

    // Builds the connection settings and credentials (environment, or --profile with its
    // secret from the keychain), then an ApiClient, and calls `ready` with it. On a problem
    // it reports on stderr and finishes with UsageError (or the error's exit code).
    void connectClient(std::function<void(ApiClient *client)> ready);
    ApiClient *client() const { return m_client; }

    void printResult(const QByteArray &bytes);

    // Runs a job to its end: Ctrl-C cancels it; when it succeeded `onSuccess(job)` prints
    // what it found (or runs the next job), and once no job is left the run ends with Success
    // (unless onSuccess ended it otherwise); when it failed the error is reported (fail()).
    template<typename J> void run(J *job, std::function<void(std::type_identity_t<J> *)> onSuccess)
    {
        runJob(job, [onSuccess = std::move(onSuccess)](Job *done) {
            onSuccess(static_cast<J *>(done));
        });
    }
    // Runs a paged list to its end as run() does; "Page i of n (r records)." goes to stderr
    // when someone watches, and `render` turns the records into the output.
    void printAllPages(PagedFetch *fetch, std::function<QByteArray(const QJsonArray &)> render);
    // The same, printing the records through formatter() with `columns`: JSON, and CSV with
    // columns, page by page as they arrive (RecordStream); a table once the list is complete.
    void printAllPages(PagedFetch *fetch, const QList<RecordColumn> &columns);
    // CommandParser::parseLeaf(), then the leaf's global options apply to this run.
    std::optional<int> parseLeaf(CommandParser &leaf, const QStringList &args,
                                 GlobalOptions globals);
    // The same for a command without options of its own: `words` and `description` for --help.
    std::optional<int> parseLeaf(const QString &words, const QString &description,
                                 const QStringList &args, GlobalOptions globals);
    void info(const QString &line);
    // Reports the error on stderr (its message names the request ID when there is one) and
    // finishes with exitCodeFor(error).
    void fail(const ApiError &error);
    // An activation that failed: a read-only refusal says plainly that nothing changed.
    void failActivation(const ApiError &error);
    // Reports a sentence on stderr and finishes with `code`.
    void fail(const QString &message, int code);
    // Ends the run with `code` (once; later calls are ignored). Works before and inside the
    // event loop.
    void finish(int code);
    bool isFinished() const { return m_finished; }

    // Ctrl-C cancels what is under way (the client's jobs, a sign-in, and what was
    // registered here) and ends the run with Interrupted.
    void installInterruptHandler();
    void onInterrupt(std::function<void()> cancel);

private:
    // "Page i of n (r records)." on stderr when someone watches.
    void reportPages(PagedFetch *fetch);
    void runJob(Job *job, std::function<void(Job *)> onSuccess);
    void connectFromProfile(std::function<void(ApiClient *)> ready);
    void createClient(const ConnectionSettings &settings, Credentials credentials,
                      const std::function<void(ApiClient *)> &ready);
    // --proxy, else the profile's manual proxy or none, else the proxy variables, else the
    // system's. A translated sentence on a malformed proxy URL.
    QString chooseProxy(ProxySettings *proxy, Credentials *credentials) const;
    void interrupt();

    GlobalOptions m_globals;
    ApiClient *m_client = nullptr; // a child of this context
    SecretStore *m_secrets = nullptr;
    platform::InterruptWatcher *m_interrupts = nullptr;
    QList<std::function<void()>> m_cancelHooks;
    int m_jobs = 0; // run() and not finished
    bool m_finished = false;
};

} // namespace zc::cli
