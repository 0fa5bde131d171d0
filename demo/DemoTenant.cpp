// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DemoTenant.h"

#include "ZpaData.h"

#include "SimServer.h"
#include "TenantData.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace zc {

struct DemoTenant::Prepared
{
    sim::TenantData tenant;
    PrivateKey key;
};

DemoTenant::DemoTenant(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<sim::SimServer>())
{}

DemoTenant::~DemoTenant()
{
    // A start still preparing: its result is dropped, but the thread must end first.
    if (m_worker)
        m_worker->wait();
}

sim::SimOptions DemoTenant::defaultOptions()
{
    sim::SimOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.clockScale = 10.0;
    return options;
}

DemoTenant::Prepared DemoTenant::prepare(const sim::SimOptions &options)
{
    return {sim::TenantData::generate(options.seed, options.sizes), PrivateKey::generateEcP256()};
}

bool DemoTenant::start(const sim::SimOptions &options, QString *error)
{
    if (m_server->isListening())
        return true;
    return finishStart(options, prepare(options), error);
}

void DemoTenant::startInBackground(const sim::SimOptions &options)
{
    if (m_server->isListening() || m_worker) {
        if (m_server->isListening())
            Q_EMIT ready();
        return;
    }
    auto prepared = std::make_shared<Prepared>();
    m_worker.reset(QThread::create([options, prepared] { *prepared = prepare(options); }));
    // Queued to this object's thread; dropped if the DemoTenant is deleted first.
    connect(m_worker.get(), &QThread::finished, this, [this, options, prepared] {
        m_worker->wait(); // `finished` comes just before the thread really ends
        m_worker.reset();
        QString error;
        if (finishStart(options, std::move(*prepared), &error))
            Q_EMIT ready();
        else
            Q_EMIT failed(error);
    });
    m_worker->start();
}

bool DemoTenant::finishStart(const sim::SimOptions &options, Prepared prepared, QString *error)
{
    if (prepared.key.isNull()) {
        if (error)
            *error = tr("The demo tenant could not generate its signing key.");
        return false;
    }
    QString reason;
    if (!m_server->start(options, std::move(prepared.tenant), &reason)) {
        if (error)
            *error = tr("The demo tenant could not start: %1").arg(reason);
        return false;
    }
    m_key = prepared.key;
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
