// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The shared test fixture: a tenant simulator on a free loopback port, registered clients
// for each sign-in method, and helpers that wait for jobs while the event loop keeps the
// simulator serving.

#include "SimServer.h"
#include "SimTypes.h"
#include "auth/Credentials.h"
#include "auth/PrivateKey.h"
#include "net/ApiClient.h"
#include "oneapi/ConnectionSettings.h"

#include <QTemporaryDir>

#include <memory>

namespace zc::test {

class SimFixture
{
public:
    static constexpr auto kSecretClient = "secret-client";
    static constexpr auto kRsaClient = "rsa-client";
    static constexpr auto kEcClient = "ec-client";

    explicit SimFixture(const sim::SimOptions &options = {});
    ~SimFixture();

    // Starts the simulator and registers the clients. False (with *error) on failure.
    bool start(QString *error = nullptr);

    sim::SimServer &server() { return *m_server; }

    // Settings that reach the simulator: custom cloud, token and API URL overrides, and the
    // simulator's CA file when it serves HTTPS.
    ConnectionSettings settings(const QString &clientId = QString::fromLatin1(kSecretClient),
                                AuthMethod method = AuthMethod::ClientSecret) const;
    Credentials secretCredentials() const;
    Credentials keyCredentials(KeyType type) const;

    // A client signed in with the secret (Basic) by default.
    std::unique_ptr<ApiClient> makeClient() const;
    std::unique_ptr<ApiClient> makeClient(const ConnectionSettings &settings,
                                          Credentials credentials) const;

    QByteArray clientSecret() const { return m_secret; }
    const PrivateKey &rsaKey() const { return m_rsa; }
    const PrivateKey &ecKey() const { return m_ec; }
    QString caFile() const { return m_caFile; }

    // Requests the simulator recorded whose path ends with `suffix` (and method, if given).
    int countRequests(const QString &suffix, const QByteArray &method = {}) const;

    // The tenant behaves again: no faults left, not read-only (a fault test's cleanup()).
    void restoreTenant();

private:
    std::unique_ptr<sim::SimServer> m_server;
    sim::SimOptions m_options;
    QTemporaryDir m_dir;
    QString m_caFile;
    QByteArray m_secret;
    PrivateKey m_rsa;
    PrivateKey m_ec;
};

// A tenant small enough that a test lists or snapshots all of it in moments: 20 segments,
// 30 users with 10 devices, 5 groups; the other sizes as by default.
sim::SimOptions smallTenant();

// Waits (spinning the event loop) until the job finishes; false on time-out. The job is kept
// alive afterwards; when waiting for several jobs in turn, setAutoDelete(false) on each first.
bool waitForJob(Job *job, int timeoutMs = 20000);

} // namespace zc::test
