// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator's HTTP request reader (sim/HttpRequestParser): bytes a client sends, read as
// one buffer and again in pieces of sizes taken from the input, which must give the same
// requests and the same refusal, within the limits, whatever the cut.
#include "FuzzSupport.h"
#include "HttpRequestParser.h"

#include <algorithm>

using zc::sim::HttpParseResult;
using zc::sim::HttpRequestParser;
using zc::sim::ParsedRequest;

namespace {

// Small limits, so that the fuzzer reaches every refusal with short inputs.
zc::sim::HttpLimits limits()
{
    zc::sim::HttpLimits limits;
    limits.maxHeadBytes = 512;
    limits.maxHeaderCount = 8;
    limits.maxBodyBytes = 1024;
    return limits;
}

bool sameRequest(const ParsedRequest &a, const ParsedRequest &b)
{
    return a.method == b.method && a.target == b.target && a.minorVersion == b.minorVersion &&
           a.headers == b.headers && a.body == b.body && a.keepAlive == b.keepAlive;
}

void checkRequest(const ParsedRequest &request, const zc::sim::HttpLimits &limits)
{
    ZC_FUZZ_CHECK(!request.method.isEmpty());
    ZC_FUZZ_CHECK(request.target.startsWith('/') || request.target.toLower().startsWith("http") ||
                  request.target == "*");
    ZC_FUZZ_CHECK(request.minorVersion == 0 || request.minorVersion == 1);
    ZC_FUZZ_CHECK(request.headers.size() <= limits.maxHeaderCount);
    ZC_FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes);
    for (const auto &[name, value] : request.headers) {
        ZC_FUZZ_CHECK(!name.isEmpty() && !name.contains(':'));
        ZC_FUZZ_CHECK(!value.contains('\n') && !value.contains('\r'));
        ZC_FUZZ_CHECK(!value.startsWith(' ') && !value.endsWith(' '));
    }
    ZC_FUZZ_CHECK(request.minorVersion == 1 || !request.keepAlive);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = zc::fuzz::bytes(data, size);
    const zc::sim::HttpLimits limits = ::limits();
    const HttpParseResult whole = zc::sim::parseHttpRequests(input, limits);
    for (const ParsedRequest &request : whole.requests)
        checkRequest(request, limits);
    ZC_FUZZ_CHECK(whole.error == HttpRequestParser::Error::None || !whole.partial);

    // The same bytes in pieces: the cut sizes cycle through the input's own bytes (1..16), and
    // every complete request is taken as soon as it can be, as HttpConnection does.
    HttpRequestParser parser(limits);
    QList<ParsedRequest> pieces;
    qsizetype pos = 0;
    qsizetype step = 0;
    while (pos < input.size()) {
        const qsizetype cut = std::min<qsizetype>(
            1 + (static_cast<unsigned char>(input.at(step % input.size())) % 16),
            input.size() - pos);
        ++step;
        parser.feed(QByteArrayView(input).sliced(pos, cut));
        pos += cut;
        while (std::optional<ParsedRequest> request = parser.next())
            pieces.append(std::move(*request));
        parser.takeContinueRequest();
        if (parser.error() != HttpRequestParser::Error::None) {
            ZC_FUZZ_CHECK(parser.errorStatus() >= 400 && !parser.errorMessage().isEmpty());
            break;
        }
    }
    // A refusal may come earlier in pieces (a head over the limit is seen before its end), but
    // never a different one, and the requests before it are the same.
    ZC_FUZZ_CHECK(parser.error() == whole.error);
    ZC_FUZZ_CHECK(pieces.size() == whole.requests.size());
    for (qsizetype i = 0; i < pieces.size(); ++i)
        ZC_FUZZ_CHECK(sameRequest(pieces.at(i), whole.requests.at(i)));
    ZC_FUZZ_CHECK(parser.hasPartialRequest() == whole.partial);
    return 0;
}
