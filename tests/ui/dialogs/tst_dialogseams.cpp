// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ScriptedDialogSeams.h"

#include <QApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDialogSeams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsTheRealDialogs()
    {
        QVERIFY(dynamic_cast<zc::RealDialogSeams *>(zc::DialogSeams::instance()));
    }

    void scriptedInstallsAndRestores()
    {
        zc::DialogSeams *real = zc::DialogSeams::instance();
        {
            zc::ScriptedDialogSeams outer;
            QCOMPARE(zc::DialogSeams::instance(), &outer);
            {
                zc::ScriptedDialogSeams inner;
                QCOMPARE(zc::DialogSeams::instance(), &inner);
            }
            QCOMPARE(zc::DialogSeams::instance(), &outer);
        }
        QCOMPARE(zc::DialogSeams::instance(), real);
    }

    void scriptedAnswersInOrderAndRecords()
    {
        zc::ScriptedDialogSeams seams;
        seams.questionAnswers << QMessageBox::Yes << QMessageBox::Retry;
        seams.openFileNames << u"/tmp/a.pem"_s;
        seams.saveFileNames << u"/tmp/b.json"_s;
        seams.passwords << u"pw"_s;
        zc::DialogSeams *s = zc::DialogSeams::instance();

        QCOMPARE(s->question(nullptr, u"T"_s, u"first"_s), QMessageBox::Yes);
        QCOMPARE(s->question(nullptr, u"T"_s, u"second"_s), QMessageBox::Retry);
        QCOMPARE(s->question(nullptr, u"T"_s, u"third"_s), QMessageBox::No); // default answer
        QCOMPARE(s->getOpenFileName(nullptr, u"Open"_s), u"/tmp/a.pem"_s);
        QVERIFY(s->getOpenFileName(nullptr, u"Open"_s).isEmpty()); // cancelled
        QCOMPARE(s->getSaveFileName(nullptr, u"Save"_s), u"/tmp/b.json"_s);
        bool ok = false;
        QCOMPARE(s->getPassword(nullptr, u"P"_s, u"label"_s, &ok), u"pw"_s);
        QVERIFY(ok);
        QVERIFY(s->getPassword(nullptr, u"P"_s, u"label"_s, &ok).isEmpty());
        QVERIFY(!ok);
        s->warning(nullptr, u"W"_s, u"careful"_s);
        s->information(nullptr, u"I"_s, u"fyi"_s);

        QCOMPARE(seams.callsOf(u"question"_s).size(), 3);
        QCOMPARE(seams.lastText(u"question"_s), u"third"_s);
        QCOMPARE(seams.lastText(u"warning"_s), u"careful"_s);
        QCOMPARE(seams.lastText(u"information"_s), u"fyi"_s);
        QCOMPARE(seams.callsOf(u"open"_s).size(), 2);
        QCOMPARE(seams.calls.size(), 10);
    }
};

QTEST_MAIN(TestDialogSeams)
#include "tst_dialogseams.moc"
