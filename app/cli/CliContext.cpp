// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CliContext.h"

#include "ExitCodes.h"
#include "RecordStream.h"
#include "auth/TokenProvider.h"
#include "net/ApiClient.h"
#include "net/Pager.h"
#include "net/ProxyEnvironment.h"
#include "platform/InterruptWatcher.h"
#include "platform/Terminal.h"
#include "profiles/ProfileRepository.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

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
    return OutputFormatter(platform::isTerminal(platform::StandardStream::Output)
                               ? OutputFormatter::Format::Table
                               : OutputFormatter::Format::Json);
}

bool CliContext::showProgress() const
{
    return m_globals.verbose || platform::isTerminal(platform::StandardStream::Error);
}

void CliContext::printResult(const QByteArray &bytes)
{
    writeOut(bytes);
}

void CliContext::runJob(Job *job, std::function<void(Job *)> onSuccess)
{
    QPointer<Job> guard(job);
    onInterrupt([guard] {
        if (guard)
            guard->cancel();
    });
    ++m_jobs;
    connect(job, &Job::succeeded, this, [this, onSuccess = std::move(onSuccess)](Job *done) {
        --m_jobs;
        if (isFinished())
            return;
        onSuccess(done);
        if (m_jobs == 0)
            finish(Success);
    });
    connect(job, &Job::failed, this, [this](Job *, const ApiError &error) {
        --m_jobs;
        fail(error);
    });
    if (job->status() == Job::Status::Ready)
        job->startLater();
}

void CliContext::printAllPages(PagedFetch *fetch,
                               std::function<QByteArray(const QJsonArray &)> render)
{
    reportPages(fetch);
    run(fetch, [this, render = std::move(render)](PagedFetch *done) {
        printResult(render(done->records()));
    });
}

void CliContext::printAllPages(PagedFetch *fetch, const QList<RecordColumn> &columns)
{
    const OutputFormatter format = formatter();
    if (!RecordStream::canStream(format, columns)) {
        printAllPages(fetch, [format, columns](const QJsonArray &records) {
            return format.records(records, columns);
        });
        return;
    }
    // Page by page: the CLI holds a page, not the list. A failure after the first page still
    // closes the document, so that what was printed stays valid (the exit code says it is
    // incomplete).
    reportPages(fetch);
    fetch->setKeepRecords(false);
    auto stream = std::make_shared<RecordStream>(format, columns);
    connect(fetch, &PagedFetch::pageArrived, this, [this, stream](const QJsonArray &records) {
        if (!isFinished())
            printResult(stream->page(records));
    });
    connect(fetch, &Job::failed, this, [this, stream] {
        if (!isFinished() && stream->hasStarted())
            printResult(stream->end());
    });
    run(fetch, [this, stream](PagedFetch *) { printResult(stream->end()); });
}

void CliContext::reportPages(PagedFetch *fetch)
{
    if (!showProgress())
        return;
    connect(fetch, &PagedFetch::progress, this, [this](int pages, int totalPages, int records) {
        if (isFinished())
            return;
        info(totalPages > 0 ? tr("Page %1 of %2 (%Ln record(s)).", nullptr, records)
                                  .arg(pages)
                                  .arg(std::max(pages, totalPages))
                            : tr("Page %1 (%Ln record(s)).", nullptr, records).arg(pages));
    });
}

std::optional<int> CliContext::parseLeaf(CommandParser &leaf, const QStringList &args,
                                         GlobalOptions globals)
{
    if (const auto done = leaf.parseLeaf(args, &globals))
        return done;
    setGlobals(globals);
    return std::nullopt;
}

std::optional<int> CliContext::parseLeaf(const QString &words, const QString &description,
                                         const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(words, description, false);
    return parseLeaf(leaf, args, globals);
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
    ProfileRepository profiles(&store, m_secrets);
    QByteArray passphrase = keyPassphraseFromEnvironment();
    profiles.readCredentials(
        *profile, this,
        [this, settings, ready](Credentials credentials, const ProfileResult &result) {
            if (m_finished) {
                credentials.wipe();
                return;
            }
            if (!result.ok()) {
                if (result.error == ProfileResult::Error::KeyUnusable)
                    fail(keyProblemMessage(result.keyError), UsageError);
                else if (result.error == ProfileResult::Error::Keychain)
                    fail(result.message, exitCodeFor(result.keychainError));
                else
                    fail(result.message, UsageError);
                return;
            }
            createClient(settings, std::move(credentials), ready);
            credentials.wipe();
        },
        passphrase);
    secureWipe(passphrase);
}

void CliContext::createClient(const ConnectionSettings &settings, Credentials credentials,
                              const std::function<void(ApiClient *)> &ready)
{
    ConnectionSettings effective = settings;
    if (!m_globals.caFile.isEmpty())
        effective.caFile = m_globals.caFile;
    if (const QString problem = chooseProxy(&effective.proxy, &credentials); !problem.isEmpty()) {
        credentials.wipe();
        fail(problem, UsageError);
        return;
    }
    m_client = new ApiClient(effective, std::move(credentials), this);
    credentials.wipe();
    PagingGuard::setDefaultLimits(m_globals.paging);
    if (m_globals.verbose) {
        const QString proxy = m_client->network()->proxyLabel(effective.tokenUrl());
        info(proxy.isEmpty() ? tr("Signing in without a proxy.")
                             : tr("Signing in through the proxy %1.").arg(proxy));
    }
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

QString CliContext::chooseProxy(ProxySettings *proxy, Credentials *credentials) const
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (m_globals.proxy)
        return proxyFromOption(*m_globals.proxy, environment, proxy, credentials);
    // A profile's own choice (a manual proxy, or none) wins over the environment.
    if (proxy->mode != ProxySettings::Mode::System || !environmentNamesProxy(environment))
        return {};
    return proxyFromEnvironment(environment, proxy, credentials);
}

void CliContext::installInterruptHandler()
{
    if (m_interrupts)
        return;
    m_interrupts = new platform::InterruptWatcher(platform::InterruptWatcher::Interrupt, this);
    // Before the event loop runs (e.g. while reading stdin) there is nothing to cancel.
    m_interrupts->setExitCodeBeforeEventLoop(Interrupted);
    connect(m_interrupts, &platform::InterruptWatcher::requested, this, &CliContext::interrupt);
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
