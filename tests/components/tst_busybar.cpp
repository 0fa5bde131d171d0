#include "components/BusyBar.h"

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

    void waitAloneShowsTheBar()
    {
        BusyBar bar;
        bar.setTickInterval(50);
        bar.showWait(Product::Zdx, 1, WaitReason::ServerRateLimit);
        QVERIFY(bar.isBusy());
        QTRY_VERIFY(!bar.isWaiting());
        QVERIFY(bar.isBusy()); // the retried request is still under way
        bar.finish();
        QVERIFY(!bar.isBusy());
        bar.showWait(Product::Zdx, 5, WaitReason::ServerRateLimit);
        bar.finish();
        QVERIFY(!bar.isWaiting());
    }
};

QTEST_MAIN(TestBusyBar)
#include "tst_busybar.moc"
