// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/Credentials.h"
#include "net/ApiClient.h"
#include "net/ApiError.h"
#include "net/DiagnosticLog.h"
#include "net/HttpLog.h"
#include "net/RateLimiter.h"
#include "oneapi/ConnectionSettings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace zc {

class ActivityModel;
class DemoLauncher;

// The signed-in connection the main window shows: the ApiClient of one profile (or of the
// demo tenant), its sign-in state and token expiry, the rate budget and read-only state per
// product, and the activity log. No widgets, and nothing of the simulator: the demo tenant
// comes from a DemoLauncher the application hands over. Ending a session (sign out, switch
// profile) cancels its requests, tears the client down and wipes its credentials.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,
        Starting, // the demo tenant is being started in the background; no client yet
        SigningIn,
        SignedIn,
        SignInFailed
    };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Ends the current session, then creates a client for this profile and signs in. The
    // credentials move into the client (and are wiped with it).
    void start(const QString &profileName, const ConnectionSettings &settings,
               Credentials credentials);
    // Where the demo tenant comes from (not owned; must outlive the session). Without one,
    // there is no demo.
    void setDemoLauncher(DemoLauncher *launcher) { m_demoLauncher = launcher; }
    bool canStartDemo() const { return m_demoLauncher != nullptr; }
    // Ends the current session, starts the demo tenant and signs in to it. False (with a
    // translated *error) when there is no demo or it cannot start.
    bool startDemo(QString *error = nullptr);
    // The same without blocking the UI thread: the state is Starting until the demo tenant
    // listens, then the session signs in to it. When it cannot start: demoFailed, signed out.
    void startDemoInBackground();
    // Cancels every request, drops the client and its credentials, stops the demo tenant.
    void end();

    bool isActive() const { return m_client != nullptr; }
    bool isDemo() const { return m_demo != nullptr; }
    ApiClient *client() const { return m_client; }
    // The running demo tenant (what the launcher returned), or null.
    QObject *demoTenant() const { return m_demo; }
    ActivityModel *activity() const { return m_activity; }
    // The file support reads: every activity line goes there too (null: no file).
    void setDiagnosticLog(DiagnosticLog *log) { m_diagnosticLog = log; }
    DiagnosticLog *diagnosticLog() const { return m_diagnosticLog; }

    QString profileName() const { return m_profileName; }
    // The vanity domain, "Demo tenant", or the API host of a custom cloud.
    QString tenantName() const { return m_tenantName; }

    State state() const { return m_state; }
    ApiError signInError() const { return m_signInError; }
    QDateTime tokenExpiresAt() const { return m_expiresAt; }
    int tokenLifetimeSeconds() const { return m_lifetimeSeconds; }
    // Seconds until the token expires (0 when expired or without a token).
    qint64 secondsLeft() const;

    RateBudget budget(Product product) const;
    bool isReadOnly(Product product) const { return m_readOnly.contains(int(product)); }
    QString readOnlyMessage(Product product) const { return m_readOnly.value(int(product)); }
    // Forgets a product's read-only mode, e.g. when the user believes maintenance is over;
    // the next refused write reports it again.
    void clearReadOnly(Product product);
    QList<Product> readOnlyProducts() const;

public Q_SLOTS:
    // Asks for a token now (start() does); the answer arrives through stateChanged.
    void signIn();

Q_SIGNALS:
    void started();
    void demoFailed(const QString &error);
    void ended();
    void stateChanged(zc::Session::State state);
    void tokenChanged(const QDateTime &expiresAt, int lifetimeSeconds);
    void budgetChanged(zc::Product product, const zc::RateBudget &budget);
    void readOnlyChanged(zc::Product product, bool readOnly, const QString &message);
    void waiting(zc::Product product, int seconds, zc::WaitReason reason);

private:
    void attach(const QString &profileName, const QString &tenantName,
                const ConnectionSettings &settings, Credentials credentials);
    void setState(State state);
    QString noDemoMessage() const;
    void onActivity(const ActivityEntry &entry);
    void onReadOnly(Product product, const QString &message);

    QPointer<ApiClient> m_client;
    DemoLauncher *m_demoLauncher = nullptr;
    QPointer<QObject> m_demo;
    ActivityModel *m_activity;
    QPointer<DiagnosticLog> m_diagnosticLog;
    QString m_profileName;
    QString m_tenantName;
    State m_state = State::SignedOut;
    ApiError m_signInError;
    QDateTime m_expiresAt;
    int m_lifetimeSeconds = 0;
    QHash<int, QString> m_readOnly; // key: product
};

} // namespace zc
