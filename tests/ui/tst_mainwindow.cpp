// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"
#include "ScriptedDialogSeams.h"
#include "Session.h"
#include "SimFixture.h"
#include "SimServer.h"
#include "activity/ActivityDock.h"
#include "activity/ActivityModel.h"
#include "activity/ActivityPanel.h"
#include "auth/TokenProvider.h"
#include "demo/DemoTenant.h"
#include "demo/DemoTenantLauncher.h"
#include "dialogs/ProfileManagerDialog.h"
#include "net/ApiClient.h"
#include "net/DiagnosticLog.h"
#include "pages/Page.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "widgets/FirstPaint.h"
#include "widgets/ReadOnlyBanner.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QString screenshotDir()
{
    const QString build = qEnvironmentVariable("ZCONSOLE_BUILD_DIR", QDir::currentPath());
    const QString dir = build + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir;
}

void screenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = screenshotDir() + u"/mainwindow-"_s + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

// The simulator behind the session's demo tenant.
zc::sim::SimServer *demoServer(const zc::Session &session)
{
    auto *demo = qobject_cast<zc::DemoTenant *>(session.demoTenant());
    return demo ? demo->server() : nullptr;
}

bool activate(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    zc::ScriptedDialogSeams *m_seams = nullptr;
    zc::DemoTenantLauncher m_demo; // what the application's main() installs

    // Sends a request through the session's client and waits for its end.
    zc::ApiError call(zc::Session &session, const zc::ApiRequest &request,
                      QString *requestId = nullptr)
    {
        zc::ApiJob *job = session.client()->send(request);
        job->setAutoDelete(false);
        if (!zc::test::waitForJob(job))
            return zc::ApiError::make(zc::ApiError::Kind::Timeout, u"test timeout"_s);
        const zc::ApiError error = job->error();
        if (requestId)
            *requestId = job->requestId();
        delete job;
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"zconsole.ini"_s), QSettings::IniFormat);
        m_seams = new zc::ScriptedDialogSeams;
    }

    void cleanupTestCase()
    {
        delete m_seams;
        m_seams = nullptr;
    }

    void init()
    {
        m_settings->clear();
        m_seams->calls.clear();
    }

    void signsInAndShowsTheStatus()
    {
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        QVERIFY(session.startDemo());
        zc::MainWindow window(&session, m_settings.get());
        QVERIFY(activate(&window));
        auto *profile = window.findChild<QLabel *>(u"profileStatus"_s);
        auto *signIn = window.findChild<QLabel *>(u"signInStatus"_s);
        QVERIFY(profile && signIn);
        QCOMPARE(profile->text(), u"Demo tenant"_s);
        QTRY_VERIFY2(signIn->text().contains(u"Signed in"_s), qPrintable(signIn->text()));
        // A token lifetime that counts down: "59:59", then less.
        const QRegularExpression clock(u"(\\d+:)?\\d+:\\d\\d"_s);
        const auto first = clock.match(signIn->text());
        QVERIFY2(first.hasMatch(), qPrintable(signIn->text()));
        QVERIFY(first.captured(0).startsWith(u"59:"_s) || first.captured(0) == u"1:00:00"_s);
        const QString before = signIn->text();
        QTRY_VERIFY_WITH_TIMEOUT(signIn->text() != before, 3000);
        QVERIFY(window.statusText().contains(u"Demo tenant"_s));
        QVERIFY(window.windowTitle().contains(u"Demo tenant"_s));
        QVERIFY(m_seams->callsOf(u"warning"_s).isEmpty());

        // The demo signed in with its private key: a client assertion, no secret.
        const auto recorded = demoServer(session)->recordedRequests();
        QVERIFY(!recorded.isEmpty());
        QVERIFY(QUrlQuery(QString::fromUtf8(recorded.first().body))
                    .hasQueryItem(u"client_assertion"_s));
    }

    void navigatesWithShortcuts()
    {
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        QVERIFY(session.startDemo());
        zc::MainWindow window(&session, m_settings.get());
        QVERIFY(activate(&window));
        QTRY_COMPARE(session.state(), zc::Session::State::SignedIn);
        const QList<zc::Area> areas = zc::allAreas();
        QCOMPARE(areas.size(), 9);
        // Backwards, so that every shortcut really changes the page.
        for (int i = int(areas.size()) - 1; i >= 0; --i) {
            QTest::keyClick(&window, Qt::Key(int(Qt::Key_1) + i), Qt::ControlModifier);
            const zc::Area area = areas.at(i);
            QCOMPARE(window.currentArea(), area);
            auto *page = qobject_cast<zc::Page *>(window.page(area));
            QVERIFY(page);
            QCOMPARE(page->area(), area);
            QVERIFY(page->isVisible());
            // The status bar names the page's product's budget.
            QVERIFY2(window.statusText().contains(zc::productName(zc::areaProduct(area)) + u':'),
                     qPrintable(window.statusText()));
            screenshot(&window, u"page-"_s + zc::areaKey(area));
        }
    }

    void activityPanelListsRequestsWithoutSecrets()
    {
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        // The diagnostic log gets the same lines (main() gives it the app's data folder).
        zc::DiagnosticLog log(m_dir.filePath(u"logs"_s));
        session.setDiagnosticLog(&log);
        QVERIFY(session.startDemo());
        zc::MainWindow window(&session, m_settings.get());
        QVERIFY(activate(&window));
        QVERIFY(!window.activityDock()->isVisible());
        // The panel is made when its dock is first shown, not with the window.
        QVERIFY(!window.activityDock()->hasPanel());
        // Help > Open Log Folder shows that folder (not triggered here: it would start the
        // desktop's file manager).
        auto *openLogFolder = window.findChild<QAction *>(u"openLogFolderAction"_s);
        QVERIFY(openLogFolder);
        QVERIFY(openLogFolder->isEnabled());
        QCOMPARE(window.logFolder(), log.folder());
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.activityDock()->isVisible());
        QVERIFY(window.activityDock()->hasPanel());
        QVERIFY(window.activityPanel()->isVisible());
        QTRY_COMPARE(session.state(), zc::Session::State::SignedIn);

        window.showArea(zc::Area::UrlLookup);
        QString requestId;
        const zc::ApiError error = call(session,
                                        zc::ApiRequest::get(zc::Product::Zia, {u"status"_s},
                                                            {{u"search"_s, u"needle-in-query"_s}}),
                                        &requestId);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(!requestId.isEmpty());

        QTableView *view = window.activityPanel()->view();
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 2); // sign-in, then the call
        auto cell = [model](int row, int column) {
            return model->data(model->index(row, column)).toString();
        };
        QCOMPARE(cell(0, zc::ActivityModel::PathColumn), u"/oauth2/v1/token"_s);
        QCOMPARE(cell(0, zc::ActivityModel::MethodColumn), u"POST"_s);
        QCOMPARE(cell(0, zc::ActivityModel::StatusColumn), u"200"_s);
        QCOMPARE(cell(1, zc::ActivityModel::MethodColumn), u"GET"_s);
        QCOMPARE(cell(1, zc::ActivityModel::PathColumn), u"/zia/api/v1/status"_s);
        QCOMPARE(cell(1, zc::ActivityModel::StatusColumn), u"200"_s);
        QCOMPARE(cell(1, zc::ActivityModel::ProductColumn), u"ZIA"_s);
        QCOMPARE(cell(1, zc::ActivityModel::RequestIdColumn), requestId);
        QVERIFY(cell(1, zc::ActivityModel::DurationColumn).endsWith(u" ms"_s));
        QVERIFY(!cell(1, zc::ActivityModel::TimeColumn).isEmpty());
        QVERIFY(!view->isColumnHidden(zc::ActivityModel::WaitColumn));

        // Nothing secret anywhere: not the token, not the signed assertion, not the key.
        QByteArray token;
        session.client()->tokenProvider()->requestToken(
            this,
            [&token](const QByteArray &t, const zc::ApiError &) { token = zc::secretCopy(t); });
        QTRY_VERIFY(!token.isEmpty());
        const auto recorded = demoServer(session)->recordedRequests();
        const QString assertion = QUrlQuery(QString::fromUtf8(recorded.first().body))
                                      .queryItemValue(u"client_assertion"_s);
        QVERIFY(assertion.size() > 40);
        const QByteArray pem =
            qobject_cast<zc::DemoTenant *>(session.demoTenant())->credentials().privateKey.toPem();
        QStringList secrets{QString::fromLatin1(token), assertion, assertion.section(u'.', 2, 2),
                            u"needle-in-query"_s};
        for (const QByteArray &line : pem.split('\n')) {
            if (line.size() > 20 && !line.startsWith("-----"))
                secrets << QString::fromLatin1(line);
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = model->data(model->index(row, column), role).toString();
                    for (const QString &secret : std::as_const(secrets))
                        QVERIFY2(!text.contains(secret), qPrintable(text));
                    QVERIFY(!text.contains(u'?'));
                }
            }
        }
        // The log file: both requests, none of the secrets, no query, readable by its owner only.
        QFile logFile(log.filePath());
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QString logged = QString::fromUtf8(logFile.readAll());
        QVERIFY2(logged.contains(u"TOKEN POST /oauth2/v1/token 200"_s), qPrintable(logged));
        QVERIFY2(logged.contains(u"GET /zia/api/v1/status 200"_s), qPrintable(logged));
        QVERIFY(logged.contains(requestId));
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!logged.contains(secret), qPrintable(secret));
        QVERIFY(!logged.contains(u'?'));
