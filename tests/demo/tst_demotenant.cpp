// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Session.h"
#include "SimFixture.h"
#include "SimServer.h"
#include "TenantData.h"
#include "auth/TokenProvider.h"
#include "demo/DemoTenant.h"
#include "demo/DemoTenantLauncher.h"
#include "net/ApiClient.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

class TestDemoTenant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsOnLoopbackWithAKeyClient()
    {
        zc::DemoTenant demo;
        QString error;
        QVERIFY2(demo.start(zc::DemoTenant::defaultOptions(), &error), qPrintable(error));
        QVERIFY(demo.isRunning());
        QCOMPARE(demo.server()->options().clockScale, 10.0);
        QCOMPARE(demo.server()->options().sizes.users, zc::sim::SimDataSizes{}.users);

        const zc::ConnectionSettings s = demo.settings();
        QVERIFY2(s.validationError().isEmpty(), qPrintable(s.validationError()));
        QCOMPARE(s.cloud, zc::Cloud::Custom);
        QCOMPARE(s.authMethod, zc::AuthMethod::PrivateKey);
        QCOMPARE(s.tokenUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(s.apiHost().host(), u"127.0.0.1"_s);
        QVERIFY(!s.zpaCustomerId.isEmpty());

        zc::Credentials credentials = demo.credentials();
        QVERIFY(credentials.clientSecret.isEmpty());
        QCOMPARE(credentials.privateKey.type(), zc::KeyType::EcP256);
        credentials.wipe();
    }

    void signsInWithThePrivateKeyAndAnswersZia()
    {
        zc::DemoTenant demo;
        QVERIFY(demo.start());
        zc::ApiClient client(demo.settings(), demo.credentials());
        QVERIFY(!client.setupError());
        zc::ApiJob *job = client.send(zc::ApiRequest::get(zc::Product::Zia, {u"status"_s}));
        job->setAutoDelete(false);
        QVERIFY(zc::test::waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->httpStatus(), 200);
        const QString status = job->json().object().value("status"_L1).toString();
        QVERIFY2(status == "ACTIVE"_L1 || status == "PENDING"_L1, qPrintable(status));
        delete job;

        QCOMPARE(demo.server()->tokenRequestCount(), 1);
        const auto recorded = demo.server()->recordedRequests();
        QVERIFY(!recorded.isEmpty());
        const zc::sim::RecordedRequest &token = recorded.first();
        QCOMPARE(token.path, u"/oauth2/v1/token"_s);
        QCOMPARE(token.status, 200);
        const QUrlQuery form(QString::fromUtf8(token.body));
        QVERIFY(form.hasQueryItem(u"client_assertion"_s));
        QVERIFY(!form.hasQueryItem(u"client_secret"_s));
        for (const auto &[name, value] : token.headers)
            QVERIFY(name.toLower() != "authorization");
    }

    void launcherStartsAFreshTenant()
    {
        zc::DemoTenantLauncher launcher;
        QCOMPARE(launcher.displayName(), u"Demo tenant"_s);
        QObject owner;
        zc::ConnectionSettings settings;
        zc::Credentials credentials;
        QString error;
        QObject *first = launcher.start(&owner, &settings, &credentials, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->parent(), &owner);
        QCOMPARE(settings.clientId, u"zconsole-demo"_s);
        QVERIFY(!credentials.privateKey.isNull());
        const QUrl firstUrl = settings.apiUrlOverride;
        credentials.wipe();
        // Each start is its own tenant, on its own port, with its own key.
        QObject *second = launcher.start(&owner, &settings, &credentials, &error);
        QVERIFY(second && second != first);
        QVERIFY(settings.apiUrlOverride != firstUrl);
        credentials.wipe();
    }

    void sessionOpensTheDemo()
    {
        zc::DemoTenantLauncher launcher;
        zc::Session session;
        session.setDemoLauncher(&launcher);
        QVERIFY(session.canStartDemo());
        QVERIFY(session.startDemo());
        QVERIFY(session.isDemo());
        QCOMPARE(session.profileName(), zc::DemoTenant::displayName());
        QCOMPARE(session.tenantName(), u"Demo tenant"_s);
        QTRY_COMPARE(session.state(), zc::Session::State::SignedIn);
        QCOMPARE(session.tokenLifetimeSeconds(), 3600);
        QVERIFY(session.secondsLeft() > 3500);

        // Ending the session stops the simulator.
        QPointer<zc::DemoTenant> demo = qobject_cast<zc::DemoTenant *>(session.demoTenant());
        QVERIFY(demo);
        const quint16 port = demo->server()->port();
        QPointer<zc::ApiClient> client = session.client();
        session.end();
        QVERIFY(!session.isActive());
        QCOMPARE(session.state(), zc::Session::State::SignedOut);
        QTRY_VERIFY(demo.isNull() && client.isNull());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000));
    }

    void startsInTheBackground()
    {
        zc::DemoTenant demo;
        QSignalSpy ready(&demo, &zc::DemoTenant::ready);
        QSignalSpy failed(&demo, &zc::DemoTenant::failed);
        demo.startInBackground();
        // Back at once: the data and the key are made on a worker thread, then it listens.
        QVERIFY(!demo.isRunning());
        QVERIFY(ready.wait(60000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(demo.isRunning());
        QCOMPARE(demo.server()->tenantData().users.size(), zc::sim::SimDataSizes{}.users);
        // The same tenant as a blocking start makes: same seed, same people.
        zc::DemoTenant blocking;
        QVERIFY(blocking.start());
        QCOMPARE(demo.server()->tenantData().users.first().loginName,
                 blocking.server()->tenantData().users.first().loginName);

        zc::ApiClient client(demo.settings(), demo.credentials());
        zc::ApiJob *job = client.send(zc::ApiRequest::get(zc::Product::Zia, {u"status"_s}));
        job->setAutoDelete(false);
        QVERIFY(zc::test::waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        delete job;
    }

    void launcherStartsInTheBackgroundAndSessionSignsIn()
    {
        zc::DemoTenantLauncher launcher;
        zc::Session session;
        session.setDemoLauncher(&launcher);
        QSignalSpy started(&session, &zc::Session::started);
        QSignalSpy failed(&session, &zc::Session::demoFailed);
        session.startDemoInBackground();
        QCOMPARE(session.state(), zc::Session::State::Starting);
        QVERIFY(session.isDemo());
        QVERIFY(!session.isActive());
        QCOMPARE(session.profileName(), zc::DemoTenant::displayName());
        QCOMPARE(started.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), zc::Session::State::SignedIn, 60000);
        QCOMPARE(started.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(session.isActive());
        QVERIFY(qobject_cast<zc::DemoTenant *>(session.demoTenant())->isRunning());
    }

    void abandonedWhilePreparing()
    {
        // Deleted before its worker is done: no signal, no crash, the thread is waited for.
        auto *demo = new zc::DemoTenant;
        bool signalled = false;
        connect(demo, &zc::DemoTenant::ready, this, [&] { signalled = true; });
        demo->startInBackground();
        delete demo;

        // A session ended while its demo starts: signed out, and it stays so.
        zc::DemoTenantLauncher launcher;
        zc::Session session;
        session.setDemoLauncher(&launcher);
        session.startDemoInBackground();
        QPointer<QObject> tenant = session.demoTenant();
        session.end();
        QCOMPARE(session.state(), zc::Session::State::SignedOut);
        QTRY_VERIFY(tenant.isNull());
        QTest::qWait(200);
        QCOMPARE(session.state(), zc::Session::State::SignedOut);
        QVERIFY(!signalled);
    }
};

QTEST_GUILESS_MAIN(TestDemoTenant)
#include "tst_demotenant.moc"
