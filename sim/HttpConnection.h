// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequestParser.h"
#include "RawHttpWriter.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace zc::sim {

struct SimRequest;

// How long a connection waits for its client.
struct HttpTimeouts
{
    int requestMs = 30'000; // a request must arrive completely within this time (then 408)
    int idleMs = 300'000;   // an idle keep-alive connection closes after this
    int lingerMs = 1'000;   // after a refusal, input is read and dropped this long before closing
};

// One client connection of the simulator's HTTP/1.1 server: reads requests with
// HttpRequestParser, hands them one at a time to the handler and writes the answers in the
// order the requests came (pipelining). The handler answers with respond(), at once or later
// (a delayed answer); until then the next request waits in the socket, so a client cannot make
// the connection buffer more than one request. A refused request (400, 413, 501, 505, 408)
// ends the connection; so do a dropped or truncated answer and "Connection: close".
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const SimRequest &request, HttpConnection *connection)>;

    // Takes ownership of the connected socket.
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, const HttpTimeouts &timeouts,
                   Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Starts reading (after the owner connected to finished()).
    void start();

    // Answers the request last handed to the handler; later calls, and calls after the client
    // went away, do nothing.
    void respond(const HttpResponse &response,
                 RawHttpWriter::Mode mode = RawHttpWriter::Mode::Complete);

Q_SIGNALS:
    // The socket is closed; the connection can be deleted (later: this may come from respond()).
    void finished(zc::sim::HttpConnection *connection);

private:
    void serve();
    void dispatch(const ParsedRequest &parsed);
    void refuse(int status, const QString &message);
    void updateTimers();
    void onDisconnected();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    HttpTimeouts m_timeouts;
    Handler m_handler;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
    qint64 m_discarded = 0;
    bool m_busy = false;     // a request was handed out and not answered yet
    bool m_serving = false;  // inside serve(): respond() must not re-enter it
    bool m_headOnly = false; // the request being answered is a HEAD
    bool m_keepAlive = true; // the request being answered allows another one
    bool m_ending = false;   // no more requests: closing, lingering or closed
    bool m_finished = false;
};

} // namespace zc::sim
