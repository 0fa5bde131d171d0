// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimTypes.h"
#include "auth/Credentials.h"
#include "oneapi/ConnectionSettings.h"

#include <QObject>

#include <memory>

class QThread;

namespace zc::sim {
class SimServer;
class TenantData;
} // namespace zc::sim

namespace zc {

// The demo tenant: the tenant simulator embedded in the application, on loopback (a free
// port), with one generated API client that signs in with a private-key JWT (a fresh EC P-256
// key, its public half registered in the simulated ZIdentity). Works with no network at all.
// The simulator stops when the DemoTenant is destroyed.
class DemoTenant : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kClientId = "zconsole-demo";
    // The demo's ZPA customer ID (any ID works against the simulator).

    explicit DemoTenant(QObject *parent = nullptr);
    ~DemoTenant() override;

    // The simulator's default data sizes; simulated time runs 10 times faster than the
    // wall clock, so that a 5-minute deep trace completes in 30 seconds.
    static sim::SimOptions defaultOptions();

    // Starts the simulator and registers the client. False (with a translated *error) when
    // it cannot listen.
    bool start(const sim::SimOptions &options = defaultOptions(), QString *error = nullptr);
    // The same without blocking this thread: the tenant's data and the signing key are made on
    // a worker thread (the slow part), then the simulator listens on this one. Emits ready()
    // or failed(); neither once the DemoTenant is deleted.
    void startInBackground(const sim::SimOptions &options = defaultOptions());
    bool isRunning() const;

    // Custom cloud with token and API URL overrides pointing at the simulator.
    ConnectionSettings settings() const;
    // The private key (shared, not copied: wipe the copy you are handed when done).
    Credentials credentials() const;
    // "Demo tenant", translated.
    static QString displayName();

    sim::SimServer *server() const { return m_server.get(); }

Q_SIGNALS:
    void ready();
    void failed(const QString &error);

private:
    // What a start makes before the simulator can listen: thread-safe, no QObject involved.
    struct Prepared;
    static Prepared prepare(const sim::SimOptions &options);
    bool finishStart(const sim::SimOptions &options, Prepared prepared, QString *error);

    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<QThread> m_worker; // while startInBackground() prepares
    PrivateKey m_key;
};

} // namespace zc
