// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/Credentials.h"
#include "oneapi/ConnectionSettings.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace zc::bench {

// zconsole-sim in a process of its own (so that its work is not the client's), and the
// connection settings of its demo client read from the env file it writes.
class SimProcess
{
public:
    explicit SimProcess(QString executable);
    ~SimProcess();

    // Starts the simulator with these arguments; false (with a sentence in *error) when it
    // did not come up within a minute.
    bool start(const QStringList &arguments, QString *error);
    void stop();

    ConnectionSettings settings() const { return m_settings; }
    // Posts `command` to the simulator's control endpoint (sim/README.md); false with its
    // answer in *error unless it took it.
    bool control(const QJsonObject &command, QString *error);
    Credentials credentials() const;
    QString envFile() const { return m_dir.filePath(QStringLiteral("sim.env")); }

private:
    QString m_executable;
    QTemporaryDir m_dir;
    QProcess m_process;
    ConnectionSettings m_settings;
    QByteArray m_secret;
    QByteArray m_controlToken;
};

} // namespace zc::bench
