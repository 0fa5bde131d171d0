// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "HttpConnection.h"

#include "SimRequest.h"

#include <QTcpSocket>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

// Qt stops reading from the operating system when this much is buffered, so a client that
// sends faster than the simulator answers is slowed down by TCP itself.
constexpr qint64 kReadChunk = 64 * 1024;
// Answers not yet taken by a slow client: past this, the next request waits.
constexpr qint64 kMaxWriteBacklog = 4 * 1024 * 1024;
// While lingering after a refusal, at most this much input is read and dropped.
constexpr qint64 kMaxDiscarded = 16 * 1024 * 1024;

QString refusalCode(int status)
{
    switch (status) {
    case 408:
        return u"REQUEST_TIMEOUT"_s;
    case 413:
        return u"PAYLOAD_TOO_LARGE"_s;
    case 501:
        return u"NOT_IMPLEMENTED"_s;
    case 505:
        return u"HTTP_VERSION_NOT_SUPPORTED"_s;
    default:
        return u"BAD_REQUEST"_s;
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits,
                               const HttpTimeouts &timeouts, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_timeouts(timeouts)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadChunk);
    for (QTimer *timer : {&m_requestTimer, &m_idleTimer, &m_lingerTimer})
        timer->setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        refuse(408, u"The request did not arrive completely within %1 seconds."_s.arg(
                        m_timeouts.requestMs / 1000.0));
    });
    // Closing with answers still unread by the client would wait for it forever: abort then.
    const auto close = [this] {
        m_ending = true;
        if (m_socket->bytesToWrite() > 0)
            m_socket->abort();
        else
            m_socket->disconnectFromHost();
    };
    connect(&m_idleTimer, &QTimer::timeout, this, close);
    connect(&m_lingerTimer, &QTimer::timeout, this, close);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::serve);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::serve);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
}

HttpConnection::~HttpConnection()
{
    // The socket is a child: it must not report its end to a connection half destroyed.
    m_socket->disconnect(this);
}

void HttpConnection::start()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // Gone before it was taken from the server's queue.
        QTimer::singleShot(0, this, &HttpConnection::onDisconnected);
        return;
    }
    serve();
}

void HttpConnection::respond(const HttpResponse &response, RawHttpWriter::Mode mode)
{
    if (!m_busy || m_finished)
        return;
    m_busy = false;
    if (!m_keepAlive || mode != RawHttpWriter::Mode::Complete)
        m_ending = true;
    RawHttpWriter::write(m_socket, response, mode, m_headOnly, !m_keepAlive);
    if (!m_serving)
        serve();
}

// Hands out the requests one by one, reading more input only when no complete request is
// left, and answering parse errors.
void HttpConnection::serve()
{
    if (m_finished)
        return;
    if (m_ending) {
        // Lingering after a refusal: the rest of what the client sends is dropped, so that
        // closing does not reset the connection before it has read the refusal.
        if (m_lingerTimer.isActive()) {
            m_discarded += m_socket->readAll().size();
            if (m_discarded > kMaxDiscarded)
                m_socket->abort();
        }
        return;
    }
    if (m_serving || m_busy)
        return;
    m_serving = true;
    while (!m_ending && !m_busy && !m_finished && m_socket->bytesToWrite() <= kMaxWriteBacklog) {
        if (std::optional<ParsedRequest> request = m_parser.next()) {
            dispatch(*request);
            continue;
        }
        if (m_parser.error() != HttpRequestParser::Error::None) {
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        if (m_parser.takeContinueRequest())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        const QByteArray bytes = m_socket->read(kReadChunk);
        if (bytes.isEmpty())
            break;
        m_parser.feed(bytes);
    }
    m_serving = false;
    updateTimers();
}

void HttpConnection::dispatch(const ParsedRequest &parsed)
{
    const QUrl url = QUrl::fromEncoded(parsed.target);
    if (!url.isValid()) {
        refuse(400, u"The request target is not a valid URL."_s);
        return;
    }
    SimRequest request;
    request.method = parsed.method;
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.headers = parsed.headers;
    request.body = parsed.body;
    request.remoteAddress = m_socket->peerAddress();
    m_busy = true;
    m_headOnly = parsed.method == "HEAD";
    m_keepAlive = parsed.keepAlive;
    updateTimers();
    m_handler(request, this);
}

void HttpConnection::refuse(int status, const QString &message)
{
    m_ending = true;
    m_busy = false;
    const HttpResponse response = HttpResponse::error(status, refusalCode(status), message);
    m_socket->write(RawHttpWriter::head(response, response.body.size(), true) + response.body);
    m_lingerTimer.start(m_timeouts.lingerMs);
    updateTimers();
    serve();
}

// The request timer runs while part of a request has arrived, the idle timer while nothing
// has; neither while an answer is being prepared or the connection is ending.
void HttpConnection::updateTimers()
{
    if (m_finished || m_ending || m_busy) {
        m_requestTimer.stop();
        m_idleTimer.stop();
        return;
    }
    if (m_parser.hasPartialRequest()) {
        m_idleTimer.stop();
        if (!m_requestTimer.isActive())
            m_requestTimer.start(m_timeouts.requestMs);
    } else {
        m_requestTimer.stop();
        if (!m_idleTimer.isActive())
            m_idleTimer.start(m_timeouts.idleMs);
    }
}

void HttpConnection::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    m_ending = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_lingerTimer.stop();
    Q_EMIT finished(this);
}

} // namespace zc::sim
