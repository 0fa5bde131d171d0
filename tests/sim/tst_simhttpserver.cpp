// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator's HTTP/1.1 server over real loopback sockets: pipelined and split requests,
// keep-alive, the size limits, clients that stall or vanish, the raw answers the faults need,
// and HTTPS.

#include "SelfSignedCertificate.h"
#include "SimHttpServer.h"
#include "SimRequest.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;

namespace {

// A client on a bare socket: sends exactly the bytes it is given and splits what comes back
// into answers by their Content-Length.
class RawClient
{
public:
    explicit RawClient(QTcpSocket *socket = new QTcpSocket)
        : m_socket(socket)
    {
        QObject::connect(m_socket.get(), &QTcpSocket::readyRead, m_socket.get(),
                         [this] { m_received += m_socket->readAll(); });
    }

    bool connectTo(quint16 port)
    {
        m_socket->connectToHost(QHostAddress::LocalHost, port);
        return m_socket->waitForConnected(5000);
    }
    QTcpSocket *socket() const { return m_socket.get(); }
    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }
    QByteArray received() const { return m_received; }
    bool isClosed() const { return m_socket->state() == QAbstractSocket::UnconnectedState; }

    QList<HttpResponse> answers() const
    {
        QList<HttpResponse> out;
        QByteArray rest = m_received;
        for (;;) {
            const qsizetype end = rest.indexOf("\r\n\r\n");
            if (end < 0)
                return out;
            const QList<QByteArray> lines = rest.left(end).split('\n');
            HttpResponse answer;
            answer.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                answer.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            }
            const qsizetype length = answer.header("Content-Length").toLongLong();
            if (rest.size() < end + 4 + length)
                return out;
            answer.body = rest.mid(end + 4, length);
            rest = rest.mid(end + 4 + length);
            out.append(answer);
        }
    }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_received;
};

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

} // namespace

class TstSimHttpServer : public QObject
{
    Q_OBJECT

private:
    QStringList m_handled; // "METHOD path body", in the order the handler saw them

    std::unique_ptr<SimHttpServer> m_server;
    quint16 m_port = 0;

    QPointer<HttpConnection> m_held; // the connection whose /hold request waits for release()
    HttpResponse m_heldResponse;

    // Listens on a free port with a handler that answers "METHOD path body"; /delay/N
    // answers after N ms, /hold when the test says so, /drop and /truncate misbehave.
    bool start(const HttpLimits &limits = {}, const HttpTimeouts &timeouts = {})
    {
        makeServer(limits, timeouts);
        return listen();
    }

    void makeServer(const HttpLimits &limits = {}, const HttpTimeouts &timeouts = {})
    {
        m_server = std::make_unique<SimHttpServer>(
            [this](const SimRequest &request, HttpConnection *connection) {
                const QString text = QString::fromLatin1(request.method) + u' ' + request.path +
                                     u' ' + QString::fromUtf8(request.body);
                m_handled.append(text);
                HttpResponse response = HttpResponse::raw(200, "text/plain", text.toUtf8());
                if (request.path == u"/hold"_s) {
                    m_held = connection;
                    m_heldResponse = response;
                } else if (request.path.startsWith(u"/delay/"_s)) {
                    QTimer::singleShot(request.path.mid(7).toInt(), connection,
                                       [connection, response] { connection->respond(response); });
                } else if (request.path == u"/drop"_s) {
                    connection->respond(response, RawHttpWriter::Mode::Drop);
                } else if (request.path == u"/truncate"_s) {
                    response.body = QByteArray(1000, 't');
                    connection->respond(response, RawHttpWriter::Mode::Truncate);
                } else {
                    connection->respond(response);
                }
            });
        m_server->setLimits(limits);
        m_server->setTimeouts(timeouts);
    }

    bool listen()
    {
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }

private Q_SLOTS:
    void init()
    {
        m_handled.clear();
        m_held.clear();
    }
    void cleanup() { m_server.reset(); }

    void pipelinedAnswersInOrder()
    {
        QVERIFY(start());
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        // Three requests in one write; the first one's answer waits.
        client.send(get("/hold") + get("/a") + post("/b", "body"));
        QTRY_VERIFY(m_held);
        QTest::qWait(100);
        // The next request waits for the answer to the first, and nothing is sent meanwhile.
        QCOMPARE(m_handled, QStringList{u"GET /hold "_s});
        QVERIFY(client.received().isEmpty());
        m_held->respond(m_heldResponse);
        QTRY_COMPARE(client.answers().size(), 3);
        const QList<HttpResponse> answers = client.answers();
        QCOMPARE(answers.at(0).body, "GET /hold ");
        QCOMPARE(answers.at(1).body, "GET /a ");
        QCOMPARE(answers.at(2).body, "POST /b body");
        QCOMPARE(m_server->connectionCount(), 1);
        QVERIFY(!client.isClosed());
    }

