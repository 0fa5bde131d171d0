// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/BusyBar.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestBusyBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void progressText()
    {
        BusyBar bar;
        QVERIFY(!bar.isBusy());
        bar.start(u"Looking up batch 2 of 5…"_s);
        QVERIFY(bar.isBusy());
        QCOMPARE(bar.text(), u"Looking up batch 2 of 5…"_s);
        QCOMPARE(bar.progressBar()->maximum(), 0); // indeterminate

        bar.setProgress(2, 40, BusyBar::pageText(2, 40));
        QCOMPARE(bar.text(), u"Loading page 3 of 40…"_s);
        QCOMPARE(bar.progressBar()->maximum(), 40);
        QCOMPARE(bar.progressBar()->value(), 2);
        QCOMPARE(BusyBar::pageText(0, 0), u"Loading page 1…"_s);
        QCOMPARE(BusyBar::pageText(40, 40), u"Loading page 40 of 40…"_s);

        bar.finish();
        QVERIFY(!bar.isBusy());
    }

    void cancelSignal()
    {
        QWidget window;
        auto *bar = new BusyBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        bar->start(u"Loading…"_s);
        QSignalSpy cancel(bar, &BusyBar::cancelRequested);
        QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        bar->setCancellable(false);
        QVERIFY(bar->cancelButton()->isHidden());
    }

    void countdownDecreasesAndReturnsToProgress()
    {
        BusyBar bar;
        bar.setTickInterval(80);
        bar.setProgress(2, 40, BusyBar::pageText(2, 40));
        bar.showWait(Product::Zia, 3, WaitReason::ServerRateLimit);
        QVERIFY(bar.isWaiting());
        QCOMPARE(bar.text(), u"Rate limited by ZIA, retrying in 3 s."_s);
        QCOMPARE(bar.secondsLeft(), 3);
        QTRY_COMPARE(bar.text(), u"Rate limited by ZIA, retrying in 2 s."_s);
        QTRY_COMPARE(bar.text(), u"Rate limited by ZIA, retrying in 1 s."_s);
        QTRY_VERIFY(!bar.isWaiting());
        QCOMPARE(bar.text(), u"Loading page 3 of 40…"_s);
        QVERIFY(bar.isBusy());
    }

    void countdownAtRealSpeed()
    {
        BusyBar bar;
        bar.start(u"Loading…"_s);
        bar.showWait(Product::Zcc, 2, WaitReason::ClientRateLimit);
        QCOMPARE(bar.text(), zc::waitMessage(Product::Zcc, 2, WaitReason::ClientRateLimit));
        QTest::qWait(300);
        QCOMPARE(bar.secondsLeft(), 2); // one tick per second
        QTRY_COMPARE_WITH_TIMEOUT(bar.secondsLeft(), 1, 1500);
    }

    void progressDuringCountdownShowsAfterIt()
    {
        BusyBar bar;
        bar.setTickInterval(50);
        bar.start(u"Loading…"_s);
        bar.showWait(Product::Zpa, 2, WaitReason::ServiceUnavailable);
        bar.setText(u"Loading page 4 of 9…"_s);
        QVERIFY(bar.text().contains("ZPA"_L1)); // the countdown keeps the line
        QTRY_COMPARE(bar.text(), u"Loading page 4 of 9…"_s);
    }

    void waitAloneShowsTheBarForTheCountdownOnly()
    {
        // A wait of a request the view did not start (a background poll) on an idle bar: the
        // countdown shows, without Cancel, and the bar hides again when it ends.
        QWidget window;
        auto *bar = new BusyBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        bar->setTickInterval(50);
        bar->setCancellable(true);
        bar->showWait(Product::Zdx, 2, WaitReason::ServerRateLimit);
        QVERIFY(bar->isBusy());
        QVERIFY(bar->isWaiting());
        QCOMPARE(bar->text(), u"Rate limited by ZDX, retrying in 2 s."_s);
        QVERIFY(bar->cancelButton()->isHidden()); // nothing of the view's own to cancel
        QTRY_VERIFY(!bar->isWaiting());
        QVERIFY(!bar->isBusy());
        QVERIFY(bar->text().isEmpty());

        // The next call of the view's own has its Cancel back.
        bar->start(u"Loading…"_s);
        QVERIFY(bar->cancelButton()->isVisibleTo(&window));
        bar->finish();

        // A wait of 0 seconds on an idle bar ends it the same way.
        bar->showWait(Product::Zdx, 5, WaitReason::ServerRateLimit);
        QVERIFY(bar->isBusy());
        bar->showWait(Product::Zdx, 0, WaitReason::ServerRateLimit);
        QVERIFY(!bar->isWaiting());
        QVERIFY(!bar->isBusy());
        bar->showWait(Product::Zdx, 5, WaitReason::ServerRateLimit);
        bar->finish();
        QVERIFY(!bar->isWaiting());
        QVERIFY(!bar->isBusy());
    }

    void waitDuringOwnCallReturnsToIt()
    {
        BusyBar bar;
        bar.setTickInterval(50);
        bar.start(u"Loading…"_s);
        bar.showWait(Product::Zdx, 2, WaitReason::ServerRateLimit);
        QVERIFY(bar.text().contains("ZDX"_L1));
        QTRY_VERIFY(!bar.isWaiting());
        QCOMPARE(bar.text(), u"Loading…"_s);
        QVERIFY(bar.isBusy()); // the call goes on until its finish()
        QTest::qWait(120);
        QVERIFY(bar.isBusy());
        bar.finish();
        QVERIFY(!bar.isBusy());
    }

    void ownCallStartedDuringAnIdleWaitKeepsTheBar()
    {
        QWidget window;
        auto *bar = new BusyBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        bar->setTickInterval(50);
        bar->showWait(Product::Zdx, 2, WaitReason::ServerRateLimit);
        QVERIFY(bar->cancelButton()->isHidden());
        bar->start(u"Searching…"_s);
        QVERIFY(bar->text().contains("ZDX"_L1)); // the countdown keeps the line
        QVERIFY(bar->cancelButton()->isVisibleTo(&window));
        QTRY_VERIFY(!bar->isWaiting());
        QCOMPARE(bar->text(), u"Searching…"_s);
        QVERIFY(bar->isBusy());
        bar->finish();
        QVERIFY(!bar->isBusy());
    }
};

QTEST_MAIN(TestBusyBar)
#include "tst_busybar.moc"
