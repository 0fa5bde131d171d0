// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/FirstPaint.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFirstPaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tellsTheFirstPaintOnce()
    {
        QLabel window(u"A window"_s);
        auto *firstPaint = new zc::FirstPaint(&window);
        QSignalSpy painted(firstPaint, &zc::FirstPaint::painted);
        QCoreApplication::processEvents();
        QCOMPARE(painted.count(), 0); // not shown, not painted
        QVERIFY(!firstPaint->hasPainted());

        // What main() does: the slow part of a start queued after the first paint.
        bool paintedBeforeTheQueuedCall = false;
        connect(
            firstPaint, &zc::FirstPaint::painted, &window,
            [&] { paintedBeforeTheQueuedCall = firstPaint->hasPainted(); }, Qt::QueuedConnection);
        window.show();
        QTRY_COMPARE(painted.count(), 1);
        QVERIFY(firstPaint->hasPainted());
        QTRY_VERIFY(paintedBeforeTheQueuedCall);

        window.repaint();
        window.hide();
        window.show();
        window.repaint();
        QCoreApplication::processEvents();
        QCOMPARE(painted.count(), 1);
    }
};

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
