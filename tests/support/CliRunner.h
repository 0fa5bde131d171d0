// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The harness of the end-to-end CLI tests: runs the real zconsole-cli binary against a
// SimFixture's in-process simulator, in a throw-away home, with the SDK variables for the
// fixture's secret client, while the event loop keeps spinning so that the simulator keeps
// serving.

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace zc {
struct Profile;
}

namespace zc::test {

class SimFixture;

// The outcome of one run of the CLI.
struct CliRun
{
    bool finished = false; // started, and ended before the time-out
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1; // -1 when it did not start, -2 when it crashed or was killed
    QByteArray out;
    QByteArray err;

    QString all() const { return QString::fromUtf8(out + err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Explains a failed expectation with the run's own output (each stream cut at 4,000 bytes).
QByteArray describe(const CliRun &run);

// A run the test acts on while it goes on (to interrupt it, say). Killed if dropped unfinished.
class CliProcess
{
public:
    CliProcess(CliProcess &&) noexcept;
    CliProcess &operator=(CliProcess &&) noexcept;
    ~CliProcess();

    bool isStarted() const { return m_started; }
    // Sends SIGINT, as Ctrl+C in a terminal does.
    void interrupt();
    // Waits (spinning the event loop) for the end; kills the child after timeoutMs.
    CliRun finish(int timeoutMs);

private:
    friend class CliRunner;
    CliProcess();

    std::unique_ptr<QProcess> m_process;
    bool m_started = false;
};

class CliRunner
{
public:
    static constexpr int kDefaultTimeoutMs = 60000;

    // `program` is the zconsole-cli binary (ZC_CLI_PATH); `sim` must outlive the runner and be
    // started before the first run.
    CliRunner(QString program, const SimFixture &sim, int timeoutMs = kDefaultTimeoutMs);

    // The child's HOME (with XDG_CONFIG_HOME at its "config", XDG_DATA_HOME at its "data").
    const QTemporaryDir &home() const { return m_home; }

    // The system environment without any ZSCALER_*, ZPA_* or *_proxy variable, the throw-away home,
    // and the variables that reach the simulator as the secret client: ZSCALER_CLIENT_ID,
    // ZSCALER_CLIENT_SECRET, ZSCALER_CLOUD=custom, ZSCALER_TOKEN_URL, ZSCALER_API_URL and
    // ZPA_CUSTOMER_ID (the simulator's customer); ZSCALER_CA_FILE when the simulator is on HTTPS.
    QProcessEnvironment environment() const;
    static QProcessEnvironment withoutSdkVariables(QProcessEnvironment env);

    // Stores a profile where the child's settings are (settingsFile()) and, unless `secret` is
    // empty, its client secret in the keychain of this session. False when either fails.
    bool storeProfile(const zc::Profile &profile, const QByteArray &secret = {}) const;
    QString settingsFile() const;

    // Runs the CLI to its end (or the runner's time-out) with `input` on its standard input
    // (none if null) and the standard input closed.
    CliRun run(const QStringList &args) const;
    CliRun run(const QStringList &args, const QProcessEnvironment &env,
               const QByteArray &input = {}) const;
    // Starts the CLI and returns at once; see CliProcess.
    CliProcess start(const QStringList &args, const QProcessEnvironment &env,
                     const QByteArray &input = {}) const;

private:
    QString m_program;
    const SimFixture &m_sim;
    int m_timeoutMs;
    QTemporaryDir m_home;
};

} // namespace zc::test
