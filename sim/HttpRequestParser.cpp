// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "HttpRequestParser.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

// RFC 9110 5.6.2: the characters of a method or a field name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// A request target is visible ASCII only (RFC 9112 3.2): no blanks, controls or raw UTF-8.
bool isTargetText(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

// A field value: visible characters, blanks and obs-text; no other control character.
bool isFieldValueText(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &item : list.toByteArray().split(',')) {
        if (trimmedBlanks(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

constexpr int kMaxLengthDigits = 18; // fits in qint64

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{}

void HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_error == Error::None)
        m_buffer.append(bytes);
}

std::optional<ParsedRequest> HttpRequestParser::next()
{
    if (m_error != Error::None)
        return std::nullopt;
    if (!m_head && !readHead())
        return std::nullopt;
    if (m_buffer.size() - m_pos < m_bodyLength)
        return std::nullopt;
    ParsedRequest request = std::move(*m_head);
    m_head.reset();
    request.body = m_buffer.mid(m_pos, m_bodyLength);
    m_pos += m_bodyLength;
    m_lineStart = m_scan = m_pos;
    m_bodyLength = 0;
    m_continuePending = false;
    compact();
    return request;
}

int HttpRequestParser::errorStatus() const
{
    switch (m_error) {
    case Error::None:
        return 0;
    case Error::Malformed:
    case Error::HeadTooLarge:
        return 400;
    case Error::BodyTooLarge:
        return 413;
    case Error::UnsupportedTransferCoding:
        return 501;
    case Error::UnsupportedVersion:
        return 505;
    }
    return 400;
}

bool HttpRequestParser::hasPartialRequest() const
{
    return m_error == Error::None && (m_head.has_value() || m_buffer.size() > m_pos);
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool pending = m_continuePending;
    m_continuePending = false;
    return pending;
}

// Scans for the empty line that ends the head, resuming where the last call stopped, so that
// a head arriving byte by byte costs linear time.
bool HttpRequestParser::readHead()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_scan);
        if (end < 0) {
            m_scan = m_buffer.size();
            if (m_buffer.size() - m_pos > m_limits.maxHeadBytes)
                return fail(Error::HeadTooLarge, u"The request line and headers are too large."_s);
            return false;
        }
        m_scan = end + 1;
        qsizetype lineEnd = end;
        if (lineEnd > m_lineStart && m_buffer.at(lineEnd - 1) == '\r')
            --lineEnd;
        const bool emptyLine = lineEnd == m_lineStart;
        if (emptyLine && m_lineStart == m_pos) {
            // Empty lines before a request line are ignored (RFC 9112 2.2).
            m_pos = m_lineStart = m_scan;
            compact();
            continue;
        }
        if (m_scan - m_pos > m_limits.maxHeadBytes)
            return fail(Error::HeadTooLarge, u"The request line and headers are too large."_s);
        if (!emptyLine) {
            m_lineStart = m_scan;
            continue;
        }
        const QByteArrayView head = QByteArrayView(m_buffer).sliced(m_pos, m_lineStart - m_pos);
        if (!parseHead(head))
            return false;
        m_pos = m_lineStart = m_scan;
        return true;
    }
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    while (!head.isEmpty()) {
        const qsizetype end = head.indexOf('\n');
        QByteArrayView line = head.first(end);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r') || line.contains('\0'))
            return fail(Error::Malformed, u"The request contains a stray control character."_s);
        lines.append(line);
        head = head.sliced(end + 1);
    }
    ParsedRequest request;
    if (!parseRequestLine(lines.first(), &request))
        return false;
    lines.removeFirst();
    if (!parseFields(lines, &request))
        return false;
    m_head = std::move(request);
    return true;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line, ParsedRequest *request)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last <= first + 1)
        return fail(Error::Malformed, u"The request line is not \"METHOD target HTTP/1.1\"."_s);
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    const QByteArrayView version = line.sliced(last + 1);
    if (!isToken(method) || !isTargetText(target))
        return fail(Error::Malformed, u"The request line is not \"METHOD target HTTP/1.1\"."_s);
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' ||
        !isDigit(version.at(5)) || !isDigit(version.at(7)))
        return fail(Error::Malformed, u"The request line does not end with an HTTP version."_s);
    if (version.at(5) != '1' || (version.at(7) != '0' && version.at(7) != '1'))
        return fail(Error::UnsupportedVersion, u"Only HTTP/1.1 and HTTP/1.0 are served."_s);
    const bool originForm = target.startsWith('/');
    const bool absoluteForm =
        target.size() > 7 && (target.first(7).compare("http://", Qt::CaseInsensitive) == 0 ||
                              target.first(8).compare("https://", Qt::CaseInsensitive) == 0);
    const bool asterisk = target == "*" && method == "OPTIONS";
    if (!originForm && !absoluteForm && !asterisk)
        return fail(Error::Malformed, u"The request target is not a path or an absolute URL."_s);
    request->method = method.toByteArray();
    request->target = target.toByteArray();
    request->minorVersion = version.at(7) - '0';
    return true;
}

