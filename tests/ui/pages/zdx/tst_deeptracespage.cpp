// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The deep traces page of the helpdesk, offscreen against the simulator on a fast clock:
// find a device, start a trace through the dialog and the confirmation, watch it complete,
// read and export its results, delete it; the one-active-trace refusal, the jump from the
// OTP page, a client without ZDX, errors with Retry, cancel and the rate-limit countdown.
#include "ViewFixture.h"

#include "CompletedTrace.h"
#include "ScriptedDialogSeams.h"
#include "TenantData.h"
#include "net/ApiJob.h"
#include "pages/zdx/CloudPathView.h"
#include "pages/zdx/DeepTracesPage.h"
#include "pages/zdx/HealthChartsView.h"
#include "pages/zdx/StartTraceDialog.h"
#include "pages/zdx/TraceProgressDelegate.h"
#include "pages/zdx/WebProbeView.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zdx/CloudPathModel.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/DeepTraceWatcher.h"
#include "zdx/DeviceSearchModel.h"
#include "zdx/EventsModel.h"
#include "zdx/HealthMetricsModel.h"
#include "zdx/TopProcessesModel.h"
#include "zdx/WebProbeModel.h"
#include "zdx/ZdxService.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::saveScreenshot;
using zc::test::ViewFixture;

namespace {

// limits=false: the simulator does not enforce ZDX's 30 calls a minute (the watcher polls every
// 50..200 ms here; with the page's defaults of 5..60 s it stays well within).
sim::SimOptions options(bool limits = true)
{
    sim::SimOptions o;
    o.enforceRateLimits = limits;
    o.sizes.devices = 60;
    o.sizes.users = 40;
    o.clockScale = 1.0; // each test speeds the clock up when it wants time to pass
    return o;
}

// The page, shown, with short watcher intervals. The client's own ZDX pacing (30 calls a
// minute) is switched off so that polling every 50 ms does not wait for a minute.
std::unique_ptr<DeepTracesPage> makePage(ViewFixture &fixture, bool pacing = false)
{
    fixture.client()->rateLimiter()->setEnabled(pacing);
    fixture.client()->setRetryPolicy([] {
        RetryPolicy p;
        p.maxAttempts = 1;
        return p;
    }());
    auto page = std::make_unique<DeepTracesPage>(&fixture.session());
    page->setWatchIntervals(50, 200);
    page->resize(1280, 820);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        qWarning("the page's window did not become active");
    return page;
}

bool waitIdle(DeepTracesPage &page, int timeoutMs = 10000)
{
    QTest::qWait(0);
    const bool idle = QTest::qWaitFor([&] { return !page.busyBar()->isBusy(); }, timeoutMs);
    QTest::qWait(30); // the layout settles after the bar hides
    return idle;
}

// Types the text into the search field and presses Enter; waits for the answer.
bool searchFor(DeepTracesPage &page, const QString &text)
{
    page.searchEdit()->setFocus();
    page.searchEdit()->setText(text);
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    return waitIdle(page);
}

QString statusText(DeepTracesPage &page, const QString &traceId)
{
    DeepTraceModel *model = page.traceModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, model->columnIndex(u"status"_s));
        if (index.data(RecordTableModel::RecordIdRole).toString() == traceId)
            return index.data().toString();
    }
    return {};
}

QStringList traceIds(DeepTraceModel *model)
{
    QStringList ids;
    for (const QJsonValue &v : model->records())
        ids << deeptrace::traceId(v.toObject());
    return ids;
}

int rowsIn(QAbstractItemModel *model)
{
    return model->rowCount();
}

const sim::SimUser &sampleUser(ViewFixture &fixture)
{
    return fixture.server().tenantData().users.at(0); // bbb@bbc.com
}

const sim::SimDevice &sampleDevice(ViewFixture &fixture)
{
    const sim::TenantData &data = fixture.server().tenantData();
    return data.devices.at(data.devicesOfUser(0).first());
}

