// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SimProcess.h"

#include "auth/Secrets.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace zc::bench {

namespace {

// The values of "export NAME='value'" lines.
QHash<QString, QString> readExports(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (QByteArray line : file.readAll().split('\n')) {
        if (!line.startsWith("export "))
            continue;
        line = line.mid(7);
        const qsizetype eq = line.indexOf('=');
        QByteArray value = line.mid(eq + 1);
        if (value.startsWith('\'') && value.endsWith('\''))
            value = value.mid(1, value.size() - 2).replace("'\\''", "'");
        values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(value));
    }
    return values;
}

} // namespace

SimProcess::SimProcess(QString executable)
    : m_executable(std::move(executable))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
}

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList &arguments, QString *error)
{
    QFile::remove(envFile());
    QStringList args = arguments;
    args << u"--env-file"_s << envFile();
    m_process.start(m_executable, args);
    if (!m_process.waitForStarted(10000)) {
        *error = u"cannot start %1: %2"_s.arg(m_executable, m_process.errorString());
        return false;
    }
    // The env file appears once the simulator listens (large tenants take a while to
    // generate). It may be read while it is being written: wait until it is complete.
    const QDeadlineTimer deadline(180000);
    QHash<QString, QString> env;
    while (!deadline.hasExpired()) {
        env = readExports(envFile());
        if (!env.value(u"ZPA_CUSTOMER_ID"_s).isEmpty())
            break;
        if (m_process.state() != QProcess::Running) {
            *error = u"the simulator exited"_s;
            return false;
        }
        QThread::msleep(20);
    }
    if (env.value(u"ZSCALER_TOKEN_URL"_s).isEmpty()) {
        *error = u"the simulator wrote no env file"_s;
        return false;
    }
    m_settings = {};
    m_settings.cloud = Cloud::Custom;
    m_settings.clientId = env.value(u"ZSCALER_CLIENT_ID"_s);
    m_settings.authMethod = AuthMethod::ClientSecret;
    m_settings.tokenUrlOverride = QUrl(env.value(u"ZSCALER_TOKEN_URL"_s));
    m_settings.apiUrlOverride = QUrl(env.value(u"ZSCALER_API_URL"_s));
    m_settings.zpaCustomerId = env.value(u"ZPA_CUSTOMER_ID"_s);
    m_secret = env.value(u"ZSCALER_CLIENT_SECRET"_s).toUtf8();
    m_controlToken = env.value(u"ZSCALER_SIM_CONTROL_TOKEN"_s).toUtf8();
    return true;
}

bool SimProcess::control(const QJsonObject &command, QString *error)
{
    QUrl url = m_settings.apiUrlOverride;
    url.setPath(u"/__sim/control"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Sim-Control-Token", m_controlToken);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(request, QJsonDocument(command).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() == QNetworkReply::NoError)
        return true;
    *error = QString::fromUtf8(reply->readAll());
    return false;
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

Credentials SimProcess::credentials() const
{
    // A buffer of its own: the client wipes its secret when it is done, and a shared copy
    // would wipe this one too (every later client then failed to sign in).
    Credentials c;
    c.clientSecret = secretCopy(m_secret);
    return c;
}

} // namespace zc::bench
