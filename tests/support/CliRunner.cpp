// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CliRunner.h"

#include "SimFixture.h"
#include "ZpaData.h"
#include "platform/ProcessControl.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QDir>
#include <QSettings>

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace zc::test {

namespace {
constexpr qsizetype kDescribeLimit = 4000;

QByteArray cut(const QByteArray &text)
{
    if (text.size() <= kDescribeLimit)
        return text;
    return text.left(kDescribeLimit) + "\n[... " +
           QByteArray::number(text.size() - kDescribeLimit) + " more bytes]";
}
} // namespace

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\n--- stdout\n" + cut(run.out) +
           "\n--- stderr\n" + cut(run.err);
}

CliProcess::CliProcess()
    : m_process(std::make_unique<QProcess>())
{}

CliProcess::CliProcess(CliProcess &&) noexcept = default;
CliProcess &CliProcess::operator=(CliProcess &&) noexcept = default;

CliProcess::~CliProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void CliProcess::interrupt()
{
    if (m_started && m_process && m_process->state() == QProcess::Running)
        platform::interruptProcess(m_process->processId());
}

CliRun CliProcess::finish(int timeoutMs)
{
    CliRun result;
    if (!m_started || !m_process)
        return result;
    QProcess *process = m_process.get();
    result.finished =
        QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs);
    if (!result.finished) {
        process->kill();
        process->waitForFinished(5000);
    }
    result.exitStatus = process->exitStatus();
    result.exitCode = result.exitStatus == QProcess::NormalExit ? process->exitCode() : -2;
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}

CliRunner::CliRunner(QString program, const SimFixture &sim, int timeoutMs)
    : m_program(std::move(program))
    , m_sim(sim)
    , m_timeoutMs(timeoutMs)
{}

QString CliRunner::settingsFile() const
{
    return m_home.filePath(u"config/ZConsole/ZConsole.conf"_s);
}

bool CliRunner::storeProfile(const Profile &profile, const QByteArray &secret) const
{
    if (!QDir().mkpath(QFileInfo(settingsFile()).absolutePath()))
        return false;
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ProfileStore store(&settings);
        if (!store.save(profile))
            return false;
        settings.sync();
    }
    if (secret.isEmpty())
        return true;
    SecretStore secrets;
    bool written = false;
    SecretStore::Error error = SecretStore::Error::Failed;
    secrets.write(profile.name, SecretKind::ClientSecret, secret, nullptr,
                  [&](SecretStore::Error e, const QString &) {
                      error = e;
                      written = true;
                  });
    return QTest::qWaitFor([&] { return written; }, 20000) && error == SecretStore::Error::None;
}

QProcessEnvironment CliRunner::withoutSdkVariables(QProcessEnvironment env)
{
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        // The proxy variables too: a developer's own proxy must not carry the tests' requests.
        if (key.startsWith("ZSCALER_"_L1) || key.startsWith("ZPA_"_L1) ||
            key.endsWith("_proxy"_L1, Qt::CaseInsensitive))
            env.remove(key);
    }
    return env;
}

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = withoutSdkVariables(QProcessEnvironment::systemEnvironment());
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s)); // the OTP audit list
    // The CLI speaks the system's language: the tests read its English, whatever the
    // developer's desktop is set to (tests of other languages set these themselves).
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"ZSCALER_CLIENT_ID"_s, QString::fromLatin1(SimFixture::kSecretClient));
    env.insert(u"ZSCALER_CLIENT_SECRET"_s, QString::fromLatin1(m_sim.clientSecret()));
    env.insert(u"ZSCALER_CLOUD"_s, u"custom"_s);
    // SimFixture::server() is not const; the URLs come from the settings it hands out.
    const ConnectionSettings settings = m_sim.settings();
    env.insert(u"ZSCALER_TOKEN_URL"_s, settings.tokenUrlOverride.toString());
    env.insert(u"ZSCALER_API_URL"_s, settings.apiUrlOverride.toString());
    env.insert(u"ZPA_CUSTOMER_ID"_s, QString::fromLatin1(sim::ZpaData::kCustomerId));
    if (!settings.caFile.isEmpty()) // a simulator on HTTPS
        env.insert(u"ZSCALER_CA_FILE"_s, settings.caFile);
    return env;
}

CliRun CliRunner::run(const QStringList &args) const
{
    return run(args, environment());
}

CliRun CliRunner::run(const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &input) const
{
    return start(args, env, input).finish(m_timeoutMs);
}

CliProcess CliRunner::start(const QStringList &args, const QProcessEnvironment &env,
                            const QByteArray &input) const
{
    CliProcess child;
    child.m_process->setProcessEnvironment(env);
    child.m_process->start(m_program, args);
    child.m_started = child.m_process->waitForStarted(10000);
    if (!child.m_started)
        return child;
    if (!input.isNull())
        child.m_process->write(input);
    child.m_process->closeWriteChannel();
    return child;
}

} // namespace zc::test
