// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SimHttpServer.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace zc::sim {

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

SimHttpServer::~SimHttpServer()
{
    // The connections are children; they go first so that none reports to a half-gone server.
    for (HttpConnection *connection : std::as_const(m_connections))
        connection->disconnect(this);
    qDeleteAll(m_connections);
}

void SimHttpServer::setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

quint16 SimHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server)
        return 0;
    std::unique_ptr<QTcpServer> server;
    if (!m_certificate.isNull()) {
        auto tls = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        tls->setSslConfiguration(configuration);
        server = std::move(tls);
    } else {
        server = std::make_unique<QTcpServer>();
    }
    // With QSslServer, a connection is pending once its TLS handshake succeeded; clients that
    // fail or stall in the handshake are closed by QSslServer itself.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &SimHttpServer::acceptPending);
    if (!server->listen(address, port)) {
        m_error = server->errorString();
        return 0;
    }
    m_server = std::move(server);
    return m_server->serverPort();
}

void SimHttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_limits, m_timeouts, m_handler, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, [this](HttpConnection *done) {
            if (m_connections.remove(done)) {
                done->deleteLater();
                Q_EMIT connectionCountChanged(connectionCount());
            }
        });
        Q_EMIT connectionCountChanged(connectionCount());
        connection->start();
    }
}

} // namespace zc::sim
