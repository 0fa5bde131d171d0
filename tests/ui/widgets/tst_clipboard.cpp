// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/Clipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void sensitiveTextCarriesConcealedHints()
    {
        Clipboard clipboard;
        clipboard.setText(u"736501"_s, true);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), u"736501"_s);
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(mime->hasFormat(u"ExcludeClipboardContentFromMonitorProcessing"_s));
        QCOMPARE(mime->data(u"CanIncludeInClipboardHistory"_s), QByteArray(4, '\0'));
        QVERIFY(mime->hasFormat(u"org.nspasteboard.ConcealedType"_s));
        QVERIFY(clipboard.isClearPending());
    }

    void plainTextHasNoHintAndStays()
    {
        Clipboard clipboard;
        clipboard.setClearTimeout(50);
        clipboard.setText(u"segment-a"_s, false);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(!mime->hasFormat(u"x-kde-passwordManagerHint"_s));
        QVERIFY(!clipboard.isClearPending());
        QTest::qWait(150);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"segment-a"_s);
    }

    void clearedAfterTimeout()
    {
        Clipboard clipboard;
        QCOMPARE(clipboard.clearTimeout(), 30000);
        clipboard.setClearTimeout(100);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        clipboard.setText(u"736501"_s, true);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"736501"_s);
        QTRY_COMPARE(cleared.size(), 1);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.isClearPending());
    }

    void notClearedWhenUserCopiedSomethingElse()
    {
        Clipboard clipboard;
        clipboard.setClearTimeout(100);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        clipboard.setText(u"736501"_s, true);
        QGuiApplication::clipboard()->setText(u"something the user copied"_s);
        QTRY_VERIFY(!clipboard.isClearPending());
        QTest::qWait(50);
        QCOMPARE(cleared.size(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"something the user copied"_s);
    }

    void clearedOnAboutToQuit()
    {
        Clipboard clipboard; // the default 30 s timeout never fires here
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        clipboard.setText(u"736501"_s, true);
        QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit", Qt::DirectConnection));
        QCOMPARE(cleared.size(), 1);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void notClearedOnQuitWhenReplaced()
    {
        Clipboard clipboard;
        clipboard.setText(u"736501"_s, true);
        QGuiApplication::clipboard()->setText(u"mine"_s);
        QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit", Qt::DirectConnection));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"mine"_s);
    }

    void newCopyReplacesPendingClear()
    {
        Clipboard clipboard;
        clipboard.setClearTimeout(100);
        clipboard.setText(u"111111"_s, true);
        clipboard.setText(u"plain"_s, false);
        QVERIFY(!clipboard.isClearPending());
        QTest::qWait(200);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"plain"_s);
    }

    void sharedInstance()
    {
        QVERIFY(Clipboard::instance());
        QCOMPARE(Clipboard::instance(), Clipboard::instance());
        QCOMPARE(Clipboard::instance()->parent(), qApp);
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
