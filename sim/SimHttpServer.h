// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>

class QTcpServer;

namespace zc::sim {

// The socket side of the simulator: a small HTTP/1.1 server on QTcpServer, or QSslServer for
// HTTPS (Qt Network's public API only). Each accepted client gets an HttpConnection, which
// hands every parsed request to one handler together with itself, to answer by hand (see
// RawHttpWriter). No routing here: SimServer decides everything, including 404s.
class SimHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = HttpConnection::Handler;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    // Before listen(): serve HTTPS with this identity (TLS 1.2 or later).
    void setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key);
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    void setTimeouts(const HttpTimeouts &timeouts) { m_timeouts = timeouts; }

    // The port it listens on (the chosen one when `port` is 0), or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_error; }

    // Client connections currently open.
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void connectionCountChanged(int count);

private:
    void acceptPending();

    Handler m_handler;
    HttpLimits m_limits;
    HttpTimeouts m_timeouts;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QTcpServer> m_server;
    QString m_error;
    QSet<HttpConnection *> m_connections;
};

} // namespace zc::sim
