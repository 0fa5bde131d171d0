// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimTypes.h"
#include "auth/Credentials.h"
#include "oneapi/ConnectionSettings.h"

#include <QObject>

#include <memory>

namespace zc::sim {
class SimServer;
}

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
    bool isRunning() const;

    // Custom cloud with token and API URL overrides pointing at the simulator.
    ConnectionSettings settings() const;
    // The private key (shared, not copied: wipe the copy you are handed when done).
    Credentials credentials() const;
    // "Demo tenant", translated.
    static QString displayName();

    sim::SimServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<sim::SimServer> m_server;
    PrivateKey m_key;
};

} // namespace zc