#ifndef Q_OS_WIN
        QCOMPARE(logFile.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
#endif
        zc::secureWipe(token);

        // The budget of ZIA is now known and shown.
        QTRY_VERIFY2(
            window.statusText().contains(QRegularExpression(u"ZIA: \\d+ of \\d+ calls left"_s)),
            qPrintable(window.statusText()));
        screenshot(&window, u"activity"_s);

        window.activityPanel()->clearButton()->click();
        QCOMPARE(model->rowCount(), 0);
        window.activityDock()->toggleViewAction()->trigger();
        QVERIFY(!window.activityDock()->isVisible());
    }

    void readOnlyBanner()
    {
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        QVERIFY(session.startDemo());
        zc::MainWindow window(&session, m_settings.get());
        QVERIFY(activate(&window));
        window.showArea(zc::Area::Activation);
        QVERIFY(!window.readOnlyBanner()->isVisible());

        demoServer(session)->setReadOnly(true);
        const zc::ApiError error =
            call(session, zc::ApiRequest::post(zc::Product::Zia, {u"status"_s, u"activate"_s}));
        QCOMPARE(error.kind, zc::ApiError::Kind::ReadOnly);
        QTRY_VERIFY(window.readOnlyBanner()->isVisible());
        QVERIFY(window.readOnlyBanner()->message().contains(u"ZIA is in read-only mode"_s));
        QVERIFY(window.readOnlyBanner()->message().contains(u"scheduled upgrade"_s));
        // A bar of its own above the pages, not status text.
        QVERIFY(window.readOnlyBanner()->height() > 20);
        QVERIFY(window.readOnlyBanner()->geometry().bottom() <=
                window.page(zc::Area::Activation)->mapTo(&window, QPoint(0, 0)).y() + 1);
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        screenshot(&window, u"read-only"_s);

        // A new session starts without it.
        QVERIFY(session.startDemo());
        QTRY_VERIFY(!window.readOnlyBanner()->isVisible());
        QTRY_VERIFY(window.statusText().contains(u"Signed in"_s));
    }

    void restoresLayout()
    {
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        QVERIFY(session.startDemo());
        int pathWidth = 0;
        int movedTo = -1;
        {
            zc::MainWindow window(&session, m_settings.get());
            QVERIFY(activate(&window));
            window.resize(930, 610);
            window.activityDock()->show();
            window.showArea(zc::Area::Users);
            QHeaderView *header = window.activityPanel()->header();
            header->resizeSection(zc::ActivityModel::PathColumn, 333);
            header->moveSection(header->visualIndex(zc::ActivityModel::RequestIdColumn), 1);
            pathWidth = header->sectionSize(zc::ActivityModel::PathColumn);
            movedTo = header->visualIndex(zc::ActivityModel::RequestIdColumn);
            QCoreApplication::processEvents();
            window.close();
        }
        QCOMPARE(pathWidth, 333);
        QCOMPARE(movedTo, 1);
        QVERIFY(m_settings->contains(u"mainWindow/geometry"_s));
        // Nothing about the tenant or its secrets in the settings.
        for (const QString &k : m_settings->allKeys())
            QVERIFY2(k.startsWith(u"mainWindow/"_s) || k.startsWith(u"activityPanel/"_s),
                     qPrintable(k));

        zc::MainWindow again(&session, m_settings.get());
        QVERIFY(activate(&again));
        QCOMPARE(again.size(), QSize(930, 610));
        QVERIFY(again.activityDock()->isVisible());
        QCOMPARE(again.currentArea(), zc::Area::Users);
        QHeaderView *header = again.activityPanel()->header();
        QCOMPARE(header->sectionSize(zc::ActivityModel::PathColumn), 333);
        QCOMPARE(header->visualIndex(zc::ActivityModel::RequestIdColumn), 1);
    }

    void aboutNamesTheVersions()
    {
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        zc::MainWindow window(&session, m_settings.get());
        QVERIFY(activate(&window));
        QVERIFY(window.statusText().contains(u"Signed out"_s));
        auto *about = window.findChild<QAction *>(u"aboutAction"_s);
        QVERIFY(about);
        about->trigger();
        QCOMPARE(m_seams->callsOf(u"information"_s).size(), 1);
        const QString text = m_seams->lastText(u"information"_s);
        QVERIFY2(text.contains(u"ZConsole " ZCONSOLE_VERSION ""_s), qPrintable(text));
        QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(u"OpenSSL \\d+\\.\\d+"_s)), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(u"QtKeychain \\d+\\.\\d+"_s)), qPrintable(text));
        QVERIFY(text.contains(u"Zscaler OneAPI"_s));
        QVERIFY2(text.contains(u"Apache License 2.0"_s), qPrintable(text));
        QVERIFY2(text.contains(u"built with " QT_VERSION_STR ""_s), qPrintable(text));
    }

    void menusFollowConventions()
    {
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        zc::MainWindow window(&session, m_settings.get());
        auto *quit = window.findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(window.findChild<QAction *>(u"demoTenantAction"_s));
        // Without a profile store there is nothing to switch to.
        QVERIFY(!window.findChild<QAction *>(u"switchProfileAction"_s)->isEnabled());
        QVERIFY(!window.findChild<QAction *>(u"signOutAction"_s)->isEnabled());

        // File > Demo tenant signs in to the demo.
        window.findChild<QAction *>(u"demoTenantAction"_s)->trigger();
        QVERIFY(session.isDemo());
        QTRY_COMPARE(session.state(), zc::Session::State::SignedIn);
        QVERIFY(window.findChild<QAction *>(u"signOutAction"_s)->isEnabled());
        window.findChild<QAction *>(u"signOutAction"_s)->trigger();
        QVERIFY(!session.isActive());
        QVERIFY(window.statusText().contains(u"Signed out"_s));
    }

    void demoTenantStartsInTheBackground()
    {
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        zc::MainWindow window(&session, m_settings.get());
        auto *firstPaint = new zc::FirstPaint(&window);
        window.show();
        QTRY_VERIFY(firstPaint->hasPainted());
        QCOMPARE(session.state(), zc::Session::State::SignedOut);

        window.openDemoTenant();
        // Back at once, the window says what is going on while the tenant's data and key are
        // made on a worker thread.
        QCOMPARE(session.state(), zc::Session::State::Starting);
        QVERIFY(!demoServer(session)->isListening());
        QVERIFY2(window.statusText().contains(u"Starting the demo tenant…"_s),
                 qPrintable(window.statusText()));
        QCOMPARE(window.findChild<QLabel *>(u"profileStatus"_s)->text(), u"Demo tenant"_s);
        QVERIFY(!window.grab().isNull());
        QVERIFY(!window.findChild<QAction *>(u"signOutAction"_s)->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(session.state(), zc::Session::State::SignedIn, 60000);
        QVERIFY(demoServer(session)->isListening());
        QVERIFY(window.statusText().contains(u"Signed in"_s));
        QVERIFY(m_seams->callsOf(u"warning"_s).isEmpty());
    }

    void noDemoWithoutALauncher()
    {
        // What a build without the demo tenant gives the window: no demo anywhere.
        QSettings profileSettings(m_dir.filePath(u"profiles-nodemo.ini"_s), QSettings::IniFormat);
        zc::ProfileStore profiles(&profileSettings);
        zc::SecretStore secrets;
        zc::Session session;
        QVERIFY(!session.canStartDemo());
        QString error;
        QVERIFY(!session.startDemo(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!session.isActive());
        zc::MainWindow window(&session, m_settings.get());
        window.setProfileStores(&profiles, &secrets);
        QVERIFY(!window.findChild<QAction *>(u"demoTenantAction"_s));
        window.findChild<QAction *>(u"switchProfileAction"_s)->trigger();
        auto *dialog = window.findChild<zc::ProfileManagerDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isDemoSelected());
        QCOMPARE(dialog->findChild<QListWidget *>(u"profileList"_s)->count(), 0);
        dialog->close();
    }

    void switchProfileOpensTheProfileManager()
    {
        QSettings profileSettings(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        zc::ProfileStore profiles(&profileSettings);
        zc::SecretStore secrets;
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        zc::MainWindow window(&session, m_settings.get());
        window.setProfileStores(&profiles, &secrets);
        QVERIFY(activate(&window));
        auto *action = window.findChild<QAction *>(u"switchProfileAction"_s);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<zc::ProfileManagerDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isDemoSelected()); // no profiles yet: the demo entry
        dialog->signIn();
        QTRY_VERIFY(session.isDemo());
        QTRY_COMPARE(session.state(), zc::Session::State::SignedIn);
        QTRY_VERIFY(!window.findChild<zc::ProfileManagerDialog *>());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
