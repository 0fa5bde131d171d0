// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// How ZPA segment fields are shown: port ranges, HTML entities, epoch dates, domain matching.
#include "zpa/ZpaFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestZpaFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portRanges_data()
    {
        QTest::addColumn<QJsonArray>("flat");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QJsonArray{} << QString();
        QTest::newRow("single") << QJsonArray{u"443"_s, u"443"_s} << u"443"_s;
        QTest::newRow("range") << QJsonArray{u"8000"_s, u"8080"_s} << u"8000-8080"_s;
        QTest::newRow("two singles")
            << QJsonArray{u"80"_s, u"80"_s, u"443"_s, u"443"_s} << u"80, 443"_s;
        QTest::newRow("seed wildcard sample")
            << QJsonArray{u"443"_s, u"443"_s, u"80"_s, u"80"_s} << u"443, 80"_s;
        QTest::newRow("seed docs sample") << QJsonArray{u"54"_s, u"65535"_s} << u"54-65535"_s;
        QTest::newRow("mixed") << QJsonArray{u"22"_s, u"22"_s, u"8000"_s, u"8080"_s}
                               << u"22, 8000-8080"_s;
        QTest::newRow("numbers") << QJsonArray{53, 53} << u"53"_s;
        QTest::newRow("dangling") << QJsonArray{u"22"_s, u"22"_s, u"25"_s} << u"22, 25"_s;
        QTest::newRow("spaces") << QJsonArray{u" 443 "_s, u"443"_s} << u"443"_s;
    }

    void portRanges()
    {
        QFETCH(QJsonArray, flat);
        QFETCH(QString, expected);
        QCOMPARE(ZpaFormat::portRanges(flat), expected);
        const QJsonObject segment{{u"tcpPortRanges"_s, flat}};
        QCOMPARE(ZpaFormat::portRanges(segment, ZpaFormat::Protocol::Tcp), expected);
        QCOMPARE(ZpaFormat::portRanges(segment, ZpaFormat::Protocol::Udp), QString());
    }

    void portRangesObjectForm()
    {
        const QJsonObject segment{
            {u"udpPortRange"_s,
             QJsonArray{QJsonObject{{u"from"_s, u"53"_s}, {u"to"_s, u"53"_s}},
                        QJsonObject{{u"from"_s, u"3478"_s}, {u"to"_s, u"3481"_s}}}}};
        QCOMPARE(ZpaFormat::portRanges(segment, ZpaFormat::Protocol::Udp), u"53, 3478-3481"_s);
        QCOMPARE(ZpaFormat::firstPort(segment, ZpaFormat::Protocol::Udp), 53);
        // The flat form wins when both are there.
        QJsonObject both = segment;
        both.insert(u"udpPortRanges"_s, QJsonArray{u"161"_s, u"162"_s});
        QCOMPARE(ZpaFormat::portRanges(both, ZpaFormat::Protocol::Udp), u"161-162"_s);
    }

    void firstPortSortsNumerically()
    {
        const auto tcp = [](QJsonArray flat) {
            return ZpaFormat::firstPort(QJsonObject{{u"tcpPortRanges"_s, flat}},
                                        ZpaFormat::Protocol::Tcp);
        };
        QCOMPARE(tcp({u"8000"_s, u"8080"_s}), 8000);
        QCOMPARE(tcp({u"443"_s, u"443"_s, u"80"_s, u"80"_s}), 443);
        QCOMPARE(tcp({}), -1);
        QCOMPARE(ZpaFormat::firstPort({}, ZpaFormat::Protocol::Udp), -1);
        QVERIFY(tcp({u"80"_s, u"80"_s}) < tcp({u"443"_s, u"443"_s})); // not as text
    }

    void entities_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("seed") << u"&#x2a;&#x2e;example&#x2e;com"_s << u"*.example.com"_s;
        QTest::newRow("upper hex") << u"&#X2A;"_s << u"*"_s;
        QTest::newRow("decimal") << u"&#42;.example.com"_s << u"*.example.com"_s;
        QTest::newRow("named") << u"R&amp;D &lt;wiki&gt; &quot;a&quot; &apos;b&apos;"_s
                               << u"R&D <wiki> \"a\" 'b'"_s;
        QTest::newRow("decoded once") << u"&amp;lt;"_s << u"&lt;"_s;
        QTest::newRow("plain") << u"no entities here"_s << u"no entities here"_s;
        QTest::newRow("bare ampersand") << u"Finance & HR"_s << u"Finance & HR"_s;
        QTest::newRow("unknown name") << u"&nbspx; &copy;"_s << u"&nbspx; &copy;"_s;
        QTest::newRow("no semicolon") << u"&#x2a and more"_s << u"&#x2a and more"_s;
        QTest::newRow("invalid number") << u"&#xzz; &#; &#0;"_s << u"&#xzz; &#; &#0;"_s;
        QTest::newRow("surrogate") << u"&#xD800;"_s << u"&#xD800;"_s;
        QTest::newRow("astral") << u"&#x1F600;"_s << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("accented") << u"caf&#233;"_s << QString::fromUtf8("caf\xC3\xA9");
        QTest::newRow("trailing ampersand") << u"a&"_s << u"a&"_s;
    }

    void entities()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, decoded);
        QCOMPARE(ZpaFormat::decodeEntities(encoded), decoded);
    }

    void dates()
    {
        const QDateTime expected = QDateTime::fromSecsSinceEpoch(1617135729).toLocalTime();
        QCOMPARE(ZpaFormat::epochSeconds(u"1617135729"_s), 1617135729);
        QCOMPARE(ZpaFormat::epochSeconds(1617135729.0), 1617135729);
        QCOMPARE(ZpaFormat::epochSeconds(u"1617135729000"_s), 1617135729); // milliseconds
        QCOMPARE(ZpaFormat::epochSeconds(u"soon"_s), -1);
        QCOMPARE(ZpaFormat::epochSeconds(QJsonValue()), -1);
        QCOMPARE(ZpaFormat::localDate(u"1617135729"_s), expected.toString(u"yyyy-MM-dd HH:mm"_s));
        QVERIFY(ZpaFormat::localDate(u"1617135729"_s).startsWith(u"2021-03-"_s));
        QCOMPARE(ZpaFormat::localDate(QJsonValue()), QString());

        // Modified falls back to created.
        const QJsonObject modified{{u"creationTime"_s, u"1613673797"_s},
                                   {u"modifiedTime"_s, u"1617135436"_s}};
        QCOMPARE(ZpaFormat::modifiedTime(modified).toString(), u"1617135436"_s);
        const QJsonObject created{{u"creationTime"_s, u"1613673797"_s}};
        QCOMPARE(ZpaFormat::modifiedTime(created).toString(), u"1613673797"_s);
    }

    void microtenantName()
    {
        QCOMPARE(ZpaFormat::microtenantName({}), u"Default"_s);
        QCOMPARE(ZpaFormat::microtenantName({{u"microtenantId"_s, u"0"_s}}), u"Default"_s);
        QCOMPARE(ZpaFormat::microtenantName(
                     {{u"microtenantId"_s, u"42"_s}, {u"microtenantName"_s, u"R&amp;D"_s}}),
                 u"R&D"_s);
        QCOMPARE(ZpaFormat::microtenantName({{u"microtenantId"_s, u"42"_s}}), u"42"_s);
    }

    void domainMatching_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        QTest::newRow("wildcard covers a child")
            << u"*.example.com"_s << u"a.example.com"_s << true;
        QTest::newRow("wildcard covers a grandchild")
            << u"*.example.com"_s << u"a.b.example.com"_s << true;
        QTest::newRow("wildcard not the apex") << u"*.example.com"_s << u"example.com"_s << false;
        QTest::newRow("wildcard not a lookalike")
            << u"*.example.com"_s << u"badexample.com"_s << false;
        QTest::newRow("wildcard not another tld")
            << u"*.example.com"_s << u"a.example.com.evil.net"_s << false;
        QTest::newRow("wildcard query is literal")
            << u"*.example.com"_s << u"*.example.com"_s << true;
        QTest::newRow("wildcard query not covered by a host")
            << u"a.example.com"_s << u"*.example.com"_s << false;
        QTest::newRow("wildcard query not widened")
            << u"*.example.com"_s << u"*.b.example.com"_s << false;
        QTest::newRow("exact") << u"docs.example.com"_s << u"docs.example.com"_s << true;
        QTest::newRow("exact only") << u"example.com"_s << u"www.example.com"_s << false;
        QTest::newRow("case and final dot") << u"*.Example.COM"_s << u"A.example.com."_s << true;
        QTest::newRow("url query")
            << u"*.example.com"_s << u"https://a.example.com:8443/x?y"_s << true;
        QTest::newRow("empty query") << u"*.example.com"_s << QString() << false;
        QTest::newRow("ip") << u"10.1.2.3"_s << u"10.1.2.3"_s << true;
    }

    void domainMatching()
    {
        QFETCH(QString, entry);
        QFETCH(QString, query);
        QFETCH(bool, matches);
        QCOMPARE(ZpaFormat::domainMatches(entry, query), matches);
    }

    void segmentCoversDomain()
    {
        const QJsonObject segment{
            {u"domainNames"_s, QJsonArray{u"www.example.com"_s, u"*.corp.example.com"_s}}};
        QVERIFY(ZpaFormat::segmentCoversDomain(segment, u"www.example.com"_s));
        QVERIFY(ZpaFormat::segmentCoversDomain(segment, u"wiki.corp.example.com"_s));
        QVERIFY(!ZpaFormat::segmentCoversDomain(segment, u"corp.example.com"_s));
        QVERIFY(!ZpaFormat::segmentCoversDomain({}, u"www.example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestZpaFormat)
#include "tst_zpaformat.moc"