// Finds the device by its hostname, makes it the current one and waits until its traces are
// listed, as a helpdesk does before starting or reading a trace.
bool selectDevice(DeepTracesPage &page, const sim::SimDevice &device)
{
    return searchFor(page, device.hostname) &&
           page.devicesView()->setCurrentRecordId(QString::number(device.zdxDeviceId)) &&
           waitIdle(page);
}

// Opens the start dialog, accepts it as it is (or with these minutes), and lets the scripted
// seams answer the confirmation. The trace ID, empty when nothing started.
QString startThroughDialog(DeepTracesPage &page, ScriptedDialogSeams &seams, int minutes = 15,
                           QMessageBox::StandardButton confirm = QMessageBox::Yes)
{
    const QStringList before = traceIds(page.traceModel());
    page.startTrace();
    StartTraceDialog *dialog = page.startDialog();
    if (!dialog || !dialog->isVisible())
        return {};
    dialog->setLengthMinutes(minutes);
    seams.questionAnswers << confirm;
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    if (!waitIdle(page))
        return {};
    for (const QString &id : traceIds(page.traceModel())) {
        if (!before.contains(id))
            return id;
    }
    return {};
}

} // namespace

class TestDeepTracesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchStartWatchResultsExportDelete()
    {
        ViewFixture fixture(options(false));
        QVERIFY(fixture.start());
        ScriptedDialogSeams seams;
        auto page = makePage(fixture);
        QVERIFY(page->searchEdit()->isEnabled());
        QVERIFY(!page->startButton()->isEnabled()); // no device yet

        // Search by the user's e-mail: every device of the user, named with its user.
        const sim::SimUser &user = sampleUser(fixture);
        const sim::SimDevice &device = sampleDevice(fixture);
        const sim::TenantData &data = fixture.server().tenantData();
        QVERIFY(searchFor(*page, user.primaryEmail));
        QVERIFY2(!page->errorBanner()->isVisible(), qPrintable(page->errorBanner()->message()));
        QCOMPARE(rowsIn(page->deviceModel()), int(data.devicesOfUser(0).size()));
        DeviceSearchModel *devices = page->deviceModel();
        for (int row = 0; row < devices->rowCount(); ++row) {
            QCOMPARE(devices->index(row, devices->columnIndex(u"user_email"_s)).data().toString(),
                     user.primaryEmail);
            QCOMPARE(devices->index(row, devices->columnIndex(u"user_name"_s)).data().toString(),
                     user.displayName);
        }
        QVERIFY(!saveScreenshot(page.get(), u"deep-traces-search"_s).isEmpty());

        // A device name finds it too, with its user looked up by ID.
        QVERIFY(searchFor(*page, device.hostname));
        QVERIFY(rowsIn(devices) >= 1);
        const QString deviceId = QString::number(device.zdxDeviceId);
        QVERIFY(page->devicesView()->setCurrentRecordId(deviceId));
        QVERIFY(waitIdle(*page));
        QCOMPARE(recordId(page->currentDevice()), deviceId);
        QCOMPARE(page->currentDevice().value("user_email"_L1).toString(), user.primaryEmail);
        QVERIFY(page->deviceTitle()->text().contains(device.hostname));
        QCOMPARE(rowsIn(page->traceModel()), 0);
        QVERIFY(page->tracesView()->emptyStateText().contains(u"No deep traces"_s));
        QVERIFY(page->startButton()->isEnabled());

        // Start: the dialog, prefilled; the confirmation through the seams.
        QStringList statuses; // the first row's status, each change once
        // Destroyed before the page: the models' reset as the page goes reaches nothing here.
        // A new list resets the model; a watched trace's update changes its row.
        QObject statusWatch;
        const auto watchStatus = [&] {
            if (page->traceModel()->rowCount() == 0)
                return;
            const QString status = page->traceModel()->record(0).value("status"_L1).toString();
            if (statuses.isEmpty() || statuses.last() != status)
                statuses << status;
        };
        connect(page->traceModel(), &QAbstractItemModel::modelReset, &statusWatch, watchStatus);
        connect(page->traceModel(), &QAbstractItemModel::dataChanged, &statusWatch, watchStatus);
        page->startTrace();
        QPointer<StartTraceDialog> dialog = page->startDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(QRegularExpression(u"^%1 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"_s.arg(
                                        QRegularExpression::escape(user.primaryEmail)))
                     .match(dialog->nameEdit()->text())
                     .hasMatch(),
                 qPrintable(dialog->nameEdit()->text()));
        QCOMPARE(dialog->lengthBox()->count(), 4);
        QCOMPARE(dialog->lengthBox()->currentData().toInt(), 15);
        QVERIFY(dialog->probeDeviceBox()->isChecked());
        QVERIFY(!saveScreenshot(dialog, u"deep-traces-start-dialog"_s).isEmpty());
        // An empty name is refused in the dialog, without a request.
        const QString name = dialog->nameEdit()->text();
        dialog->nameEdit()->clear();
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(seams.callsOf(u"question"_s).isEmpty());
        dialog->nameEdit()->setText(name);
        seams.questionAnswers << QMessageBox::Yes;
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(seams.callsOf(u"question"_s).size(), 1);
        QVERIFY2(seams.lastText(u"question"_s)
                     .startsWith(u"Start a 15-minute deep trace on %1?"_s.arg(device.hostname)),
                 qPrintable(seams.lastText(u"question"_s)));
        QVERIFY(waitIdle(*page));
        QCOMPARE(fixture.sim().countRequests(u"/deeptraces"_s, "POST"), 1);
        QCOMPARE(rowsIn(page->traceModel()), 1);
        const QString traceId = traceIds(page->traceModel()).first();
        QCOMPARE(recordId(page->currentTrace()), traceId);
        QCOMPARE(statusText(*page, traceId), u"Not started"_s);
        QCOMPARE(page->watchedTraceIds(), QStringList{traceId});
        QVERIFY(page->followLabel()->isVisible());
        QVERIFY(page->resultsPlaceholder()->isVisible());
        QVERIFY(page->errorBanner()->isVisible());
        QCOMPARE(page->errorBanner()->severity(), ErrorBanner::Severity::Info);
        QVERIFY2(page->errorBanner()->message().contains(u"results appear below when it has "
                                                         u"completed"_s),
                 qPrintable(page->errorBanner()->message()));

        // While nothing changes the watcher backs off to its cap.
        auto *watcher = page->findChild<DeepTraceWatcher *>();
        QVERIFY(watcher);
        QTRY_COMPARE_WITH_TIMEOUT(watcher->currentInterval(), 200, 5000);

        // The simulator's clock runs 600 times faster: 30 s pass in 50 ms.
        fixture.server().setClockScale(600);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(*page, traceId), u"In progress"_s, 5000);
        fixture.server().setClockScale(60); // let the bar move visibly, then hold it
        QTRY_VERIFY_WITH_TIMEOUT(page->currentTrace().value("expected_time"_L1).toInt() < 840,
                                 5000);
        fixture.server().setClockScale(1);
        QTest::qWait(300);
        const QString progress = TraceProgressDelegate::progressText(page->currentTrace());
        QVERIFY2(progress.endsWith(u" of 15:00"_s), qPrintable(progress));
        QVERIFY(page->resultsPlaceholder()->text().contains(u"In progress"_s));
        QVERIFY(!saveScreenshot(page.get(), u"deep-traces-in-progress"_s).isEmpty());

        // To the end: completed, and the results arrive by themselves.
        fixture.server().setClockScale(1200);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(*page, traceId), u"Completed"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->resultsTabs()->isVisible(), 10000);
        QVERIFY(waitIdle(*page));
        fixture.server().setClockScale(1);
        QVERIFY(page->watchedTraceIds().isEmpty());
        QVERIFY(!page->followLabel()->isVisible());
        QCOMPARE(statuses.first(), u"not_started"_s);
        QVERIFY2(statuses.contains(u"in_progress"_s), qPrintable(statuses.join(u',')));
        QCOMPARE(statuses.last(), u"completed"_s);
        QCOMPARE(TraceProgressDelegate::progressText(page->currentTrace()), u"15:00 of 15:00"_s);
        QCOMPARE(rowsIn(page->healthModel()), 15); // one sample a minute
        QVERIFY(page->healthModel()->metrics().contains(u"cpu"_s));
        QVERIFY(rowsIn(page->processesModel()) > 3);
        QVERIFY(rowsIn(page->eventsModel()) >= 2);
        QVERIFY(page->exportButton()->isEnabled());
        // The "started ... appear below when it has completed" banner gave way to a short
        // note the user can close.
        QVERIFY(page->errorBanner()->isVisible());
        QCOMPARE(page->errorBanner()->severity(), ErrorBanner::Severity::Info);
        QVERIFY2(!page->errorBanner()->message().contains(u"when it has completed"_s),
                 qPrintable(page->errorBanner()->message()));
        QVERIFY2(page->errorBanner()->message().contains(u"has completed; its results are below"_s),
                 qPrintable(page->errorBanner()->message()));
        QVERIFY(page->errorBanner()->closeButton()->isVisible());
        // Readable metric titles; the export below still uses the API's names.
        QCOMPARE(page->healthView()->view()->model()->headerData(1, Qt::Horizontal).toString(),
                 u"CPU (%)"_s);
        QVERIFY(!saveScreenshot(page.get(), u"deep-traces-completed"_s).isEmpty());
        page->errorBanner()->closeButton()->click();
        QVERIFY(!page->errorBanner()->isVisible());

        // Export the health metrics (CSV) and the events (JSON).
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"health.csv"_s);
        seams.saveFileNames << csv;
        page->resultsTabs()->setCurrentWidget(page->healthView());
        page->exportButton()->click();
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 16);
        QVERIFY2(lines.first().startsWith(u"timestamp,"_s), qPrintable(lines.first()));
        QVERIFY(lines.first().split(u',').contains(u"cpu"_s));
        const QString json = dir.filePath(u"events.json"_s);
        seams.saveFileNames << json;
        page->resultsTabs()->setCurrentWidget(page->eventsView());
        page->exportButton()->click();
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray events = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(events.size(), rowsIn(page->eventsModel()));
        QVERIFY(events.first().toObject().contains(u"category"_s));

        // A second trace, then a third while it is active: refused in plain words, no call.
        const QString second = startThroughDialog(*page, seams, 5);
        QVERIFY(!second.isEmpty());
        QCOMPARE(statusText(*page, second), u"Not started"_s);
        QCOMPARE(fixture.sim().countRequests(u"/deeptraces"_s, "POST"), 2);
        page->startTrace();
        QVERIFY(!page->startDialog());
        QVERIFY(page->errorBanner()->isVisible());
        QCOMPARE(page->errorBanner()->severity(), ErrorBanner::Severity::Warning);
        QVERIFY2(page->errorBanner()->message().contains(u"already has a deep trace running"_s),
                 qPrintable(page->errorBanner()->message()));
        QCOMPARE(fixture.sim().countRequests(u"/deeptraces"_s, "POST"), 2);

        // Delete it, answering No first, then Yes (Del on the list).
        QVERIFY(page->tracesView()->setCurrentRecordId(second));
        seams.questionAnswers << QMessageBox::No;
        page->deleteButton()->click();
        QVERIFY(seams.lastText(u"question"_s).contains(u"still running"_s));
        QVERIFY(waitIdle(*page));
        QCOMPARE(fixture.sim().countRequests(u"/deeptraces/"_s + second, "DELETE"), 0);
        QCOMPARE(rowsIn(page->traceModel()), 2);
        seams.questionAnswers << QMessageBox::Yes;
        page->tracesView()->view()->setFocus();
        QTest::keyClick(page->tracesView()->view(), Qt::Key_Delete);
        QVERIFY(seams.lastText(u"question"_s).startsWith(u"Delete the deep trace"_s));
        QVERIFY(waitIdle(*page));
        QCOMPARE(fixture.sim().countRequests(u"/deeptraces/"_s + second, "DELETE"), 1);
        QCOMPARE(traceIds(page->traceModel()), QStringList{traceId});
        QVERIFY(page->watchedTraceIds().isEmpty());
        ZdxService zdx(fixture.client());
        ApiJob *list = zdx.deepTraces(deviceId);
        QVERIFY(zc::test::waitForJob(list));
        QCOMPARE(list->json().array().size(), 1);
        QCOMPARE(deeptrace::traceId(list->json().array().first().toObject()), traceId);

        // The completed one goes the same way.
        QVERIFY(page->tracesView()->setCurrentRecordId(traceId));
        seams.questionAnswers << QMessageBox::Yes;
        page->deleteTrace();
        QVERIFY(seams.lastText(u"question"_s).contains(u"results are deleted"_s));
        QVERIFY(waitIdle(*page));
        QCOMPARE(rowsIn(page->traceModel()), 0);
        QVERIFY(page->resultsPlaceholder()->isVisible());
        ApiJob *empty = zdx.deepTraces(deviceId);
        QVERIFY(zc::test::waitForJob(empty));
        QVERIFY(empty->json().array().isEmpty());
    }

    void theServersRefusalIsShownPlainly()
    {
        ViewFixture fixture(options(false));
        QVERIFY(fixture.start());
        ScriptedDialogSeams seams;
        auto page = makePage(fixture);
        const QString deviceId = QString::number(sampleDevice(fixture).zdxDeviceId);
        QVERIFY(selectDevice(*page, sampleDevice(fixture)));
        QCOMPARE(rowsIn(page->traceModel()), 0);

        // Someone else starts a trace on the device; the page's list does not know it yet.
        ZdxService zdx(fixture.client());
        DeepTraceSettings other;
        other.sessionName = u"from the portal"_s;
        DeepTraceStartJob *job = zdx.startDeepTrace(deviceId, other);
        QVERIFY(zc::test::waitForJob(job, 10000));
        QVERIFY(!job->error());

        startThroughDialog(*page, seams, 5);
        QCOMPARE(fixture.sim().countRequests(u"/deeptraces"_s, "POST"), 2);
        QVERIFY(page->errorBanner()->isVisible());
        QVERIFY2(page->errorBanner()->message().contains(u"already has a deep trace running"_s),
                 qPrintable(page->errorBanner()->message()));
        QVERIFY(!page->errorBanner()->isRetryVisible());
        // The list is loaded again and shows the trace that is in the way.
        QTRY_COMPARE_WITH_TIMEOUT(traceIds(page->traceModel()), QStringList{job->traceId()}, 5000);
        QCOMPARE(page->watchedTraceIds(), QStringList{job->traceId()});
    }

    void navigationFromTheOtpPagePreselectsTheDevice()
    {
        ViewFixture fixture(options());
        QVERIFY(fixture.start());
        auto page = makePage(fixture);
        const sim::SimUser &user = sampleUser(fixture);
        const sim::SimDevice &device = sampleDevice(fixture);
        QCOMPARE(user.primaryEmail, u"bbb@bbc.com"_s);

        page->handleNavigation({{u"userEmail"_s, user.primaryEmail},
                                {u"hostname"_s, device.hostname.toLower()},
                                {u"udid"_s, device.udid}});
        QCOMPARE(page->searchEdit()->text(), user.primaryEmail);
        QVERIFY(waitIdle(*page));
        QTRY_COMPARE_WITH_TIMEOUT(recordId(page->currentDevice()),
                                  QString::number(device.zdxDeviceId), 5000);
        QCOMPARE(recordId(page->devicesView()->currentRecord()),
                 QString::number(device.zdxDeviceId));
        QVERIFY(page->deviceTitle()->text().contains(device.hostname));
        QVERIFY(!page->errorBanner()->isVisible());
        QVERIFY(page->startButton()->isEnabled());

        // A hostname ZDX does not know: the user's devices are the candidates, and it says so.
        auto other = makePage(fixture);
        other->handleNavigation(
            {{u"userEmail"_s, user.primaryEmail}, {u"hostname"_s, u"NO-SUCH-HOST"_s}});
        QVERIFY(waitIdle(*other));
        QTRY_VERIFY(other->errorBanner()->isVisible());
        QCOMPARE(other->errorBanner()->severity(), ErrorBanner::Severity::Info);
        QVERIFY2(other->errorBanner()->message().contains(u"NO-SUCH-HOST"_s),
                 qPrintable(other->errorBanner()->message()));
        QVERIFY(other->currentDevice().isEmpty());
        QCOMPARE(rowsIn(other->deviceModel()),
                 int(fixture.server().tenantData().devicesOfUser(0).size()));
    }

    void aClientWithoutZdxIsToldInPlainWords()
    {
        ViewFixture fixture(options());
        QVERIFY(fixture.start());
        fixture.server().addClient(
            {u"no-zdx"_s, fixture.sim().clientSecret(), {}, {Product::Zia, Product::Zcc}, 3600});
        auto page = makePage(fixture);
        fixture.session().start(u"helpdesk"_s, fixture.sim().settings(u"no-zdx"_s),
                                fixture.sim().secretCredentials());
        QVERIFY(searchFor(*page, u"bbb@bbc.com"_s));
        QVERIFY(page->errorBanner()->isVisible());
        QCOMPARE(page->errorBanner()->severity(), ErrorBanner::Severity::Warning);
        QVERIFY2(page->errorBanner()->message().contains(u"not entitled to ZDX"_s),
                 qPrintable(page->errorBanner()->message()));
        QCOMPARE(rowsIn(page->deviceModel()), 0);
    }

    void errorsShowInTheBannerWithRetry()
    {
        ViewFixture fixture(options());
        QVERIFY(fixture.start());
        auto page = makePage(fixture);
        fixture.server().injectFault(
            {sim::SimFault::Kind::ServerError, -1, Product::Zdx, "GET", {}, 0, 502});
        QVERIFY(searchFor(*page, u"bbb@bbc.com"_s));
        QVERIFY(page->errorBanner()->isVisible());
        QCOMPARE(page->errorBanner()->severity(), ErrorBanner::Severity::Error);
        QVERIFY(page->errorBanner()->isRetryVisible());
        QVERIFY2(page->errorBanner()->message().contains(u"502"_s),
                 qPrintable(page->errorBanner()->message()));
        QVERIFY(!saveScreenshot(page.get(), u"deep-traces-error"_s).isEmpty());

        fixture.server().clearFaults();
        page->errorBanner()->retryButton()->click();
        QVERIFY(waitIdle(*page));
        QVERIFY(!page->errorBanner()->isVisible());
        QCOMPARE(rowsIn(page->deviceModel()),
                 int(fixture.server().tenantData().devicesOfUser(0).size()));
    }

    // A start the tenant does not answer readably loses nothing the helpdesk typed: the banner
    // says what happened and its Retry sends the same session name and length again.
    void aFailedStartKeepsWhatWasTyped()
    {
        ViewFixture fixture(options(false));
        QVERIFY(fixture.start());
        ScriptedDialogSeams seams;
        auto page = makePage(fixture);
        QVERIFY(selectDevice(*page, sampleDevice(fixture)));

        fixture.server().injectFault(
            {sim::SimFault::Kind::MalformedJson, 1, Product::Zdx, "POST", {}, 0, 0});
        page->startTrace();
        QPointer<StartTraceDialog> dialog = page->startDialog();
        QVERIFY(dialog);
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), u"Ticket 4711: slow Teams"_s);
        dialog->setLengthMinutes(30);
        seams.questionAnswers << QMessageBox::Yes;
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(waitIdle(*page));
        QCOMPARE(fixture.sim().countRequests(u"/deeptraces"_s, "POST"), 1);
        QVERIFY(page->errorBanner()->isVisible());
        QCOMPARE(page->errorBanner()->severity(), ErrorBanner::Severity::Error);
        QVERIFY2(page->errorBanner()->message().startsWith(
                     u"ZDX sent an answer that could not be read."_s),
                 qPrintable(page->errorBanner()->message()));
        QCOMPARE(rowsIn(page->traceModel()), 0);

        QVERIFY(page->errorBanner()->isRetryVisible());
        page->errorBanner()->retryButton()->click();
        QVERIFY(waitIdle(*page));
        QCOMPARE(fixture.sim().countRequests(u"/deeptraces"_s, "POST"), 2);
        QCOMPARE(rowsIn(page->traceModel()), 1);
        const QJsonObject details =
            page->traceModel()->record(0).value("trace_details"_L1).toObject();
        QCOMPARE(details.value("session_name"_L1).toString(), u"Ticket 4711: slow Teams"_s);
        QCOMPARE(details.value("session_length_minutes"_L1).toInt(), 30);
    }

    void everyCallCanBeCancelled()
    {
        ViewFixture fixture(options());
        QVERIFY(fixture.start());
        auto page = makePage(fixture);
        sim::SimFault slow{sim::SimFault::Kind::Delay, 1, Product::Zdx, "GET", {}, 3000};
        fixture.server().injectFault(slow);
        page->searchEdit()->setText(u"bbb@bbc.com"_s);
        QTest::keyClick(page->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(page->busyBar()->isBusy());
        QVERIFY(page->busyBar()->text().contains(u"ZDX"_s));
        page->busyBar()->cancelButton()->click();
        QVERIFY(!page->busyBar()->isBusy());
        QVERIFY(page->errorBanner()->isVisible());
        QCOMPARE(page->errorBanner()->severity(), ErrorBanner::Severity::Info);
        QVERIFY(page->errorBanner()->message().contains(u"Cancelled"_s));
        QCOMPARE(rowsIn(page->deviceModel()), 0);
    }

    void rateLimitWaitsShowACountdown()
    {
        ViewFixture fixture(options());
        QVERIFY(fixture.start());
        auto page = makePage(fixture);
        fixture.client()->setRetryPolicy(RetryPolicy{}); // 429 is waited out and retried
        fixture.server().injectFault(
            {sim::SimFault::Kind::TooManyRequests, 1, Product::Zdx, {}, "1", 0, 429});
        page->searchEdit()->setText(u"bbb@bbc.com"_s);
        QTest::keyClick(page->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->busyBar()->isWaiting(), 5000);
        QVERIFY2(page->busyBar()->text().contains(u"ZDX"_s), qPrintable(page->busyBar()->text()));
        QVERIFY(waitIdle(*page));
        QVERIFY(!page->errorBanner()->isVisible());
        QCOMPARE(rowsIn(page->deviceModel()),
                 int(fixture.server().tenantData().devicesOfUser(0).size()));
    }

    void aWatcherPollsWaitDoesNotLeaveTheBarUp()
    {
        // A 429 on a status poll the page did not start itself: the countdown shows, then the
        // bar hides again instead of waiting for a finish() that never comes.
        ViewFixture fixture(options(false));
        QVERIFY(fixture.start());
        auto page = makePage(fixture);
        const sim::SimDevice &device = sampleDevice(fixture);
        const QString deviceId = QString::number(device.zdxDeviceId);
        ZdxService zdx(fixture.client());
        DeepTraceSettings settings;
        settings.sessionName = u"polled"_s;
        DeepTraceStartJob *job = zdx.startDeepTrace(deviceId, settings);
        QVERIFY(zc::test::waitForJob(job, 10000));
        QVERIFY(!job->error());
        QVERIFY(selectDevice(*page, device));
        QCOMPARE(page->watchedTraceIds(), QStringList{job->traceId()});

        fixture.client()->setRetryPolicy(RetryPolicy{}); // 429 is waited out and retried
        fixture.server().injectFault(
            {sim::SimFault::Kind::TooManyRequests, 1, Product::Zdx, "GET", "1", 0, 429});
        QTRY_VERIFY_WITH_TIMEOUT(page->busyBar()->isWaiting(), 5000);
        QVERIFY2(page->busyBar()->text().contains(u"ZDX"_s), qPrintable(page->busyBar()->text()));
        QVERIFY(page->busyBar()->cancelButton()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!page->busyBar()->isWaiting(), 5000);
        QVERIFY(!page->busyBar()->isBusy());
        QTest::qWait(300); // the retried poll answers; nothing brings the bar back
        QVERIFY(!page->busyBar()->isBusy());
        QVERIFY(!page->errorBanner()->isVisible());
        QCOMPARE(page->watchedTraceIds(), QStringList{job->traceId()});

        // The page's own calls still have their bar and Cancel.
        page->refresh();
        QVERIFY(page->busyBar()->isBusy());
        QVERIFY(!page->busyBar()->cancelButton()->isHidden());
        QVERIFY(waitIdle(*page));
    }

    void resultsIncludeChartsTheWebProbeAndTheCloudPath()
    {
        ViewFixture fixture(options(false));
        QVERIFY(fixture.start());
        ScriptedDialogSeams seams;
        auto page = makePage(fixture);
        // A trace with Teams' web and cloud-path probes, run to its end.
        const test::CompletedTrace trace =
            test::runTraceToTheEnd(fixture.sim(), fixture.client(), 7, 5);
        QVERIFY2(trace.error.isEmpty(), qPrintable(trace.error));
        const sim::SimDevice &device = fixture.server().tenantData().devices.at(7);
        QCOMPARE(QString::number(device.zdxDeviceId), trace.deviceId);
        QVERIFY(selectDevice(*page, device));
        QVERIFY(page->tracesView()->setCurrentRecordId(trace.traceId));
        QTRY_VERIFY_WITH_TIMEOUT(page->resultsTabs()->isVisible(), 10000);
        QVERIFY(waitIdle(*page));

        QStringList tabs;
        for (int i = 0; i < page->resultsTabs()->count(); ++i)
            tabs << page->resultsTabs()->tabText(i).remove(u'&');
        QCOMPARE(tabs, (QStringList{u"Health charts"_s, u"Health metrics"_s, u"Top processes"_s,
                                    u"Events"_s, u"Web probe"_s, u"Cloud path"_s}));
        QCOMPARE(page->resultsTabs()->currentWidget(), page->healthChartsView());
        QCOMPARE(page->healthChartsView()->chart()->panels().size(), 5);
        QCOMPARE(page->webProbeModel()->rowCount(), 5);
        QVERIFY2(page->webProbeView()->headline()->text().startsWith(u"Teams Web Probe: "_s),
                 qPrintable(page->webProbeView()->headline()->text()));
        QCOMPARE(page->cloudPathModel()->legs().size(), 3);
        QVERIFY(!saveScreenshot(page.get(), u"deep-traces-health-charts"_s).isEmpty());
        page->resultsTabs()->setCurrentWidget(page->webProbeView());
        QVERIFY(!saveScreenshot(page.get(), u"deep-traces-webprobe"_s).isEmpty());

        // The page's Export… on the cloud path: the picture.
        page->resultsTabs()->setCurrentWidget(page->cloudPathView());
        QVERIFY(!saveScreenshot(page.get(), u"deep-traces-cloudpath"_s).isEmpty());
        QTemporaryDir dir;
        const QString png = dir.filePath(u"path.png"_s);
        seams.saveFileNames << png;
        QVERIFY(page->exportButton()->isEnabled());
        page->exportButton()->click();
        QVERIFY(!QImage(png).isNull());
        QVERIFY(seams.callsOf(u"warning"_s).isEmpty());
    }
};

QTEST_MAIN(TestDeepTracesPage)
#include "tst_deeptracespage.moc"
