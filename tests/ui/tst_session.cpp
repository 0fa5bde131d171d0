// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Session.h"
#include "SimFixture.h"
#include "activity/ActivityModel.h"
#include "net/ApiClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using State = zc::Session::State;

class TestSession : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_sim;

    zc::ApiJob *send(zc::Session &session, const zc::ApiRequest &request)
    {
        zc::ApiJob *job = session.client()->send(request);
        job->setAutoDelete(false);
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
    }

    void init()
    {
        m_sim.server().setReadOnly(false);
        m_sim.server().clearFaults();
    }

    void noDemoWithoutALauncher()
    {
        zc::Session session;
        QSignalSpy failed(&session, &zc::Session::demoFailed);
        session.startDemoInBackground();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(session.state(), State::SignedOut);
        QVERIFY(!session.isDemo());
    }

    void signsInWithAProfile()
    {
        zc::Session session;
        QSignalSpy started(&session, &zc::Session::started);
        QSignalSpy token(&session, &zc::Session::tokenChanged);
        QCOMPARE(session.state(), State::SignedOut);
        session.start(u"Acme"_s, m_sim.settings(), m_sim.secretCredentials());
        QCOMPARE(started.count(), 1);
        QVERIFY(session.isActive());
        QVERIFY(!session.isDemo());
        QCOMPARE(session.profileName(), u"Acme"_s);
        QCOMPARE(session.tenantName(), u"127.0.0.1"_s);
        QCOMPARE(session.state(), State::SigningIn);
        QTRY_COMPARE(session.state(), State::SignedIn);
        QCOMPARE(token.count(), 1);
        QVERIFY(session.tokenExpiresAt().isValid());
        QCOMPARE(session.tokenLifetimeSeconds(), 3600);

        zc::ConnectionSettings vanity = m_sim.settings();
        vanity.vanityDomain = u"acme"_s;
        session.start(u"Acme 2"_s, vanity, m_sim.secretCredentials());
        QCOMPARE(session.tenantName(), u"acme"_s);
    }

    void refusedSignIn()
    {
        zc::Session session;
        zc::Credentials wrong;
        wrong.clientSecret = "not-the-secret";
        session.start(u"Wrong"_s, m_sim.settings(), wrong);
        QTRY_COMPARE(session.state(), State::SignInFailed);
        QCOMPARE(session.signInError().kind, zc::ApiError::Kind::Authentication);
        QVERIFY(!session.tokenExpiresAt().isValid());

        zc::ConnectionSettings broken = m_sim.settings();
        broken.tokenUrlOverride = QUrl();
        session.start(u"Broken"_s, broken, m_sim.secretCredentials());
        QCOMPARE(session.state(), State::SignInFailed);
        QCOMPARE(session.signInError().kind, zc::ApiError::Kind::InvalidInput);
    }

    void budgetAndActivity()
    {
        zc::Session session;
        QSignalSpy budget(&session, &zc::Session::budgetChanged);
        session.start(u"Acme"_s, m_sim.settings(), m_sim.secretCredentials());
        QVERIFY(!session.budget(zc::Product::Zia).isKnown());
        zc::ApiJob *job = send(session, zc::ApiRequest::get(zc::Product::Zia, {u"status"_s}));
        QVERIFY(zc::test::waitForJob(job));
        QVERIFY(!budget.isEmpty());
        QCOMPARE(budget.last().at(0).value<zc::Product>(), zc::Product::Zia);
        QVERIFY(session.budget(zc::Product::Zia).isKnown());
        // The token request and the call itself.
        QCOMPARE(session.activity()->rowCount(), 2);
        QCOMPARE(session.activity()->entry(1).requestId, job->requestId());
        delete job;

        // A new session starts with a clean log.
        session.start(u"Acme"_s, m_sim.settings(), m_sim.secretCredentials());
        QCOMPARE(session.activity()->rowCount(), 0);
    }

    void waitsAreAnnounced()
    {
        zc::Session session;
        QSignalSpy waiting(&session, &zc::Session::waiting);
        session.start(u"Acme"_s, m_sim.settings(), m_sim.secretCredentials());
        zc::sim::SimFault fault;
        fault.kind = zc::sim::SimFault::Kind::TooManyRequests;
        fault.product = zc::Product::Zia;
        fault.retryAfter = "1";
        m_sim.server().injectFault(fault);
        zc::ApiJob *job = send(session, zc::ApiRequest::get(zc::Product::Zia, {u"status"_s}));
        QVERIFY(zc::test::waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        delete job;
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.first().at(0).value<zc::Product>(), zc::Product::Zia);
        bool sawWait = false;
        for (int row = 0; row < session.activity()->rowCount(); ++row)
            sawWait |= session.activity()->entry(row).kind == zc::ActivityEntry::Kind::Wait;
        QVERIFY(sawWait);
    }

    void readOnlyComesAndGoes()
    {
        zc::Session session;
        QSignalSpy readOnly(&session, &zc::Session::readOnlyChanged);
        session.start(u"Acme"_s, m_sim.settings(), m_sim.secretCredentials());
        m_sim.server().setReadOnly(true);
        const auto activate = zc::ApiRequest::post(zc::Product::Zia, {u"status"_s, u"activate"_s});
        zc::ApiJob *job = send(session, activate);
        QVERIFY(zc::test::waitForJob(job));
        QCOMPARE(job->error().kind, zc::ApiError::Kind::ReadOnly);
        delete job;
        QVERIFY(session.isReadOnly(zc::Product::Zia));
        QVERIFY(!session.isReadOnly(zc::Product::Zpa));
        QVERIFY(session.readOnlyMessage(zc::Product::Zia).contains(u"read-only"_s));
        QCOMPARE(session.readOnlyProducts(), QList<zc::Product>{zc::Product::Zia});
        QCOMPARE(readOnly.count(), 1);
        QCOMPARE(readOnly.first().at(1).toBool(), true);

        // Reads do not end it; an accepted change does.
        job = send(session, zc::ApiRequest::get(zc::Product::Zia, {u"status"_s}));
        QVERIFY(zc::test::waitForJob(job));
        delete job;
        QVERIFY(session.isReadOnly(zc::Product::Zia));
        m_sim.server().setReadOnly(false);
        QTest::qWait(1100); // ZIA allows one write a second
        job = send(session, activate);
        QVERIFY(zc::test::waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        delete job;
        QVERIFY(!session.isReadOnly(zc::Product::Zia));
        QCOMPARE(readOnly.count(), 2);
        QCOMPARE(readOnly.last().at(1).toBool(), false);
    }

    void endingTearsDown()
    {
        zc::Session session;
        QSignalSpy ended(&session, &zc::Session::ended);
        session.start(u"Acme"_s, m_sim.settings(), m_sim.secretCredentials());
        QTRY_COMPARE(session.state(), State::SignedIn);
        QPointer<zc::ApiClient> client = session.client();
        zc::ApiJob *job = send(session, zc::ApiRequest::get(zc::Product::Zia, {u"status"_s}));
        QPointer<zc::ApiJob> guard = job;
        job->setAutoDelete(true);
        session.end();
        QCOMPARE(ended.count(), 1);
        QVERIFY(!session.isActive());
        QCOMPARE(session.state(), State::SignedOut);
        QVERIFY(session.profileName().isEmpty());
        QVERIFY(!session.tokenExpiresAt().isValid());
        QTRY_VERIFY(client.isNull());
        QVERIFY(guard.isNull());
        session.end(); // twice is harmless
        QCOMPARE(ended.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
