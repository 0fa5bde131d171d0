// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "NetworkAccess.h"

#include "ProxyFactory.h"
#include "auth/Credentials.h"

#include <QAuthenticator>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <algorithm>

namespace zc {

NetworkAccess::NetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{
    setProxySettings({});
    connect(this, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &NetworkAccess::answer);
    connect(this, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        // Credentials the proxy turned down are not offered to it again.
        if (reply->error() == QNetworkReply::ProxyAuthenticationRequiredError && m_answers > 0)
            m_refused = true;
        // Every finished request frees one answer: over a client's life, the proxy gets at
        // most as many answers as requests were sent.
        m_inFlight = std::max(0, m_inFlight - 1);
        m_pendingAnswers = std::clamp(m_pendingAnswers - 1, 0, m_inFlight);
    });
}

NetworkAccess::~NetworkAccess()
{
    wipePasswords();
}

void NetworkAccess::wipePasswords()
{
    secureWipe(m_httpsPassword);
    secureWipe(m_httpPassword);
}

void NetworkAccess::setProxySettings(const ProxySettings &settings, const QByteArray &httpsPassword,
                                     const QByteArray &httpPassword)
{
    wipePasswords();
    m_settings = settings;
    // Copies of their own, so that wiping them never touches the caller's bytes.
    m_httpsPassword = secretCopy(httpsPassword);
    m_httpPassword = secretCopy(httpPassword);
    m_answers = 0;
    m_pendingAnswers = 0;
    m_refused = false;
    setProxyFactory(new ProxyFactory(settings)); // owned by the manager
}

QNetworkReply *NetworkAccess::createRequest(Operation op, const QNetworkRequest &request,
                                            QIODevice *outgoingData)
{
    ++m_inFlight;
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

NetworkAccess::Login NetworkAccess::loginFor(const QString &host, int port) const
{
    if (m_settings.mode != ProxySettings::Mode::Manual)
        return {};
    const std::pair<const ProxyServer *, const QByteArray *> candidates[] = {
        {&m_settings.https, &m_httpsPassword}, {&m_settings.http, &m_httpPassword}};
    for (const auto &[server, password] : candidates) {
        if (server->isSet() && server->port == port &&
            server->host.compare(host, Qt::CaseInsensitive) == 0)
            return {server, password};
    }
    return {};
}

void NetworkAccess::answer(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    const Login login = loginFor(proxy.hostName(), proxy.port());
    // Leaving the authenticator as it is makes Qt end the request with
    // ProxyAuthenticationRequiredError. Qt asks again after refused credentials and does not
    // say for which request it asks: never more answers outstanding than requests under way.
    if (!login.server || login.server->user.isEmpty() || m_refused ||
        m_pendingAnswers >= m_inFlight)
        return;
    ++m_answers;
    ++m_pendingAnswers;
    authenticator->setUser(login.server->user);
    authenticator->setPassword(QString::fromUtf8(*login.password));
}

QString NetworkAccess::proxyLabel(const QUrl &url) const
{
    QNetworkProxyFactory *factory = proxyFactory();
    if (!factory)
        return {};
    const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
            return ProxyServer{proxy.hostName(), proxy.port(), {}}.label();
    }
    return {};
}

bool NetworkAccess::hasProxyCredentials(const QUrl &url) const
{
    QNetworkProxyFactory *factory = proxyFactory();
    if (!factory)
        return false;
    const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
    if (proxies.isEmpty())
        return false;
    const Login login = loginFor(proxies.first().hostName(), proxies.first().port());
    return (login.server && !login.server->user.isEmpty()) || !proxies.first().user().isEmpty();
}

} // namespace zc
