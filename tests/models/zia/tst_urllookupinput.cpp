// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Cleaning the URLs a user gives before anything is sent.
#include "zia/UrlLookupInput.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestUrlLookupInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trimsDeduplicatesAndKeepsOrder()
    {
        const auto in = UrlLookupInput::prepare(
            {u" bbc.com "_s, u"facebook.com"_s, u"bbc.com"_s, u"\tviruses.org\n"_s});
        QCOMPARE(in.accepted, (QStringList{u"bbc.com"_s, u"facebook.com"_s, u"viruses.org"_s}));
        QCOMPARE(in.duplicates, 1);
        QVERIFY(in.rejected.isEmpty());
    }

    void setsAsideEmptyAndTooLong()
    {
        const QString exact = u"a.com/"_s + QString(1018, u'x');
        QCOMPARE(exact.size(), 1024);
        const QString tooLong = exact + u'x';
        const auto in = UrlLookupInput::prepare({u"ok.com"_s, u"   "_s, tooLong, exact});
        QCOMPARE(in.accepted, (QStringList{u"ok.com"_s, exact}));
        QCOMPARE(in.rejected.size(), 2);
        QCOMPARE(in.rejected.at(0).index, 1);
        QCOMPARE(in.rejected.at(0).problem, UrlLookupInput::Problem::Empty);
        QCOMPARE(in.rejected.at(1).index, 2);
        QCOMPARE(in.rejected.at(1).problem, UrlLookupInput::Problem::TooLong);
        QVERIFY(
            UrlLookupInput::problemMessage(UrlLookupInput::Problem::TooLong).contains(u"1024"_s));
    }
};

QTEST_GUILESS_MAIN(TestUrlLookupInput)
#include "tst_urllookupinput.moc"
