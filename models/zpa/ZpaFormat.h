// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace zc {

// How ZPA's application segment fields are shown: port ranges, HTML-encoded text, epoch-string
// times, and which segment covers a domain. Pure functions, independent of the network.
class ZpaFormat
{
public:
    enum class Protocol
    {
        Tcp,
        Udp
    };

    // Flat from/to string pairs (["443","443","8000","8080"]) as "443, 8000-8080". A pair whose
    // ends are equal shows one number; a dangling last value shows alone.
    static QString portRanges(const QJsonArray &flatPairs);
    // The segment's TCP or UDP ranges: `tcpPortRanges` / `udpPortRanges` (flat pairs), or the
    // newer `tcpPortRange` / `udpPortRange` ([{"from","to"}]) when the flat form is absent.
    static QString portRanges(const QJsonObject &segment, Protocol protocol);
    // What sorting compares: the first port number, -1 when there is none.
    static int firstPort(const QJsonObject &segment, Protocol protocol);

    // Decodes HTML character references once: hexadecimal (&#x2a;), decimal (&#42;) and the
    // named &amp; &lt; &gt; &quot; &apos;. Anything else is left as it is.
    static QString decodeEntities(const QString &text);

    // ZPA times are epoch seconds as strings ("1617135729"); numbers and milliseconds are
    // accepted too. -1 when missing or not a number.
    static qint64 epochSeconds(const QJsonValue &value);
    // Local date and time "yyyy-MM-dd HH:mm", empty when missing.
    static QString localDate(const QJsonValue &value);
    // The segment's modifiedTime, or its creationTime when it was never modified.
    static QJsonValue modifiedTime(const QJsonObject &segment);

    // The segment's microtenant for display: its microtenantName, "Default" when it has none
    // or its microtenantId is "0".
    static QString microtenantName(const QJsonObject &record);

    // Whether a segment's domain entry covers the queried domain, case-insensitively and
    // ignoring a final dot: "*.example.com" covers "a.example.com" and "a.b.example.com" but
    // not "example.com"; other entries match exactly. A query holding '*' is taken literally
    // (it finds the segment whose entry is that wildcard). A query given as a URL
    // ("https://a.example.com:8443/x") is reduced to its host.
    static bool domainMatches(const QString &segmentDomain, const QString &query);
    // True when any of the segment's domainNames matches.
    static bool segmentCoversDomain(const QJsonObject &segment, const QString &query);
    // The segment's domainNames as normalizedDomain() makes them, the empty ones left out,
    // one a line: what a model keeps per row (one string, not a list of them) so that finding
    // a domain does not parse every segment.
    static QString segmentDomains(const QJsonObject &segment);
    // domainMatches() for entries (one a line) and a query normalised already: true when any
    // entry matches.
    static bool normalizedDomainsCover(QStringView entries, const QString &wanted);
    // The host part of what a user typed: lower-cased, without scheme, port, path, final dot.
    static QString normalizedDomain(const QString &text);
};

} // namespace zc
