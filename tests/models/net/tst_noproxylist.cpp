// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// NO_PROXY as curl reads it: names and their subdomains, "*", addresses and networks, ports.
#include "net/NoProxyList.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestNoProxyList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("expected");
        const QString names = u"example.com, .corp.example.net intranet"_s;
        QTest::newRow("name itself") << names << u"example.com"_s << 443 << true;
        QTest::newRow("subdomain") << names << u"api.example.com"_s << 443 << true;
        QTest::newRow("not a suffix of a label") << names << u"notexample.com"_s << 443 << false;
        QTest::newRow("leading dot: the domain") << names << u"corp.example.net"_s << 443 << true;
        QTest::newRow("leading dot: below") << names << u"a.corp.example.net"_s << 80 << true;
        QTest::newRow("parent not matched") << names << u"example.net"_s << 443 << false;
        QTest::newRow("space separated") << names << u"intranet"_s << 443 << true;
        QTest::newRow("case and trailing dot") << names << u"API.Example.COM."_s << 443 << true;
        QTest::newRow("star") << u"*"_s << u"anything.example"_s << 443 << true;
        QTest::newRow("star among others") << u"a.com,*"_s << u"b.com"_s << 443 << true;
        QTest::newRow("star prefix") << u"*.example.org"_s << u"www.example.org"_s << 1 << true;
        QTest::newRow("empty") << QString() << u"example.com"_s << 443 << false;
        QTest::newRow("address") << u"127.0.0.1"_s << u"127.0.0.1"_s << 8443 << true;
        QTest::newRow("other address") << u"127.0.0.1"_s << u"127.0.0.2"_s << 443 << false;
        QTest::newRow("address is not a name") << u"127.0.0.1"_s << u"localhost"_s << 443 << false;
        QTest::newRow("network") << u"10.0.0.0/8"_s << u"10.20.30.40"_s << 443 << true;
        QTest::newRow("outside network") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << 443 << false;
        QTest::newRow("IPv6") << u"::1"_s << u"[::1]"_s << 443 << true;
        QTest::newRow("IPv6 bracketed") << u"[::1]"_s << u"::1"_s << 443 << true;
        QTest::newRow("IPv6 network") << u"fd00::/8"_s << u"fd12::5"_s << 443 << true;
        QTest::newRow("port matches") << u"example.com:8443"_s << u"example.com"_s << 8443 << true;
        QTest::newRow("port differs") << u"example.com:8443"_s << u"example.com"_s << 443 << false;
        QTest::newRow("IPv6 with port") << u"[::1]:8443"_s << u"::1"_s << 8443 << true;
        QTest::newRow("garbage ignored")
            << u"/8, a.com/8, ., example.com"_s << u"example.com"_s << 443 << true;
        QTest::newRow("garbage matches nothing")
            << u"/8, a.com/8, ."_s << u"a.com"_s << 443 << false;
    }
    void matches()
    {
        QFETCH(QString, list);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, expected);
        QCOMPARE(zc::NoProxyList(list).matches(host, port), expected);
    }

    void emptiness()
    {
        QVERIFY(zc::NoProxyList().isEmpty());
        QVERIFY(zc::NoProxyList(u" , "_s).isEmpty());
        QVERIFY(!zc::NoProxyList(u"*"_s).isEmpty());
        QVERIFY(!zc::NoProxyList(u"a.com"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoProxyList)
#include "tst_noproxylist.moc"
