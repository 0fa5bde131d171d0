// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator's HTTP/1.1 request reader on plain bytes: whole, pipelined and split
// requests, the size limits, and the malformed inputs it must refuse.

#include "HttpRequestParser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;

using Error = HttpRequestParser::Error;

namespace {

const QByteArray kGet = "GET /zia/api/v1/status?x=1 HTTP/1.1\r\n"
                        "Host: 127.0.0.1:8080\r\n"
                        "Authorization: Bearer abc\r\n"
                        "\r\n";
const QByteArray kPost = "POST /oauth2/v1/token HTTP/1.1\r\n"
                         "Host: localhost\r\n"
                         "Content-Type: application/x-www-form-urlencoded\r\n"
                         "Content-Length: 29\r\n"
                         "\r\n"
                         "grant_type=client_credentials";

QByteArray headerValue(const ParsedRequest &request, QByteArrayView name)
{
    for (const auto &h : request.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

class TstHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRequest()
    {
        const HttpParseResult result = parseHttpRequests(kGet);
        QCOMPARE(result.error, Error::None);
        QVERIFY(!result.partial);
        QCOMPARE(result.requests.size(), 1);
        const ParsedRequest &request = result.requests.first();
        QCOMPARE(request.method, "GET");
        QCOMPARE(request.target, "/zia/api/v1/status?x=1");
        QCOMPARE(request.minorVersion, 1);
        QVERIFY(request.keepAlive);
        QCOMPARE(request.headers.size(), 2);
        QCOMPARE(request.headers.at(1).first, "Authorization"); // names as sent
        QCOMPARE(headerValue(request, "authorization"), "Bearer abc");
        QCOMPARE(headerValue(request, "HOST"), "127.0.0.1:8080");
        QVERIFY(request.body.isEmpty());
    }

    void bodyByContentLength()
    {
        const HttpParseResult result = parseHttpRequests(kPost);
        QCOMPARE(result.error, Error::None);
        QCOMPARE(result.requests.size(), 1);
        QCOMPARE(result.requests.first().body, "grant_type=client_credentials");
    }

    void pipelined()
    {
        // Three requests in one read: all of them, in order, bodies not mixed up.
        const HttpParseResult result = parseHttpRequests(kPost + kGet + kPost);
        QCOMPARE(result.error, Error::None);
        QVERIFY(!result.partial);
        QCOMPARE(result.requests.size(), 3);
        QCOMPARE(result.requests.at(0).method, "POST");
        QCOMPARE(result.requests.at(1).method, "GET");
        QVERIFY(result.requests.at(1).body.isEmpty());
        QCOMPARE(result.requests.at(2).body, "grant_type=client_credentials");
    }

    void splitAtEveryByte()
    {
        // The same three requests fed in two pieces, cut at every position, and byte by byte.
        const QByteArray stream = kPost + kGet + kPost;
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            HttpRequestParser parser;
            QList<ParsedRequest> requests;
            for (const QByteArray &piece : {stream.left(cut), stream.mid(cut)}) {
                parser.feed(piece);
                while (auto request = parser.next())
                    requests.append(*request);
            }
            QCOMPARE(requests.size(), 3);
            QCOMPARE(requests.at(2).body, "grant_type=client_credentials");
            QVERIFY(!parser.hasPartialRequest());
        }
        HttpRequestParser parser;
        int complete = 0;
        for (char c : stream) {
            parser.feed(QByteArrayView(&c, 1));
            while (parser.next())
                ++complete;
        }
        QCOMPARE(complete, 3);
    }

    void partialRequestWaits()
    {
        HttpRequestParser parser;
        parser.feed(kPost.left(kPost.size() - 5));
        QVERIFY(!parser.next());
        QVERIFY(parser.hasPartialRequest());
        QCOMPARE(parser.error(), Error::None);
        parser.feed(kPost.right(5));
        const auto request = parser.next();
        QVERIFY(request);
        QCOMPARE(request->body, "grant_type=client_credentials");
        QVERIFY(!parser.hasPartialRequest());
    }

    void tolerantLineEnds()
    {
        // Empty lines before a request are skipped; bare LF ends lines too (RFC 9112 2.2).
        const HttpParseResult result = parseHttpRequests(
            "\r\n\r\nGET / HTTP/1.1\nHost: x\n\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(result.error, Error::None);
        QCOMPARE(result.requests.size(), 2);
        QCOMPARE(result.requests.at(1).target, "/b");
    }

    void connectionHandling()
    {
        auto parse = [](const QByteArray &bytes) { return parseHttpRequests(bytes).requests; };
        QVERIFY(!parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").first().keepAlive);
        QVERIFY(
            !parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: TE, Close\r\n\r\n").first().keepAlive);
        // HTTP/1.0: no Host needed, and the connection ends after the answer.
        const auto old = parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().minorVersion, 0);
        QVERIFY(!old.first().keepAlive);
    }

    void expectContinue()
    {
        HttpRequestParser parser;
        parser.feed(
            "POST /x HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QVERIFY(!parser.next());
        QVERIFY(parser.takeContinueRequest());
        QVERIFY(!parser.takeContinueRequest()); // once
        parser.feed("body");
        QCOMPARE(parser.next()->body, "body");
        // Without a body there is nothing to wait for.
        parser.feed("GET /x HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(parser.next());
        QVERIFY(!parser.takeContinueRequest());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Error>("error");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: x\r\n";
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << Error::Malformed << 400;
        QTest::newRow("two spaces")
            << QByteArray("GET  / HTTP/1.1\r\n" + host + "\r\n") << Error::Malformed << 400;
        QTest::newRow("bad method")
            << QByteArray("G(T / HTTP/1.1\r\n" + host + "\r\n") << Error::Malformed << 400;
        QTest::newRow("relative target")
            << QByteArray("GET zia HTTP/1.1\r\n" + host + "\r\n") << Error::Malformed << 400;
        QTest::newRow("raw UTF-8 target")
            << QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\n" + host + "\r\n") << Error::Malformed
            << 400;
        QTest::newRow("HTTP/2") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << Error::UnsupportedVersion
                                << 505;
        QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\n" + host + "\r\n")
                                  << Error::UnsupportedVersion << 505;
        QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.1\r\n" + host + "\r\n")
                                  << Error::Malformed << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << Error::Malformed << 400;
        QTest::newRow("two Hosts")
            << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n") << Error::Malformed << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "Accept\r\n\r\n")
                                  << Error::Malformed << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "Accept : x\r\n\r\n") << Error::Malformed
            << 400;
        QTest::newRow("folded line")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "Accept: a\r\n b\r\n\r\n")
            << Error::Malformed << 400;
        QTest::newRow("control character")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "Accept: a\x01z\r\n\r\n")
            << Error::Malformed << 400;
        QTest::newRow("NUL") << QByteArray("GET / HTTP/1.1\r\n" + host +
                                           QByteArray("Accept: a\0z\r\n\r\n", 15))
                             << Error::Malformed << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\n" + host + "A: a\rB: b\r\n\r\n")
                                 << Error::Malformed << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n")
            << Error::Malformed << 400;
        QTest::newRow("length with sign")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: +4\r\n\r\nbody")
            << Error::Malformed << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\n" + host +
                          "Content-Length: 4\r\nContent-Length: 5\r\n\r\nbody")
            << Error::Malformed << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\n" + host +
                                               "Transfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n")
                                 << Error::UnsupportedTransferCoding << 501;
        QTest::newRow("chunked and length")
            << QByteArray("POST / HTTP/1.1\r\n" + host +
                          "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\nbody")
            << Error::Malformed << 400;
        QTest::newRow("huge length")
            << QByteArray("POST / HTTP/1.1\r\n" + host +
                          "Content-Length: 99999999999999999999999\r\n\r\n")
            << Error::BodyTooLarge << 413;
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Error, error);
        QFETCH(int, status);
        HttpRequestParser parser;
        parser.feed(bytes);
        QVERIFY(!parser.next());
        QCOMPARE(parser.error(), error);
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY(!parser.errorMessage().isEmpty());
        // It stays stopped: a valid request afterwards is not read.
        parser.feed(kGet);
        QVERIFY(!parser.next());
        QVERIFY(!parser.hasPartialRequest());
    }

    void requestsBeforeAnErrorSurvive()
    {
        const HttpParseResult result = parseHttpRequests(kGet + kPost + "BROKEN\r\n\r\n");
        QCOMPARE(result.requests.size(), 2);
        QCOMPARE(result.error, Error::Malformed);
    }

    void headLimit()
    {
        HttpLimits limits;
        limits.maxHeadBytes = 1024;
        const QByteArray big = "X-Big: " + QByteArray(1024, 'a') + "\r\n";
        // Complete but too large.
        HttpParseResult result =
            parseHttpRequests("GET / HTTP/1.1\r\nHost: x\r\n" + big + "\r\n", limits);
        QCOMPARE(result.error, Error::HeadTooLarge);
        // Refused before the end of the head arrives: the parser does not wait for it.
        HttpRequestParser parser(limits);
        parser.feed("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(2000, 'a'));
        QVERIFY(!parser.next());
        QCOMPARE(parser.error(), Error::HeadTooLarge);
        QCOMPARE(parser.errorStatus(), 400);
        // Just under the limit is fine.
        const QByteArray head = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ";
        const QByteArray fits = head + QByteArray(1024 - head.size() - 4, 'a') + "\r\n\r\n";
        QCOMPARE(fits.size(), 1024);
        result = parseHttpRequests(fits, limits);
        QCOMPARE(result.error, Error::None);
        QCOMPARE(result.requests.size(), 1);
        // Too many fields.
        limits = HttpLimits{};
        limits.maxHeaderCount = 3;
        result =
            parseHttpRequests("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits);
        QCOMPARE(result.error, Error::HeadTooLarge);
    }

    void bodyLimit()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 100;
        HttpParseResult result =
            parseHttpRequests("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n", limits);
        QCOMPARE(result.error, Error::BodyTooLarge);
        result = parseHttpRequests("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n" +
                                       QByteArray(100, 'b'),
                                   limits);
        QCOMPARE(result.error, Error::None);
        QCOMPARE(result.requests.first().body.size(), 100);
    }

    void manyPipelinedRequestsInLinearTime()
    {
        // 20,000 requests in one buffer: consumed bytes are dropped in bulk, not one by one.
        QByteArray stream;
        for (int i = 0; i < 20000; ++i)
            stream += kPost;
        QElapsedTimer timer;
        timer.start();
        const HttpParseResult result = parseHttpRequests(stream);
        QCOMPARE(result.requests.size(), 20000);
        qInfo("20,000 pipelined requests (%lld KiB) parsed in %lld ms",
              qlonglong(stream.size() / 1024), qlonglong(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TstHttpRequestParser)
#include "tst_httprequestparser.moc"
