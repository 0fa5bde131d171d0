// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DemoTenant.h"

#include "ZpaData.h"

#include "SimServer.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

DemoTenant::DemoTenant(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<sim::SimServer>())
{}

DemoTenant::~DemoTenant() = default;

sim::SimOptions DemoTenant::defaultOptions()
{
    sim::SimOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.clockScale = 10.0;
    return options;
}

bool DemoTenant::start(const sim::SimOptions &options, QString *error)
{
    if (m_server->isListening())
        return true;
    QString reason;
    if (!m_server->start(options, &reason)) {
        if (error)
            *error = tr("The demo tenant could not start: %1").arg(reason);
        return false;
    }
    m_key = PrivateKey::generateEcP256();
    if (m_key.isNull()) {
        if (error)
            *error = tr("The demo tenant could not generate its signing key.");
        return false;
    }
    sim::SimClient client;
    client.clientId = QString::fromLatin1(kClientId);
    client.publicKeyPem = m_key.publicKeyPem();
    client.tokenLifetimeSeconds = 3600;
    m_server->addClient(client);
    return true;
}

bool DemoTenant::isRunning() const
{
    return m_server->isListening();
}

ConnectionSettings DemoTenant::settings() const
{
    ConnectionSettings s;
    s.cloud = Cloud::Custom;
    s.clientId = QString::fromLatin1(kClientId);
    s.authMethod = AuthMethod::PrivateKey;
    s.zpaCustomerId =
        QString::fromLatin1(sim::ZpaData::kCustomerId); // the tenant the simulator serves
    s.tokenUrlOverride = m_server->tokenUrl();
    s.apiUrlOverride = m_server->apiUrl();
    return s;
}

Credentials DemoTenant::credentials() const
{
    Credentials credentials;
    credentials.privateKey = m_key;
    return credentials;
}

QString DemoTenant::displayName()
{
    return tr("Demo tenant");
}

} // namespace zc
