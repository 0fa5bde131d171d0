// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The API explorer page offscreen against the simulator: a GET shown as tree, raw text and
// summary; placeholders filled in and every ZPA page gathered; the body checked as typed;
// writes confirmed first (and the read-only warning); unknown routes in ZPA's 404 shape;
// history per profile with re-run, never a secret; "Copy as curl" without the token; export
// through RecordExporter; Cancel; a 429 wait in the busy bar; names for every control.
#include "ScriptedDialogSeams.h"
#include "ViewFixture.h"
#include "ZpaData.h"
#include "api/ApiHistory.h"
#include "common/Translations.h"
#include "pages/PageFactory.h"
#include "pages/api/ApiAnswerView.h"
#include "pages/api/ApiExplorerPage.h"
#include "pages/api/ApiRequestForm.h"
#include "widgets/BusyBar.h"
#include "widgets/Clipboard.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::saveScreenshot;
using zc::test::ViewFixture;

class TestApiExplorerPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ViewFixture> m_fixture;
    std::unique_ptr<ApiExplorerPage> m_page;
    QTemporaryDir m_dir;

    ApiRequestForm *form() { return m_page->form(); }
    void setRequest(const QString &method, const QString &path, const QString &body = {},
                    bool allPages = false)
    {
        ApiCall call;
        call.method = method.toLatin1();
        call.path = path;
        call.body = body.toUtf8();
        call.paginate = allPages;
        form()->setCall(call);
    }
    // Sends and waits for the answer; false when nothing was sent or no answer came.
    bool sendAndWait(int timeoutMs = 30000)
    {
        QSignalSpy answered(m_page.get(), &ApiExplorerPage::answered);
        if (!m_page->send())
            return false;
        return answered.wait(timeoutMs) || answered.count() > 0;
    }
    int requests(const QString &suffix, const QByteArray &method = {})
    {
        return m_fixture->sim().countRequests(suffix, method);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the user reads them: "1 row", "2 rows".
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<ViewFixture>();
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->session().state(), Session::State::SignedIn, 20000);
        m_page = std::make_unique<ApiExplorerPage>(&m_fixture->session());
        m_page->history()->setFilePath(m_dir.filePath(u"history/test.json"_s));
        m_page->resize(1280, 800);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void init()
    {
        m_fixture->sim().restoreTenant();
        m_fixture->session().clearReadOnly(Product::Zia);
    }

    void factoryMakesThePage()
    {
        Session signedOut;
        std::unique_ptr<QWidget> page(createPage(Area::ApiExplorer, &signedOut, nullptr));
        auto *explorer = qobject_cast<ApiExplorerPage *>(page.get());
        QVERIFY(explorer);
        QCOMPARE(areaTitle(Area::ApiExplorer), u"API"_s);
        QVERIFY(!explorer->sendButton()->isEnabled());
        QVERIFY(!explorer->send()); // nothing to send from
    }

    void getShowsTreeRawAndSummary()
    {
        setRequest(u"GET"_s, u"/zia/api/v1/status"_s);
        QCOMPARE(form()->productBox()->currentText(), u"ZIA"_s);
        QVERIFY(sendAndWait());
        ApiAnswerView *answer = m_page->answerView();
        const QString summary = answer->summaryLabel()->text();
        QVERIFY2(summary.contains(u"Status 200"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"request ID"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u" ms"_s), qPrintable(summary));
        QCOMPARE(answer->tree()->topLevelItem(0)->text(0), u"status"_s);
        QVERIFY(answer->rawView()->toPlainText().contains(u"\"status\""_s));
        QVERIFY(!answer->headersView()->toPlainText().toLower().contains(u"authorization"_s));
        QVERIFY(answer->headersView()->toPlainText().contains(u"x-oneapi-request-id"_s,
                                                              Qt::CaseInsensitive));
        saveScreenshot(m_page.get(), u"apiexplorer-get"_s);
    }

    void placeholdersAndAllPages()
    {
        setRequest(u"GET"_s, u"/zpa/mgmtconfig/v1/admin/customers/{customerId}/application"_s, {},
                   true);
        form()->addQueryRow(u"pagesize"_s, u"50"_s);
        QCOMPARE(form()->productBox()->currentText(), u"ZPA"_s);
        QVERIFY(form()->resolvedLabel()->text().contains(
            QString::fromLatin1(sim::ZpaData::kCustomerId)));
        const int before = requests(u"/application"_s);
        QVERIFY(sendAndWait());
        const QJsonArray records = m_page->answerView()->answer().json.array();
        QCOMPARE(records.size(), sim::SimDataSizes{}.zpaSegments);
        QCOMPARE(m_page->answerView()->answer().pages, 3);
        QCOMPARE(requests(u"/application"_s) - before, 3);
        QVERIFY(m_page->answerView()->summaryLabel()->text().contains(u"3 pages"_s));
        saveScreenshot(m_page.get(), u"apiexplorer-all-pages"_s);
    }

    void bodyCheckedAsTyped()
    {
        setRequest(u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"[\"bbc.com\",\n ]"_s);
        QVERIFY(!form()->bodyIsValid());
        QVERIFY2(form()->bodyStatusLabel()->text().contains(u"line 2"_s),
                 qPrintable(form()->bodyStatusLabel()->text()));
        QVERIFY(!m_page->sendButton()->isEnabled());
        QVERIFY(!form()->allPagesBox()->isEnabled()); // only GETs page
        saveScreenshot(m_page.get(), u"apiexplorer-bad-body"_s);

        form()->bodyEdit()->setPlainText(u"[\"bbc.com\",\"cnn.com\"]"_s);
        QVERIFY(form()->bodyIsValid());
        QVERIFY(m_page->sendButton()->isEnabled());
        QTest::mouseClick(form()->formatButton(), Qt::LeftButton);
        QCOMPARE(form()->bodyEdit()->toPlainText(), u"[\n    \"bbc.com\",\n    \"cnn.com\"\n]\n"_s);
    }

    void writesAskFirstAndGoOutOnce()
    {
        ScriptedDialogSeams seams;
        setRequest(u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"[\"bbc.com\"]"_s);
        const int before = requests(u"/urlLookup"_s, "POST");
        seams.questionAnswers << QMessageBox::No;
        QVERIFY(!m_page->send());
        QCOMPARE(requests(u"/urlLookup"_s, "POST"), before);
        QVERIFY(seams.lastText(u"question"_s).contains(u"POST"_s));

        seams.questionAnswers << QMessageBox::Yes;
        QVERIFY(sendAndWait());
        QCOMPARE(requests(u"/urlLookup"_s, "POST"), before + 1);
        QCOMPARE(m_page->answerView()->answer().json.array().size(), 1);
    }

    void readOnlyIsSaid()
    {
        ScriptedDialogSeams seams;
        seams.defaultAnswer = QMessageBox::Yes;
        m_fixture->server().setReadOnly(true);
        setRequest(u"POST"_s, u"/zia/api/v1/status/activate"_s);
        QVERIFY(sendAndWait());
        QCOMPARE(m_page->answerView()->answer().status, 403);
        QVERIFY(m_page->banner()->isVisible());
        QVERIFY2(m_page->banner()->message().contains(u"read-only"_s),
                 qPrintable(m_page->banner()->message()));
        // The next write says so before it is sent.
        QVERIFY(m_fixture->session().isReadOnly(Product::Zia));
        QVERIFY(sendAndWait());
        QVERIFY2(seams.lastText(u"question"_s).contains(u"read-only"_s),
                 qPrintable(seams.lastText(u"question"_s)));
        saveScreenshot(m_page.get(), u"apiexplorer-read-only"_s);
    }

    void unknownRouteInZpaShape()
    {
        setRequest(u"GET"_s, u"/zpa/mgmtconfig/v2/admin/customers/{customerId}/nothingHere"_s);
        QVERIFY(sendAndWait());
        QCOMPARE(m_page->answerView()->answer().status, 404);
        QVERIFY(m_page->answerView()->rawView()->toPlainText().contains(u"resource.not.found"_s));
        QVERIFY(m_page->banner()->isVisible());
        // A path outside the products is refused before any request.
        const int before = int(m_fixture->server().recordedRequests().size());
        setRequest(u"GET"_s, u"/elsewhere/v1/x"_s);
        QVERIFY(!m_page->send());
        QVERIFY(m_page->banner()->message().contains(u"base path"_s));
        QCOMPARE(int(m_fixture->server().recordedRequests().size()), before);
    }

    void historyPerProfileWithRerun()
    {
        ApiHistory *history = m_page->history();
        QVERIFY(history->rowCount() >= 4);
        QCOMPARE(history->index(0).data().toString(),
                 u"GET /zpa/mgmtconfig/v2/admin/customers/{customerId}/nothingHere"_s);
        // Bodies were not kept; secret-looking query items never are.
        for (int row = 0; row < history->rowCount(); ++row)
            QVERIFY(history->call(row).body.isEmpty());
        setRequest(u"GET"_s, u"/zia/api/v1/status"_s);
        form()->addQueryRow(u"access_token"_s, u"should-not-stay"_s);
        QVERIFY(sendAndWait());
        QFile file(history->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("should-not-stay"));

        // Re-run the status call from the history by keyboard.
        setRequest(u"GET"_s, u"/ztw/api/v1/ecgroup"_s);
        const int statusRow = 0;
        QCOMPARE(history->call(statusRow).path, u"/zia/api/v1/status"_s);
        const int before = requests(u"/zia/api/v1/status"_s);
        m_page->historyView()->setFocus();
        m_page->historyView()->setCurrentIndex(history->index(statusRow));
        QSignalSpy answered(m_page.get(), &ApiExplorerPage::answered);
        QTest::keyClick(m_page->historyView(), Qt::Key_Return);
        QVERIFY(answered.wait(20000));
        QCOMPARE(requests(u"/zia/api/v1/status"_s), before + 1);
        QCOMPARE(form()->pathEdit()->text(), u"/zia/api/v1/status"_s);
        saveScreenshot(m_page.get(), u"apiexplorer-history"_s);
    }

    void copyAsCurlWithoutToken()
    {
        QGuiApplication::clipboard()->clear();
        setRequest(u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"[\"bbc.com\"]"_s);
        QVERIFY(m_page->copyAsCurl());
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.startsWith(u"curl -X POST '"_s), qPrintable(text));
        QVERIFY(text.contains(u"/zia/api/v1/urlLookup'"_s));
        QVERIFY(text.contains(u"\"Authorization: Bearer $ZSCALER_TOKEN\""_s));
        QVERIFY(!text.contains(QString::fromLatin1(m_fixture->sim().clientSecret())));
        QCOMPARE(text.count(u"Bearer"_s), 1);
    }

    void exportsCsvAndJson()
    {
        setRequest(u"GET"_s, u"/ztw/api/v1/ecgroup"_s);
        QVERIFY(sendAndWait());
        ScriptedDialogSeams seams;
        const QString csv = m_dir.filePath(u"groups.csv"_s);
        const QString json = m_dir.filePath(u"groups.json"_s);
        seams.saveFileNames << csv << json;
        QCOMPARE(m_page->answerView()->exportAnswer(), csv);
        QCOMPARE(m_page->answerView()->exportAnswer(), json);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), m_page->answerView()->answer().json.array().size() + 1);
        QVERIFY(lines.first().contains("name"));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).array(),
                 m_page->answerView()->answer().json.array());
    }

    void cancelStopsTheCall()
    {
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::Delay;
        fault.product = Product::Zia;
        fault.delayMs = 15000;
        m_fixture->server().injectFault(fault);
        setRequest(u"GET"_s, u"/zia/api/v1/status"_s);
        QSignalSpy answered(m_page.get(), &ApiExplorerPage::answered);
        QVERIFY(m_page->send());
        QVERIFY(m_page->isSending());
        QVERIFY(m_page->busyBar()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->server().pendingFaults().isEmpty(), 10000);
        QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000);
        QVERIFY(!m_page->isSending());
        QVERIFY(!m_page->busyBar()->isBusy());
        QVERIFY(m_page->banner()->message().contains(u"cancelled"_s));
    }

    void waitsShowInTheBusyBar()
    {
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::TooManyRequests;
        fault.product = Product::Zia;
        fault.retryAfter = "2";
        m_fixture->server().injectFault(fault);
        setRequest(u"GET"_s, u"/zia/api/v1/status"_s);
        QSignalSpy answered(m_page.get(), &ApiExplorerPage::answered);
        QVERIFY(m_page->send());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->busyBar()->isWaiting(), 10000);
        QVERIFY(m_page->busyBar()->text().contains(u"ZIA"_s));
        saveScreenshot(m_page.get(), u"apiexplorer-wait"_s);
        QVERIFY(answered.wait(20000));
        QCOMPARE(m_page->answerView()->answer().status, 200);
    }

    void everyControlHasANameAndCtrlEnterSends()
    {
        const QList<QWidget *> widgets = m_page->findChildren<QWidget *>();
        int named = 0;
        for (QWidget *widget : widgets) {
            if (!widget->objectName().startsWith(u"api"_s) || widget->inherits("QSplitter"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++named;
        }
        QVERIFY(named >= 20);
        setRequest(u"GET"_s, u"/zia/api/v1/status"_s);
        form()->pathEdit()->setFocus();
        QSignalSpy answered(m_page.get(), &ApiExplorerPage::answered);
        QTest::keyClick(form()->pathEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(answered.wait(20000));
        QCOMPARE(m_page->answerView()->answer().status, 200);
    }
};

QTEST_MAIN(TestApiExplorerPage)
#include "tst_apiexplorerpage.moc"
