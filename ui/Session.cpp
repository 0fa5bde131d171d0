// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Session.h"

#include "DemoLauncher.h"
#include "activity/ActivityModel.h"
#include "auth/TokenProvider.h"
#include "net/ApiClient.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "zconsole.session")

namespace zc {

namespace {
QString tenantNameOf(const ConnectionSettings &settings)
{
    if (!settings.vanityDomain.isEmpty())
        return settings.vanityDomain;
    return settings.apiHost().host();
}
} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_activity(new ActivityModel(this))
{}

Session::~Session()
{
    end();
}

void Session::start(const QString &profileName, const ConnectionSettings &settings,
                    Credentials credentials)
{
    end();
    attach(profileName, tenantNameOf(settings), settings, std::move(credentials));
}

bool Session::startDemo(QString *error)
{
    end();
    if (!m_demoLauncher) {
        if (error)
            *error = noDemoMessage();
        return false;
    }
    ConnectionSettings settings;
    Credentials credentials;
    QObject *demo = m_demoLauncher->start(this, &settings, &credentials, error);
    if (!demo)
        return false;
    m_demo = demo;
    const QString name = m_demoLauncher->displayName();
    attach(name, name, settings, std::move(credentials));
    credentials.wipe();
    return true;
}

void Session::startDemoInBackground()
{
    end();
    if (!m_demoLauncher) {
        Q_EMIT demoFailed(noDemoMessage());
        return;
    }
    m_demo = m_demoLauncher->startInBackground(
        this,
        [this](const QString &error, const ConnectionSettings &settings, Credentials credentials) {
            if (!error.isEmpty()) {
                end();
                Q_EMIT demoFailed(error);
                return;
            }
            const QString name = m_demoLauncher->displayName();
            attach(name, name, settings, std::move(credentials));
            credentials.wipe();
        });
    m_profileName = m_tenantName = m_demoLauncher->displayName();
    setState(State::Starting);
}

QString Session::noDemoMessage() const
{
    return tr("This build of ZConsole has no demo tenant.");
}

void Session::attach(const QString &profileName, const QString &tenantName,
                     const ConnectionSettings &settings, Credentials credentials)
{
    m_profileName = profileName;
    m_tenantName = tenantName;
    m_signInError = {};
    m_expiresAt = {};
    m_lifetimeSeconds = 0;
    m_readOnly.clear();
    m_activity->clear();

    auto *client = new ApiClient(settings, std::move(credentials), this);
    credentials.wipe(); // moved from; nothing should be left, but make sure
    m_client = client;
    connect(client, &ApiClient::activity, this, &Session::onActivity);
    connect(client, &ApiClient::waiting, this, &Session::waiting);
    connect(client, &ApiClient::readOnlyDetected, this, &Session::onReadOnly);
    connect(client->rateLimiter(), &RateLimiter::budgetChanged, this, &Session::budgetChanged);
    TokenProvider *tokens = client->tokenProvider();
    connect(tokens, &TokenProvider::signedIn, this,
            [this](const QDateTime &expiresAt, int lifetimeSeconds) {
                m_expiresAt = expiresAt;
                m_lifetimeSeconds = lifetimeSeconds;
                m_signInError = {};
                Q_EMIT tokenChanged(expiresAt, lifetimeSeconds);
                setState(State::SignedIn);
            });
    connect(tokens, &TokenProvider::signInFailed, this, [this](const ApiError &error) {
        m_signInError = error;
        m_expiresAt = {};
        m_lifetimeSeconds = 0;
        Q_EMIT tokenChanged({}, 0);
        setState(State::SignInFailed);
    });
    qCInfo(lcSession).noquote() << "Session started for profile" << profileName;
    Q_EMIT started();
    signIn();
}

void Session::end()
{
    const bool wasActive = m_client || m_demo;
    if (m_client) {
        ApiClient *client = m_client;
        m_client = nullptr;
        client->disconnect(this);
        client->rateLimiter()->disconnect(this);
        client->tokenProvider()->disconnect(this);
        client->cancelAll();
        // Deleting the client deletes its token provider, which wipes the credentials and
        // the token. Later, in case a job of this client is calling us right now.
        client->deleteLater();
    }
    if (m_demo) {
        QObject *demo = m_demo;
        m_demo = nullptr;
        demo->deleteLater();
    }
    m_profileName.clear();
    m_tenantName.clear();
    m_signInError = {};
    m_expiresAt = {};
    m_lifetimeSeconds = 0;
    if (!m_readOnly.isEmpty()) {
        const QList<Product> products = readOnlyProducts();
        m_readOnly.clear();
        for (Product product : products)
            Q_EMIT readOnlyChanged(product, false, {});
    }
    if (wasActive) {
        setState(State::SignedOut);
        Q_EMIT ended();
    }
}

void Session::signIn()
{
    if (!m_client)
        return;
    if (const ApiError problem = m_client->setupError()) {
        m_signInError = problem;
        setState(State::SignInFailed);
        return;
    }
    if (m_state != State::SignedIn)
        setState(State::SigningIn);
    // The token itself stays in the provider; the state follows its signals.
    m_client->tokenProvider()->requestToken(this, [this](const QByteArray &, const ApiError &e) {
        if (e && e.kind != ApiError::Kind::Cancelled && m_state != State::SignInFailed) {
            m_signInError = e;
            setState(State::SignInFailed);
        }
    });
}

qint64 Session::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return 0;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
}

RateBudget Session::budget(Product product) const
{
    return m_client ? m_client->rateLimiter()->budget(product) : RateBudget{};
}

QList<Product> Session::readOnlyProducts() const
{
    QList<Product> products;
    for (Product product : allProducts) {
        if (m_readOnly.contains(int(product)))
            products.append(product);
    }
    return products;
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::onActivity(const ActivityEntry &entry)
{
    m_activity->append(entry);
    if (m_diagnosticLog)
        m_diagnosticLog->append(entry);
    // A change the product accepted again ends its read-only mode.
    if (entry.kind == ActivityEntry::Kind::Request && entry.product && isReadOnly(*entry.product) &&
        entry.method != "GET" && entry.method != "HEAD" && entry.status / 100 == 2) {
        m_readOnly.remove(int(*entry.product));
        Q_EMIT readOnlyChanged(*entry.product, false, {});
    }
}

void Session::clearReadOnly(Product product)
{
    if (m_readOnly.remove(int(product)) > 0)
        Q_EMIT readOnlyChanged(product, false, {});
}

void Session::onReadOnly(Product product, const QString &message)
{
    const bool changed =
        !m_readOnly.contains(int(product)) || m_readOnly.value(int(product)) != message;
    m_readOnly.insert(int(product), message);
    if (changed)
        Q_EMIT readOnlyChanged(product, true, message);
}

} // namespace zc
