// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CliContext.h"

#include "ExitCodes.h"
#include "auth/TokenProvider.h"
#include "net/ApiClient.h"
#include "net/Pager.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

int g_interruptPipe[2] = {-1, -1};
std::atomic<bool> g_eventLoopRunning{false};

extern "C" void onSigint(int)
{
    // Before the event loop runs (e.g. while reading stdin) there is nothing to cancel.
    if (!g_eventLoopRunning.load())
        ::_exit(Interrupted);
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_interruptPipe[1], &byte, 1);
}

QString activityLine(const ActivityEntry &entry)
{
    QString line = entry.time.toLocalTime().toString(u"HH:mm:ss.zzz"_s) + u' ';
    line += QString::fromLatin1(entry.method) + u' ' + entry.path + u' ';
    line += entry.status > 0 ? QString::number(entry.status) : entry.outcome;
    line += u' ' + QString::number(entry.durationMs) + u" ms"_s;
    if (entry.attempt > 1)
        line += u' ' +
                QCoreApplication::translate("zc::cli::CliContext", "attempt %1").arg(entry.attempt);
    if (!entry.requestId.isEmpty())
        line += u" request-id "_s + entry.requestId;
    return line;
}

} // namespace

CliContext::CliContext(QObject *parent)
    : QObject(parent)
{}

CliContext::~CliContext() = default;

OutputFormatter CliContext::formatter() const
{
    if (m_globals.format)
        return OutputFormatter(*m_globals.format);
    return OutputFormatter(::isatty(STDOUT_FILENO) ? OutputFormatter::Format::Table
                                                   : OutputFormatter::Format::Json);
}

bool CliContext::showProgress() const
{
    return m_globals.verbose || ::isatty(STDERR_FILENO);
}

void CliContext::printResult(const QByteArray &bytes)
{
    writeOut(bytes);
}

void CliContext::printAllPages(PagedFetch *fetch,
                               std::function<QByteArray(const QJsonArray &)> render)
{
    QPointer<PagedFetch> guard(fetch);
    onInterrupt([guard] {
        if (guard)
            guard->cancel();
    });
    if (showProgress()) {
        connect(fetch, &PagedFetch::progress, this, [this](int pages, int totalPages, int records) {
            if (isFinished())
                return;
            info(totalPages > 0 ? tr("Page %1 of %2 (%3 records).")
                                      .arg(pages)
                                      .arg(std::max(pages, totalPages))
                                      .arg(records)
                                : tr("Page %1 (%2 records).").arg(pages).arg(records));
        });
    }
    connect(fetch, &PagedFetch::finished, this,
            [this, render = std::move(render)](const QJsonArray &records) {
                if (isFinished())
                    return;
                printResult(render(records));
                finish(Success);
            });
    connect(fetch, &PagedFetch::failed, this, [this](const ApiError &error) { fail(error); });
    fetch->start();
}

void CliContext::failActivation(const ApiError &error)
{
    if (error.kind == ApiError::Kind::ReadOnly)
        fail(tr("Nothing was activated: %1").arg(error.message()), ApiFailure);
    else
        fail(error);
}

void CliContext::info(const QString &line)
{
    writeErr(line);
}

void CliContext::fail(const ApiError &error)
{
    if (m_finished)
        return;
    writeErr(u"zconsole-cli: "_s + error.message());
    finish(exitCodeFor(error));
}

void CliContext::fail(const QString &message, int code)
{
    if (m_finished)
        return;
    writeErr(u"zconsole-cli: "_s + message);
    finish(code);
}

void CliContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued, so that it also works when called before the event loop runs.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
}

void CliContext::connectClient(std::function<void(ApiClient *)> ready)
{
    if (!m_globals.profile.isEmpty()) {
        connectFromProfile(std::move(ready));
        return;
    }
    ConnectionSettings settings;
    Credentials credentials;
    if (const QString problem = settingsFromEnvironment(&settings, &credentials);
        !problem.isEmpty()) {
        fail(problem, UsageError);
        return;
    }
    createClient(settings, std::move(credentials), ready);
    credentials.wipe();
}

