// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace zc::sim {

// How much of a request the simulator accepts, so that no client can make it hold unbounded
// memory. The defaults leave room for the largest real request (a URL lookup of 100 URLs of
// 1,024 characters) many times over.
struct HttpLimits
{
    qsizetype maxHeadBytes = 64 * 1024; // request line and header fields, line ends included
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
};

// One request as it came off the wire; its target is not interpreted yet.
struct ParsedRequest
{
    QByteArray method;    // case-sensitive, as sent: "GET", "POST", ...
    QByteArray target;    // "/zia/api/v1/status?x=1" (origin form) or an absolute URL
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent, values without outer blanks
    QByteArray body;
    bool keepAlive = true; // the client allows another request on this connection
};

// An incremental reader of HTTP/1.1 requests (RFC 9112): the request line, header fields and
// a body announced by Content-Length, any number of requests back to back (pipelining), in
// pieces of any size. It does no I/O, so it can be tested and fuzzed on plain bytes. After an
// error it stops: the connection answers errorStatus() and closes.
class HttpRequestParser
{
public:
    enum class Error
    {
        None,
        Malformed,                 // 400
        HeadTooLarge,              // 400: request line and headers over the limit
        BodyTooLarge,              // 413: Content-Length over the limit
        UnsupportedTransferCoding, // 501: Transfer-Encoding (only Content-Length bodies)
        UnsupportedVersion,        // 505: not HTTP/1.0 or HTTP/1.1
    };

    explicit HttpRequestParser(const HttpLimits &limits = {});

    // Appends received bytes (nothing happens after an error).
    void feed(QByteArrayView bytes);
    // The next complete request, or nothing when more bytes are needed or on an error.
    std::optional<ParsedRequest> next();

    Error error() const { return m_error; }
    int errorStatus() const;
    // Why the request was refused, in the server's words (English, like every simulator answer).
    QString errorMessage() const { return m_errorMessage; }

    // Part of a request has arrived: some of its head, or a body shorter than announced.
    bool hasPartialRequest() const;
    // The request being received waits for an interim "100 Continue" before it sends its
    // body (Expect: 100-continue). True once per such request.
    bool takeContinueRequest();

private:
    bool readHead();
    bool parseHead(QByteArrayView head);
    bool parseRequestLine(QByteArrayView line, ParsedRequest *request);
    bool parseFields(const QList<QByteArrayView> &lines, ParsedRequest *request);
    bool fail(Error error, const QString &message);
    void compact();

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;       // start of the unconsumed bytes (the current request's head)
    qsizetype m_lineStart = 0; // start of the head line being scanned
    qsizetype m_scan = 0;      // where the search for the next line end resumes
    std::optional<ParsedRequest> m_head; // head complete, body still arriving
    qint64 m_bodyLength = 0;
    bool m_continuePending = false;
    Error m_error = Error::None;
    QString m_errorMessage;
};

// Every request in `bytes` and the error that stopped reading, if any: the parser as a pure
// function of its input (for tests and fuzzing).
struct HttpParseResult
{
    QList<ParsedRequest> requests;
    HttpRequestParser::Error error = HttpRequestParser::Error::None;
    bool partial = false; // bytes of an incomplete request remain
};
HttpParseResult parseHttpRequests(QByteArrayView bytes, const HttpLimits &limits = {});

} // namespace zc::sim
