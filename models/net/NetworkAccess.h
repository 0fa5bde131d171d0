// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProxySettings.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

class QAuthenticator;
class QNetworkProxy;

namespace zc {

// The network access manager of one ApiClient: its requests take the proxy its
// ProxySettings choose (ProxyFactory), and a proxy that asks for credentials (HTTP 407) gets
// the configured user and password, at most once for each request sent. A proxy that
// refuses them, or asks when none are configured, makes the request fail with
// QNetworkReply::ProxyAuthenticationRequiredError instead of asking again and again; once
// the proxy has refused them, they are not offered again. Nothing here is ever logged.
class NetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit NetworkAccess(QObject *parent = nullptr);
    ~NetworkAccess() override;

    // The proxy settings and the passwords of their https and http servers (copied; wiped
    // when replaced and with the manager).
    void setProxySettings(const ProxySettings &settings, const QByteArray &httpsPassword = {},
                          const QByteArray &httpPassword = {});
    const ProxySettings &proxySettings() const { return m_settings; }

    // "host:port" of the proxy a request to `url` goes through, or empty when it goes direct.
    QString proxyLabel(const QUrl &url) const;
    // Whether a user name is configured for the proxy a request to `url` goes through.
    bool hasProxyCredentials(const QUrl &url) const;

    // How often a proxy asked for credentials and was given them (for tests).
    int proxyAnswers() const { return m_answers; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    struct Login
    {
        const ProxyServer *server = nullptr;
        const QByteArray *password = nullptr;
    };
    Login loginFor(const QString &host, int port) const;
    void answer(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    void wipePasswords();

    ProxySettings m_settings;
    QByteArray m_httpsPassword;
    QByteArray m_httpPassword;
    int m_inFlight = 0;       // requests created and not finished
    int m_pendingAnswers = 0; // answers not yet matched by a finished request
    int m_answers = 0;
    bool m_refused = false;
};

} // namespace zc
