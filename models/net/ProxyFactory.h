// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "NoProxyList.h"
#include "ProxySettings.h"

#include <QHash>
#include <QMutex>
#include <QNetworkProxyFactory>

namespace zc {

// The proxy of each request of one client, from its ProxySettings: the operating system's
// choice (Windows and macOS settings, PAC files; the proxy variables elsewhere), none, or
// the manual servers with their NO_PROXY list. Set on the client's own network access
// manager, so that it applies to the token request and every API request alike, and so that
// Qt's application-wide rule of never proxying loopback hosts does not apply to a manual proxy:
// one the user chose carries every request, the simulator's on 127.0.0.1 included. With the
// system's settings, loopback hosts are still reached directly.
//
// Plain http:// requests (only ever sent to this computer, credentials and tokens included)
// go through a proxy only when that proxy runs on this computer too; otherwise they go
// direct, so that they never cross the network in clear text.
//
// The passwords of manual proxies never pass through here: the proxies returned carry none
// (see NetworkAccess).
class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(const ProxySettings &settings);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    const ProxySettings &settings() const { return m_settings; }

private:
    QList<QNetworkProxy> systemProxies(const QNetworkProxyQuery &query);

    ProxySettings m_settings;
    NoProxyList m_noProxy;
    // The system's answer per scheme, host and port: on Windows and macOS it may run a PAC
    // script, which is slow and must not be repeated for every request.
    QMutex m_mutex;
    QHash<QString, QList<QNetworkProxy>> m_systemAnswers;
};

} // namespace zc
