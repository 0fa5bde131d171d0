// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Ctrl-C arrives as a Qt signal in the event loop, once per Ctrl-C, with one watcher at a time.
#include "platform/InterruptWatcher.h"
#include "platform/ProcessControl.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using zc::platform::InterruptWatcher;

class TestInterruptWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ctrlCBecomesASignal()
    {
        InterruptWatcher watcher;
        QVERIFY(watcher.isActive());
        QSignalSpy requested(&watcher, &InterruptWatcher::requested);
        QTest::qWait(10); // the event loop runs
        // What Ctrl-C in the terminal sends; the process is still here afterwards.
        QVERIFY(zc::platform::interruptProcess(QCoreApplication::applicationPid()));
        QVERIFY(requested.wait(5000));
        QCOMPARE(requested.size(), 1);
        QVERIFY(zc::platform::interruptProcess(QCoreApplication::applicationPid()));
        QTRY_COMPARE(requested.size(), 2);
    }

    void oneWatcherAtATime()
    {
        auto first = std::make_unique<InterruptWatcher>();
        QVERIFY(first->isActive());
        InterruptWatcher second;
        QVERIFY(!second.isActive());
        QSignalSpy secondSpy(&second, &InterruptWatcher::requested);
        QSignalSpy firstSpy(first.get(), &InterruptWatcher::requested);
        QVERIFY(zc::platform::interruptProcess(QCoreApplication::applicationPid()));
        QVERIFY(firstSpy.wait(5000));
        QCOMPARE(secondSpy.size(), 0);
        // Once the first is gone, a new one takes over.
        first.reset();
        InterruptWatcher third;
        QVERIFY(third.isActive());
        QSignalSpy thirdSpy(&third, &InterruptWatcher::requested);
        QVERIFY(zc::platform::interruptProcess(QCoreApplication::applicationPid()));
        QVERIFY(thirdSpy.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestInterruptWatcher)
#include "tst_interruptwatcher.moc"
