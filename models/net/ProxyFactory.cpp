// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProxyFactory.h"

#include "oneapi/ConnectionSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QNetworkProxy httpProxy(const ProxyServer &server)
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, server.host, static_cast<quint16>(server.port));
}

bool isDirect(const QNetworkProxy &proxy)
{
    return proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy;
}

} // namespace

ProxyFactory::ProxyFactory(const ProxySettings &settings)
    : m_settings(settings)
    , m_noProxy(settings.noProxy)
{}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QString scheme = url.scheme().toLower();
    QList<QNetworkProxy> proxies;
    switch (m_settings.mode) {
    case ProxySettings::Mode::Direct:
        break;
    case ProxySettings::Mode::Manual: {
        if (m_noProxy.matches(url.host(), url.port(scheme == "http"_L1 ? 80 : 443)))
            break;
        const ProxyServer &server = scheme == "http"_L1 ? m_settings.http : m_settings.https;
        if (server.isSet())
            proxies.append(httpProxy(server));
        break;
    }
    case ProxySettings::Mode::System:
        // As Qt's application-wide proxy does: this computer is reached directly (the demo
        // tenant, a simulator), whatever proxy the system names for the outside world.
        if (!isLoopbackHost(url.host()))
            proxies = systemProxies(query);
        break;
    }
    const bool plainHttp = scheme == "http"_L1;
    proxies.removeIf([plainHttp](const QNetworkProxy &proxy) {
        return isDirect(proxy) || (plainHttp && !isLoopbackHost(proxy.hostName()));
    });
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return proxies;
}

QList<QNetworkProxy> ProxyFactory::systemProxies(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QString key =
        url.scheme().toLower() + u' ' + url.host().toLower() + u' ' + QString::number(url.port(-1));
    QMutexLocker lock(&m_mutex);
    const auto known = m_systemAnswers.constFind(key);
    if (known != m_systemAnswers.cend())
        return *known;
    const QList<QNetworkProxy> answer = QNetworkProxyFactory::systemProxyForQuery(query);
    m_systemAnswers.insert(key, answer);
    return answer;
}

} // namespace zc