bool HttpRequestParser::parseFields(const QList<QByteArrayView> &lines, ParsedRequest *request)
{
    if (lines.size() > m_limits.maxHeaderCount)
        return fail(Error::HeadTooLarge, u"The request has too many header fields."_s);
    std::optional<qint64> contentLength;
    bool transferEncoding = false;
    bool close = false;
    bool expectContinue = false;
    int hosts = 0;
    for (const QByteArrayView line : lines) {
        const qsizetype colon = line.indexOf(':');
        // A line starting with a blank would continue the previous one (obsolete folding).
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(Error::Malformed, u"A header field is not \"Name: value\"."_s);
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmedBlanks(line.sliced(colon + 1));
        if (!isFieldValueText(value))
            return fail(Error::Malformed, u"A header field value contains a control character."_s);
        request->headers.append({name.toByteArray(), value.toByteArray()});

        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (value.isEmpty() || !std::all_of(value.begin(), value.end(), isDigit))
                return fail(Error::Malformed, u"Content-Length is not a number."_s);
            if (value.size() > kMaxLengthDigits)
                return fail(Error::BodyTooLarge, u"The request body is too large."_s);
            const qint64 length = value.toLongLong();
            if (contentLength && *contentLength != length)
                return fail(Error::Malformed, u"The request has two different Content-Lengths."_s);
            contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = true;
        } else if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            close = close || hasToken(value, "close");
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (transferEncoding && contentLength)
        return fail(Error::Malformed,
                    u"The request has both Transfer-Encoding and Content-Length."_s);
    if (transferEncoding)
        return fail(Error::UnsupportedTransferCoding,
                    u"Transfer-Encoding is not supported: send the body with a Content-Length."_s);
    if (hosts > 1 || (hosts == 0 && request->minorVersion == 1))
        return fail(Error::Malformed, u"An HTTP/1.1 request needs exactly one Host header."_s);
    const qint64 length = contentLength.value_or(0);
    if (length > m_limits.maxBodyBytes)
        return fail(Error::BodyTooLarge, u"The request body is too large (at most %1 bytes)."_s.arg(
                                             m_limits.maxBodyBytes));
    // HTTP/1.0 connections close after each answer (the answers never offer keep-alive).
    request->keepAlive = request->minorVersion == 1 && !close;
    m_bodyLength = length;
    m_continuePending = expectContinue && length > 0;
    return true;
}

bool HttpRequestParser::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorMessage = message;
    m_head.reset();
    m_buffer.clear();
    m_pos = m_lineStart = m_scan = 0;
    m_continuePending = false;
    return false;
}

// Drops consumed bytes once they are the larger part of the buffer: amortized linear time
// for any number of pipelined requests.
void HttpRequestParser::compact()
{
    if (m_pos == 0 || m_pos < m_buffer.size() / 2)
        return;
    m_buffer.remove(0, m_pos);
    m_scan -= m_pos;
    m_lineStart -= m_pos;
    m_pos = 0;
}

HttpParseResult parseHttpRequests(QByteArrayView bytes, const HttpLimits &limits)
{
    HttpRequestParser parser(limits);
    parser.feed(bytes);
    HttpParseResult result;
    while (std::optional<ParsedRequest> request = parser.next())
        result.requests.append(std::move(*request));
    result.error = parser.error();
    result.partial = parser.hasPartialRequest();
    return result;
}

} // namespace zc::sim
