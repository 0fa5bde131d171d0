// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A real HTTP proxy on a free loopback port, on Qt Network alone, for the proxy tests: it
// forwards absolute-form requests ("GET http://host:port/path HTTP/1.1") to their server
// and tunnels CONNECT requests (for https://), and when told to, demands
// "Proxy-Authorization: Basic" with one user and password and answers anything else with
// 407 and "Proxy-Authenticate: Basic". It counts what it did, so that a test can tell that
// requests really went through it, and that a refused client did not ask again and again.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTcpServer;

namespace zc::test {

class TestProxy : public QObject
{
    Q_OBJECT
public:
    explicit TestProxy(QObject *parent = nullptr);
    ~TestProxy() override;

    // Listens on 127.0.0.1, on a free port. False (with *error) on failure.
    bool start(QString *error = nullptr);
    QString host() const;
    int port() const;
    // "http://[user:password@]127.0.0.1:port", user and password percent-encoded.
    QString url(const QString &user = {}, const QString &password = {}) const;

    // From now on, requests must carry these credentials (an empty user: none needed).
    void requireCredentials(const QString &user, const QString &password);

    int forwarded() const { return m_forwarded; }             // absolute-form requests passed on
    int tunnels() const { return m_tunnels; }                 // CONNECT tunnels opened
    int refused() const { return m_refused; }                 // 407 answers
    int withCredentials() const { return m_withCredentials; } // requests with any credentials
    // "GET http://127.0.0.1:1234/oauth2/v1/token" or "CONNECT 127.0.0.1:1234", one per
    // request received (refused ones too), without query strings.
    QStringList requests() const { return m_requests; }
    void resetCounts();

private:
    friend class ProxyConnection;
    // Whether a request with this Proxy-Authorization value may pass (and counts it).
    bool admit(const QString &line, const QByteArray &authorization);

    QTcpServer *m_server;
    QByteArray m_expected; // "Basic base64(user:password)"; empty: no authentication
    int m_forwarded = 0;
    int m_tunnels = 0;
    int m_refused = 0;
    int m_withCredentials = 0;
    QStringList m_requests;
};

} // namespace zc::test
