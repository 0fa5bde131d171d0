// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The Activation page, offscreen against the simulator: ZIA and ZTW round trips with the
// confirmation, read-only maintenance refusing (Activate disabled with the reason, the tenant
// still pending), not entitled, and errors with Retry.
#include "ViewFixture.h"

#include "ScriptedDialogSeams.h"
#include "pages/activation/ActivationCard.h"
#include "pages/activation/ActivationPage.h"
#include "widgets/Announcer.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "zia/ZiaActivation.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::ViewFixture;

namespace {

const QString kZiaReadOnly =
    u"ZIA is in read-only maintenance mode: activation is not possible until it ends."_s;
const QString kZtwReadOnly =
    u"ZTW is in read-only maintenance mode: activation is not possible until it ends."_s;

bool idle(ActivationCard *card)
{
    return !card->busyBar()->isBusy() && card->refreshButton()->isEnabled();
}

} // namespace

class TestActivationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ziaRoundTrip()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        fixture.server().setZiaActivationStatus(u"PENDING"_s);
        fixture.server().setZtwActivationPending(true);
        ActivationPage page(&fixture.session());
        ActivationCard *zia = page.ziaCard();
        QCOMPARE(zia->statusText(), u"Not read yet"_s);
        page.resize(1100, 640);
        page.show(); // loads when first shown
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(zia->statusText(), u"Changes pending"_s);
        QTRY_COMPARE(page.ztwCard()->statusText(), u"Changes pending"_s);
        QTRY_VERIFY(idle(zia) && idle(page.ztwCard()));
        QCOMPARE(zia->tone(), ActivationCard::Tone::Pending);
        QCOMPARE(zia->detail(u"API status"_s), u"PENDING"_s);
        QVERIFY(zia->pendingText().contains(u"waiting for activation"_s));
        QVERIFY(zia->notice().isEmpty());
        QVERIFY(zia->activateButton()->isEnabled());
        QTest::qWait(100); // let the layout settle before the grab
        QVERIFY(!zc::test::saveScreenshot(&page, u"activation-pending"_s).isEmpty());

        // Declining the confirmation sends nothing.
        ScriptedDialogSeams seams;
        seams.questionAnswers << QMessageBox::No;
        QTest::mouseClick(zia->activateButton(), Qt::LeftButton);
        QCOMPARE(seams.callsOf(u"question"_s).size(), 1);
        QVERIFY(seams.lastText(u"question"_s).contains(u"ZIA"_s));
        QTest::qWait(200);
        QCOMPARE(fixture.sim().countRequests(u"/status/activate"_s), 0);
        QCOMPARE(fixture.server().ziaActivationStatus(), u"PENDING"_s);

        // Confirmed: activated, and the tenant says so.
        seams.questionAnswers << QMessageBox::Yes;
        QSignalSpy activated(page.ziaActivation(), &ZiaActivation::activated);
        QTest::mouseClick(zia->activateButton(), Qt::LeftButton);
        QCOMPARE(seams.callsOf(u"question"_s).size(), 2);
        QVERIFY(activated.wait(10000));
        QCOMPARE(zia->statusText(), u"Active"_s);
        QCOMPARE(zia->tone(), ActivationCard::Tone::Good);
        QCOMPARE(fixture.server().ziaActivationStatus(), u"ACTIVE"_s);
        QCOMPARE(fixture.sim().countRequests(u"/status/activate"_s, "POST"), 1);
        QVERIFY(!zia->detail(u"Activated"_s).isEmpty());
        QVERIFY(!zia->activateButton()->isEnabled());
        QCOMPARE(zia->activateButton()->toolTip(), u"Nothing to activate."_s);
        // Screen readers hear it.
        QCOMPARE(zc::Announcer::lastAnnouncement(zia), u"ZIA activated: Active"_s);
        // ZTW is untouched.
        QVERIFY(fixture.server().isZtwActivationPending());
        QCOMPARE(page.ztwCard()->statusText(), u"Changes pending"_s);

        // F5 reads both again.
        const int before = fixture.sim().countRequests(u"/ecAdminActivateStatus"_s, "GET");
        page.refresh();
        QTRY_COMPARE(fixture.sim().countRequests(u"/ecAdminActivateStatus"_s, "GET"), before + 1);
        QTRY_VERIFY(idle(zia) && idle(page.ztwCard()));
        QCOMPARE(zia->statusText(), u"Active"_s);
    }

    void ztwRoundTrip()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        fixture.server().setZtwActivationPending(true);
        ActivationPage page(&fixture.session());
        ActivationCard *ztw = page.ztwCard();
        page.resize(1100, 640);
        page.show();
        QTRY_COMPARE(ztw->statusText(), u"Changes pending"_s);
        QTRY_VERIFY(idle(ztw));
        QCOMPARE(ztw->detail(u"Edit status"_s), u"Edits waiting for activation (EDITS_PRESENT)"_s);
        QCOMPARE(ztw->detail(u"Your activation"_s), u"Editing (ADM_EDITING)"_s);
        QVERIFY(ztw->detail(u"Last activation"_s).endsWith(u"(CAC_ACTV_UI)"_s));
        QVERIFY(ztw->activateButton()->isEnabled());
        // ZIA has nothing pending.
        QTRY_COMPARE(page.ziaCard()->statusText(), u"Active"_s);
        QVERIFY(!page.ziaCard()->activateButton()->isEnabled());

        ScriptedDialogSeams seams;
        seams.questionAnswers << QMessageBox::Yes;
        QTest::mouseClick(ztw->activateButton(), Qt::LeftButton);
        QCOMPARE(seams.callsOf(u"question"_s).size(), 1);
        QVERIFY(seams.lastText(u"question"_s).contains(u"ZTW"_s));
        QTRY_COMPARE_WITH_TIMEOUT(ztw->statusText(), u"Active"_s, 10000);
        QVERIFY(!fixture.server().isZtwActivationPending());
        QCOMPARE(ztw->detail(u"Edit status"_s), u"No pending edits (EDITS_CLEARED)"_s);
        QCOMPARE(ztw->detail(u"Last activation"_s), u"Succeeded (CAC_ACTV_SUCCESS)"_s);
        QVERIFY(!ztw->activateButton()->isEnabled());
    }

    void readOnlyDisablesActivate()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        fixture.server().setZiaActivationStatus(u"PENDING"_s);
        fixture.server().setZtwActivationPending(true);
        fixture.server().setReadOnly(true);
        ActivationPage page(&fixture.session());
        ActivationCard *zia = page.ziaCard();
        ActivationCard *ztw = page.ztwCard();
        page.resize(1100, 640);
        page.show();
        // Reading works during maintenance.
        QTRY_COMPARE(zia->statusText(), u"Changes pending"_s);
        QTRY_COMPARE(ztw->statusText(), u"Changes pending"_s);
        QTRY_VERIFY(idle(zia) && idle(ztw));

        // The attempt is refused: Activate is disabled with the reason on the card.
        ScriptedDialogSeams seams;
        seams.questionAnswers << QMessageBox::Yes << QMessageBox::Yes;
        QTest::mouseClick(zia->activateButton(), Qt::LeftButton);
        QTRY_COMPARE(zia->notice(), kZiaReadOnly);
        QTRY_VERIFY(idle(zia));
        QVERIFY(zia->noticeLabel()->isVisible());
        QVERIFY(!zia->activateButton()->isEnabled());
        QCOMPARE(zia->activateButton()->toolTip(), kZiaReadOnly);
        QCOMPARE(zia->statusText(), u"Changes pending"_s);
        QCOMPARE(fixture.server().ziaActivationStatus(), u"PENDING"_s);

        QTest::mouseClick(ztw->activateButton(), Qt::LeftButton);
        QTRY_COMPARE(ztw->notice(), kZtwReadOnly);
        QTRY_VERIFY(idle(ztw));
        QVERIFY(!ztw->activateButton()->isEnabled());
        QVERIFY(fixture.server().isZtwActivationPending());
        QCOMPARE(seams.callsOf(u"question"_s).size(), 2);

        // After a refresh it stays so; the tenant stays pending.
        page.refresh();
        QTRY_VERIFY(idle(zia) && idle(ztw));
        QCOMPARE(zia->notice(), kZiaReadOnly);
        QVERIFY(!zia->activateButton()->isEnabled());
        QVERIFY(!ztw->activateButton()->isEnabled());
        QCOMPARE(zia->statusText(), u"Changes pending"_s);
        QVERIFY(!zia->banner()->isVisibleTo(zia)); // the notice says it, not an error
        QTest::qWait(100);                         // let the layout settle before the grab
        QVERIFY(!zc::test::saveScreenshot(&page, u"activation-read-only"_s).isEmpty());

        // A page opened later on this session knows it after its first refresh.
        ActivationPage later(&fixture.session());
        later.show();
        QTRY_COMPARE(later.ziaCard()->statusText(), u"Changes pending"_s);
        QTRY_VERIFY(idle(later.ziaCard()));
        QCOMPARE(later.ziaCard()->notice(), kZiaReadOnly);
        QVERIFY(!later.ziaCard()->activateButton()->isEnabled());

        // Clicking a disabled Activate asks nothing and sends nothing.
        QTest::mouseClick(zia->activateButton(), Qt::LeftButton);
        QCOMPARE(seams.callsOf(u"question"_s).size(), 2);
        QCOMPARE(fixture.sim().countRequests(u"/status/activate"_s), 1);
        QCOMPARE(fixture.server().ziaActivationStatus(), u"PENDING"_s);
        QVERIFY(fixture.server().isZtwActivationPending());
    }

    void checkAgainAfterMaintenanceActivates()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        fixture.server().setZiaActivationStatus(u"PENDING"_s);
        fixture.server().setReadOnly(true);
        ActivationPage page(&fixture.session());
        ActivationCard *zia = page.ziaCard();
        page.show();
        QTRY_COMPARE(zia->statusText(), u"Changes pending"_s);
        QTRY_VERIFY(idle(zia));
        QVERIFY(!zia->recheckButton()->isVisible());

        ScriptedDialogSeams seams;
        seams.questionAnswers << QMessageBox::Yes << QMessageBox::Yes << QMessageBox::Yes;
        QTest::mouseClick(zia->activateButton(), Qt::LeftButton);
        QTRY_COMPARE(zia->notice(), kZiaReadOnly);
        QTRY_VERIFY(idle(zia));
        QVERIFY(zia->recheckButton()->isVisible());
        QVERIFY(fixture.session().isReadOnly(zc::Product::Zia));

        // Still in maintenance: Check again allows one more attempt, which is refused again.
        QTest::mouseClick(zia->recheckButton(), Qt::LeftButton);
        QVERIFY(zia->notice().isEmpty());
        QVERIFY(zia->activateButton()->isEnabled());
        QVERIFY(!fixture.session().isReadOnly(zc::Product::Zia));
        QTest::mouseClick(zia->activateButton(), Qt::LeftButton);
        QTRY_COMPARE(zia->notice(), kZiaReadOnly);
        QTRY_VERIFY(idle(zia));
        QCOMPARE(fixture.server().ziaActivationStatus(), u"PENDING"_s);

        // Maintenance over: Check again, Activate, and the changes are active.
        fixture.server().setReadOnly(false);
        QTest::mouseClick(zia->recheckButton(), Qt::LeftButton);
        QVERIFY(!zia->recheckButton()->isVisible());
        QTest::mouseClick(zia->activateButton(), Qt::LeftButton);
        QTRY_COMPARE(fixture.server().ziaActivationStatus(), u"ACTIVE"_s);
        QTRY_COMPARE(zia->statusText(), u"Active"_s);
        QCOMPARE(seams.callsOf(u"question"_s).size(), 3);
        QCOMPARE(fixture.sim().countRequests(u"/status/activate"_s), 3);
    }

    void notEntitledIsSaidPlainly()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        sim::SimClient client;
        client.clientId = QString::fromLatin1(zc::test::SimFixture::kSecretClient);
        client.clientSecret = fixture.sim().clientSecret();
        client.entitlements = {Product::Zia, Product::Zpa};
        fixture.server().addClient(client);
        ActivationPage page(&fixture.session());
        page.show();
        QTRY_COMPARE(page.ztwCard()->statusText(), u"Not entitled"_s);
        QTRY_VERIFY(idle(page.ztwCard()));
        QVERIFY(page.ztwCard()->banner()->isVisibleTo(page.ztwCard()));
        QVERIFY(page.ztwCard()->banner()->message().contains(u"not entitled"_s));
        QVERIFY(!page.ztwCard()->activateButton()->isEnabled());
        QVERIFY(page.ztwCard()->pendingText().contains(u"not entitled to ZTW"_s));
        QTRY_COMPARE(page.ziaCard()->statusText(), u"Active"_s);
    }

    void errorsOfferRetry()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        fixture.server().setZiaActivationStatus(u"PENDING"_s);
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::MalformedJson;
        fault.product = Product::Zia;
        fault.method = "GET";
        fixture.server().injectFault(fault);
        ActivationPage page(&fixture.session());
        page.show();
        ActivationCard *zia = page.ziaCard();
        QTRY_VERIFY(zia->banner()->isVisibleTo(zia));
        QTRY_VERIFY(idle(zia));
        QCOMPARE(zia->banner()->severity(), ErrorBanner::Severity::Error);
        QVERIFY(zia->banner()->isRetryVisible());
        QVERIFY(!zia->activateButton()->isEnabled());
        QTest::mouseClick(zia->banner()->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(zia->statusText(), u"Changes pending"_s);
        QVERIFY(!zia->banner()->isVisibleTo(zia));
        QVERIFY(zia->activateButton()->isEnabled());
    }
};

QTEST_MAIN(TestActivationPage)
#include "tst_activationpage.moc"