    void splitRequests()
    {
        QVERIFY(start());
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        // Byte by byte, each byte its own segment, and two requests cut mid-header.
        const QByteArray first = post("/split", "0123456789");
        for (char c : first) {
            client.send(QByteArray(1, c));
            QTest::qWait(1);
        }
        QTRY_COMPARE(client.answers().size(), 1);
        QCOMPARE(client.answers().at(0).body, "POST /split 0123456789");
        const QByteArray two = get("/c") + get("/d");
        client.send(two.left(20));
        QTest::qWait(50);
        QCOMPARE(client.answers().size(), 1);
        client.send(two.mid(20));
        QTRY_COMPARE(client.answers().size(), 3);
        QCOMPARE(client.answers().at(2).body, "GET /d ");
    }

    void keepAliveReuse()
    {
        QVERIFY(start());
        int most = 0;
        connect(m_server.get(), &SimHttpServer::connectionCountChanged, this,
                [&most](int count) { most = std::max(most, count); });
        // Qt's own client keeps the connection for the next requests.
        QNetworkAccessManager nam;
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/n%2"_s.arg(m_port).arg(i)));
            QNetworkReply *reply = nam.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(5000));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->readAll(), u"GET /n%1 "_s.arg(i).toUtf8());
            reply->deleteLater();
        }
        QCOMPARE(m_handled.size(), 5);
        QCOMPARE(most, 1);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void connectionCloseAndHttp10()
    {
        QVERIFY(start());
        for (const QByteArray &request :
             {get("/bye", "Connection: close\r\n"), QByteArray("GET /old HTTP/1.0\r\n\r\n")}) {
            RawClient client;
            QVERIFY(client.connectTo(m_port));
            // A request after the closing one is not served.
            client.send(request + get("/never"));
            QTRY_VERIFY(client.isClosed());
            QCOMPARE(client.answers().size(), 1);
            QCOMPARE(client.answers().at(0).header("Connection"), "close");
        }
        QVERIFY(!m_handled.contains(u"GET /never "_s));
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void headRequestHasNoBody()
    {
        QVERIFY(start());
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\n" + get("/after"));
        QTRY_VERIFY(client.received().contains("GET /after"));
        // The HEAD answer announces its length but sends no body: the next answer follows.
        QVERIFY(client.received().startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(client.received().contains("Content-Length: 8\r\n"));
        QVERIFY(!client.received().contains("HEAD /h"));
    }

    void oversizedHeaders()
    {
        HttpLimits limits;
        limits.maxHeadBytes = 1024;
        QVERIFY(start(limits));
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(get("/ok") + get("/big", "X-Big: " + QByteArray(4096, 'x') + "\r\n"));
        QTRY_COMPARE(client.answers().size(), 2);
        QCOMPARE(client.answers().at(0).status, 200);
        const HttpResponse refusal = client.answers().at(1);
        QCOMPARE(refusal.status, 400);
        QCOMPARE(refusal.header("Connection"), "close");
        QVERIFY(refusal.body.contains("too large"));
        QTRY_VERIFY(client.isClosed());
        QCOMPARE(m_handled, QStringList{u"GET /ok "_s});
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void oversizedBody()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 1000;
        QVERIFY(start(limits));
        // The client sends its whole body anyway: it still reads the 413 (the server drops
        // the rest of the input before closing instead of resetting the connection).
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(post("/upload", QByteArray(200'000, 'b')));
        QTRY_COMPARE(client.answers().size(), 1);
        QCOMPARE(client.answers().at(0).status, 413);
        QVERIFY(client.answers().at(0).body.contains("PAYLOAD_TOO_LARGE"));
        QTRY_VERIFY(client.isClosed());
        QVERIFY(m_handled.isEmpty());

        // One that waits for "100 Continue" gets the 413 at once and never sends its body.
        RawClient polite;
        QVERIFY(polite.connectTo(m_port));
        polite.send("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    "Content-Length: 5000\r\n\r\n");
        QTRY_COMPARE(polite.answers().size(), 1);
        QCOMPARE(polite.answers().at(0).status, 413);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void expectContinue()
    {
        QVERIFY(start());
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(
            "POST /c HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QTRY_COMPARE(client.received(), "HTTP/1.1 100 Continue\r\n\r\n");
        client.send("body");
        QTRY_VERIFY(client.received().endsWith("POST /c body"));
    }

    void malformedAfterPipelinedRequest()
    {
        QVERIFY(start());
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(get("/delay/200") + "NONSENSE\r\n\r\n");
        QTRY_VERIFY(client.isClosed());
        const QList<HttpResponse> answers = client.answers();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).status, 200); // the earlier request is answered first
        QCOMPARE(answers.at(1).status, 400);
        QVERIFY(answers.at(1).body.contains("BAD_REQUEST"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << 501;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("invalid URL")
            << QByteArray("GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x01\xfc\n\n") << 400;
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        HttpTimeouts timeouts;
        timeouts.lingerMs = 200;
        QVERIFY(start({}, timeouts));
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(bytes);
        QTRY_VERIFY(client.isClosed());
        QCOMPARE(client.answers().size(), 1);
        QCOMPARE(client.answers().at(0).status, status);
        QVERIFY(m_handled.isEmpty());
    }

    void clientVanishesMidBody()
    {
        QVERIFY(start());
        {
            RawClient client;
            QVERIFY(client.connectTo(m_port));
            client.send("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n0123456789");
            QTRY_COMPARE(m_server->connectionCount(), 1);
            client.socket()->abort();
        }
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QVERIFY(m_handled.isEmpty());

        // Gone while its answer is delayed: the answer is dropped, nothing breaks.
        {
            RawClient client;
            QVERIFY(client.connectTo(m_port));
            client.send(get("/delay/300"));
            QTRY_COMPARE(m_handled.size(), 1);
            client.socket()->disconnectFromHost();
        }
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QTest::qWait(400);
        // The server still serves.
        RawClient next;
        QVERIFY(next.connectTo(m_port));
        next.send(get("/still"));
        QTRY_COMPARE(next.answers().size(), 1);
    }

    void slowAndIdleClientsTimeOut()
    {
        HttpTimeouts timeouts;
        timeouts.requestMs = 300;
        timeouts.idleMs = 1000;
        timeouts.lingerMs = 100;
        QVERIFY(start({}, timeouts));
        // Half a request, then nothing: 408 and the connection ends.
        RawClient slow;
        QVERIFY(slow.connectTo(m_port));
        slow.send("GET /slow HTTP/1.1\r\nHo");
        QTRY_VERIFY_WITH_TIMEOUT(slow.isClosed(), 5000);
        QCOMPARE(slow.answers().size(), 1);
        QCOMPARE(slow.answers().at(0).status, 408);
        // Connected and silent after an answer: closed after the idle time.
        RawClient idle;
        QVERIFY(idle.connectTo(m_port));
        idle.send(get("/once"));
        QTRY_COMPARE(idle.answers().size(), 1);
        QElapsedTimer sinceAnswer;
        sinceAnswer.start();
        QTRY_VERIFY_WITH_TIMEOUT(idle.isClosed(), 10000);
        // Not at once: the idle time ran first (measured from after the answer, so a bit less).
        QVERIFY2(sinceAnswer.elapsed() >= 500, qPrintable(QString::number(sinceAnswer.elapsed())));
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QVERIFY(!m_handled.contains(u"GET /slow "_s));
    }

    void dropAndTruncate()
    {
        QVERIFY(start());
        RawClient dropped;
        QVERIFY(dropped.connectTo(m_port));
        dropped.send(get("/drop"));
        QTRY_VERIFY(dropped.isClosed());
        QVERIFY(dropped.received().isEmpty());

        RawClient truncated;
        QVERIFY(truncated.connectTo(m_port));
        truncated.send(get("/truncate"));
        QTRY_VERIFY(truncated.isClosed());
        const QByteArray received = truncated.received();
        QVERIFY(received.contains("Content-Length: 1000\r\n"));
        QCOMPARE(received.size() - (received.indexOf("\r\n\r\n") + 4), 500);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void https()
    {
        const SelfSignedIdentity identity = generateSelfSignedIdentity();
        QVERIFY(!identity.certificate.isNull());
        makeServer();
        m_server->setTlsIdentity(identity.certificate, identity.key);
        QVERIFY(listen());

        // Pipelined requests over TLS, trusted through the certificate, no ignored errors.
        auto *tls = new QSslSocket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(identity.certificate);
        tls->setSslConfiguration(configuration);
        QSignalSpy sslErrors(tls, &QSslSocket::sslErrors);
        RawClient client(tls);
        tls->connectToHostEncrypted(u"127.0.0.1"_s, m_port);
        // (Not waitForEncrypted(): the server needs this thread's event loop for its side.)
        QTRY_VERIFY2_WITH_TIMEOUT(tls->isEncrypted(), qPrintable(tls->errorString()), 10000);
        client.send(get("/delay/100") + post("/t", "secret"));
        QTRY_COMPARE(client.answers().size(), 2);
        QCOMPARE(client.answers().at(1).body, "POST /t secret");
        QCOMPARE(sslErrors.size(), 0);

        // Plain HTTP on the TLS port: no answer, no crash, the connection goes away.
        RawClient plain;
        QVERIFY(plain.connectTo(m_port));
        plain.send(get("/plain"));
        QTRY_VERIFY_WITH_TIMEOUT(plain.isClosed(), 10000);
        QVERIFY(!plain.received().startsWith("HTTP/"));
        QVERIFY(!m_handled.contains(u"GET /plain "_s));
        tls->disconnectFromHost();
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void serverGoesFirst()
    {
        // Deleting the server with open connections and a delayed answer pending is clean.
        QVERIFY(start());
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(get("/delay/200"));
        QTRY_COMPARE(m_handled.size(), 1);
        m_server.reset();
        QTRY_VERIFY(client.isClosed());
        QTest::qWait(300);
    }

    void portInUse()
    {
        QVERIFY(start());
        SimHttpServer second([](const SimRequest &, HttpConnection *) {});
        QCOMPARE(second.listen(QHostAddress::LocalHost, m_port), quint16(0));
        QVERIFY(!second.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSimHttpServer)
#include "tst_simhttpserver.moc"
