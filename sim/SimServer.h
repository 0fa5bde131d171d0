// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimTypes.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace zc::sim {

class ControlEndpoint;
class HttpConnection;
class TenantData;
struct SimDataChange;
struct SimRequest;

// The tenant simulator: a real HTTP(S) server on loopback that reproduces Zscaler OneAPI as
// the notes describe it: ZIdentity's token endpoint, the product APIs under their base paths
// with bearer checks, entitlements, the published rate limits and their headers, read-only
// maintenance, and injectable faults. Everything runs on the thread the server lives in.
class SimServer : public QObject
{
    Q_OBJECT

public:
    explicit SimServer(QObject *parent = nullptr);
    ~SimServer() override;

    // Listens. False (with a sentence in *error) when the port is taken, the identity for
    // HTTPS cannot be generated, or the server was already started.
    bool start(const SimOptions &options = {}, QString *error = nullptr);
    // The same with the tenant's people and machines already generated (for options.seed and
    // options.sizes, e.g. on a worker thread: generating them is the slow part of a start).
    bool start(const SimOptions &options, TenantData tenant, QString *error = nullptr);
    bool isListening() const;
    SimOptions options() const;

    quint16 port() const;
    QUrl baseUrl() const;  // http(s)://127.0.0.1:PORT
    QUrl tokenUrl() const; // baseUrl()/oauth2/v1/token
    QUrl apiUrl() const;   // baseUrl(): the API is served under the product base paths
    QByteArray caCertificatePem() const; // the self-signed certificate when https, else empty
    // The per-run secret the control endpoint asks for (ControlEndpoint::tokenHeader): 64 hex
    // digits, random for each SimServer.
    QByteArray controlToken() const;

    void addClient(const SimClient &client);
    void setTokenLifetime(const QString &clientId, int seconds);
    void revokeAllTokens(); // every issued token now gets 401
    // ZIA/ZTW maintenance: writes get 403 x-zscaler-mode: read-only + STATE_READONLY; GET works.
    void setReadOnly(bool on);
    bool isReadOnly() const;

    void injectFault(const SimFault &fault);
    void clearFaults();
    QList<SimFault> pendingFaults() const;

    int tokenRequestCount() const; // token endpoint calls, successful or not
    // Every request in order (token endpoint included; control endpoint excluded).
    QList<RecordedRequest> recordedRequests() const;
    void clearRecordedRequests();

    // The people and machines of the tenant (ZIdentity users and groups, ZCC and ZDX devices),
    // generated once by start() from SimOptions::seed and ::sizes; empty before start().
    const TenantData &tenantData() const;

    QString ziaActivationStatus() const; // "ACTIVE" or "PENDING"
    void setZiaActivationStatus(const QString &status);
    // Simulated time (deep traces) runs this many times faster than the wall clock; starts at
    // SimOptions::clockScale and can be changed while running (time stays continuous).
    void setClockScale(double scale);
    double clockScale() const;
    // ZTW: pending edits (orgEditStatus EDITS_PRESENT) until the next activation.
    void setZtwActivationPending(bool pending);
    bool isZtwActivationPending() const;
    // Changes the tenant's configuration (rename, set, remove or add a ZPA, ZTW or ZIdentity
    // record; DataChanges). False with a sentence when it cannot be done.
    bool changeData(const SimDataChange &change, QString *error = nullptr);

Q_SIGNALS:
    void requestServed(const zc::sim::RecordedRequest &request);

private:
    struct Private;
    void serve(const SimRequest &request, HttpConnection *connection);

    std::unique_ptr<Private> d;
};

} // namespace zc::sim
