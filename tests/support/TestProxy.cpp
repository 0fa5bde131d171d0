// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TestProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace zc::test {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;

const QByteArray kRefusal = "HTTP/1.1 407 Proxy Authentication Required\r\n"
                            "Proxy-Authenticate: Basic realm=\"zconsole-test-proxy\"\r\n"
                            "Content-Length: 0\r\n\r\n";
} // namespace

// One client connection: requests one after the other, each refused, forwarded (the answer
// relayed until the server closes) or turned into a tunnel.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(TestProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::close);
    }

private:
    enum class State
    {
        ReadingHead,
        Forwarding,
        Tunnel,
    };

    // Closes both sides; the object goes once the client's side is closed (after what was
    // written to it has left).
    void close()
    {
        if (m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->disconnectFromHost();
        }
        if (m_client->state() == QAbstractSocket::UnconnectedState) {
            deleteLater();
            return;
        }
        if (!m_closing) {
            m_closing = true;
            m_client->disconnectFromHost();
        }
    }

    void onClientData()
    {
        m_buffer += m_client->readAll();
        process();
    }

    void process()
    {
        if (m_state == State::Tunnel) {
            if (m_upstream && m_upstream->state() == QAbstractSocket::ConnectedState) {
                m_upstream->write(m_buffer);
                m_buffer.clear();
            }
            return;
        }
        while (m_state == State::ReadingHead && !m_closing) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHead)
                    reject("400 Bad Request");
                return;
            }
            const QByteArray head = m_buffer.left(end);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QList<QPair<QByteArray, QByteArray>> headers;
            qsizetype contentLength = 0;
            QByteArray authorization;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                const QByteArray lower = name.toLower();
                if (lower == "content-length")
                    contentLength = value.toLongLong();
                if (lower == "proxy-authorization")
                    authorization = value;
                else if (lower != "proxy-connection" && lower != "connection" &&
                         lower != "keep-alive")
                    headers.append({name, value});
            }
            if (requestLine.size() != 3)
                return reject("400 Bad Request");
            const qsizetype total = end + 4 + contentLength;
            if (m_buffer.size() < total)
                return; // the body is still on its way
            const QByteArray body = m_buffer.mid(end + 4, contentLength);
            m_buffer.remove(0, total);

            const QByteArray method = requestLine.at(0);
            const QByteArray target = requestLine.at(1);
            const bool tunnel = method == "CONNECT";
            const QUrl url(QString::fromLatin1(target));
            const QString line = QString::fromLatin1(method) + u' ' +
                                 (tunnel ? QString::fromLatin1(target)
                                         : url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
            if (!m_proxy->admit(line, authorization)) {
                m_client->write(kRefusal);
                continue;
            }
            if (tunnel)
                return openTunnel(QString::fromLatin1(target));
            if (url.scheme() != "http"_L1 || url.host().isEmpty())
                return reject("400 Bad Request");
            ++m_proxy->m_forwarded;
            QByteArray request = method + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
            if (url.hasQuery())
                request += '?' + url.query(QUrl::FullyEncoded).toLatin1();
            request += " HTTP/1.1\r\n";
            for (const auto &[name, value] : std::as_const(headers))
                request += name + ": " + value + "\r\n";
            request += "Connection: close\r\n\r\n" + body;
            forward(url.host(), url.port(80), request);
        }
    }

    void reject(const QByteArray &status)
    {
        m_client->write("HTTP/1.1 " + status +
                        "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        close();
    }

    QTcpSocket *connectUpstream(const QString &host, int port)
    {
        auto *upstream = new QTcpSocket(this);
        m_upstream = upstream;
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, upstream] { m_client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, this, &ProxyConnection::close);
        connect(upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (!m_upstreamUp)
                reject("502 Bad Gateway");
        });
        upstream->connectToHost(host, static_cast<quint16>(port));
        return upstream;
    }

    // The server's answer is relayed as it comes; the server closes after it (the request
    // said "Connection: close"), and so does the proxy.
    void forward(const QString &host, int port, const QByteArray &request)
    {
        m_state = State::Forwarding;
        QTcpSocket *upstream = connectUpstream(host, port);
        connect(upstream, &QTcpSocket::connected, this, [this, upstream, request] {
            m_upstreamUp = true;
            upstream->write(request);
        });
    }

    void openTunnel(const QString &target)
    {
        const qsizetype colon = target.lastIndexOf(u':');
        if (colon <= 0)
            return reject("400 Bad Request");
        ++m_proxy->m_tunnels;
        m_state = State::Tunnel;
        QTcpSocket *upstream = connectUpstream(target.left(colon), target.mid(colon + 1).toInt());
        connect(upstream, &QTcpSocket::connected, this, [this] {
            m_upstreamUp = true;
            m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            process(); // bytes the client sent early
        });
    }

    TestProxy *m_proxy;
    QTcpSocket *m_client;
    QPointer<QTcpSocket> m_upstream;
    QByteArray m_buffer;
    State m_state = State::ReadingHead;
    bool m_upstreamUp = false;
    bool m_closing = false;
};

TestProxy::TestProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new ProxyConnection(this, socket);
    });
}

TestProxy::~TestProxy() = default;

bool TestProxy::start(QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

QString TestProxy::host() const
{
    return u"127.0.0.1"_s;
}

int TestProxy::port() const
{
    return m_server->serverPort();
}

QString TestProxy::url(const QString &user, const QString &password) const
{
    QString userInfo;
    if (!user.isEmpty())
        userInfo = QString::fromLatin1(QUrl::toPercentEncoding(user)) + u':' +
                   QString::fromLatin1(QUrl::toPercentEncoding(password)) + u'@';
    return u"http://"_s + userInfo + host() + u':' + QString::number(port());
}

void TestProxy::requireCredentials(const QString &user, const QString &password)
{
    m_expected =
        user.isEmpty() ? QByteArray() : "Basic " + (user + u':' + password).toUtf8().toBase64();
}

void TestProxy::resetCounts()
{
    m_forwarded = m_tunnels = m_refused = m_withCredentials = 0;
    m_requests.clear();
}

bool TestProxy::admit(const QString &line, const QByteArray &authorization)
{
    m_requests.append(line);
    if (!authorization.isEmpty())
        ++m_withCredentials;
    if (m_expected.isEmpty() || authorization == m_expected)
        return true;
    ++m_refused;
    return false;
}

} // namespace zc::test