void CliContext::connectFromProfile(std::function<void(ApiClient *)> ready)
{
    ProfileStore store;
    const std::optional<Profile> profile = store.load(m_globals.profile);
    if (!profile) {
        const QStringList names = store.list();
        fail(names.isEmpty()
                 ? tr("There is no profile named \"%1\" (none are stored).").arg(m_globals.profile)
                 : tr("There is no profile named \"%1\". Stored profiles: %2.")
                       .arg(m_globals.profile, names.join(u", "_s)),
             UsageError);
        return;
    }
    const ConnectionSettings settings = profile->settings;
    if (const QString problem = settings.validationError(); !problem.isEmpty()) {
        fail(tr("Profile \"%1\": %2").arg(profile->name, problem), UsageError);
        return;
    }
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    const SecretKind kind = settings.authMethod == AuthMethod::PrivateKey
                                ? SecretKind::PrivateKey
                                : SecretKind::ClientSecret;
    m_secrets->read(profile->name, kind, this,
                    [this, settings, kind, ready](QByteArray secret, SecretStore::Error error,
                                                  const QString &message) {
                        if (m_finished) {
                            secureWipe(secret);
                            return;
                        }
                        if (error != SecretStore::Error::None) {
                            fail(message, exitCodeFor(error));
                            return;
                        }
                        Credentials credentials;
                        if (kind == SecretKind::PrivateKey) {
                            const QString problem = loadPrivateKey(secret, &credentials.privateKey);
                            secureWipe(secret);
                            if (!problem.isEmpty()) {
                                fail(problem, UsageError);
                                return;
                            }
                        } else {
                            credentials.clientSecret = secret;
                            secureWipe(secret);
                        }
                        createClient(settings, std::move(credentials), ready);
                        credentials.wipe();
                    });
}

void CliContext::createClient(const ConnectionSettings &settings, Credentials credentials,
                              const std::function<void(ApiClient *)> &ready)
{
    ConnectionSettings effective = settings;
    if (!m_globals.caFile.isEmpty())
        effective.caFile = m_globals.caFile;
    m_client = new ApiClient(effective, std::move(credentials), this);
    credentials.wipe();
    connect(m_client, &ApiClient::waiting, this,
            [this](Product product, int seconds, WaitReason reason) {
                if (!m_finished)
                    info(waitMessage(product, seconds, reason));
            });
    if (m_globals.verbose) {
        connect(m_client, &ApiClient::activity, this, [this](const ActivityEntry &entry) {
            if (entry.kind != ActivityEntry::Kind::Wait)
                info(activityLine(entry));
        });
    }
    if (const ApiError problem = m_client->setupError(); problem.isError()) {
        fail(problem);
        return;
    }
    ready(m_client);
}

void CliContext::installInterruptHandler()
{
    if (::pipe(g_interruptPipe) != 0)
        return;
    ::fcntl(g_interruptPipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_interruptPipe[1], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_interruptPipe[1], F_SETFL, O_NONBLOCK);
    m_interruptNotifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, this);
    connect(m_interruptNotifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(g_interruptPipe[0], &byte, 1);
        interrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    QTimer::singleShot(0, this, [] { g_eventLoopRunning.store(true); });
}

void CliContext::onInterrupt(std::function<void()> cancel)
{
    m_cancelHooks.append(std::move(cancel));
}

void CliContext::interrupt()
{
    if (m_finished)
        return;
    // Finish first, so that the failures the cancellations report are not printed.
    finish(Interrupted);
    for (const auto &cancel : std::as_const(m_cancelHooks))
        cancel();
    if (m_client) {
        m_client->cancelAll();
        m_client->tokenProvider()->reset();
    }
    info(tr("Interrupted: the requests under way were cancelled."));
}

} // namespace zc::cli
