// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiExplorerPage.h"

#include "ApiAnswerView.h"
#include "ApiRequestForm.h"
#include "Session.h"
#include "api/ApiCallJob.h"
#include "api/ApiHistory.h"
#include "api/CurlCommand.h"
#include "dialogs/DialogSeams.h"
#include "net/ApiClient.h"
#include "widgets/BusyBar.h"
#include "widgets/Clipboard.h"
#include "widgets/ErrorBanner.h"
#include "widgets/NamedControl.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ApiExplorerPage::ApiExplorerPage(Session *session, QWidget *parent)
    : Page(Area::ApiExplorer, session, parent)
    , m_scaffold(this, std::nullopt, PageScaffold::Body::Own)
{
    setObjectName(u"page-"_s + areaKey(Area::ApiExplorer));
    m_history = new ApiHistory(this);
    buildUi();
    m_scaffold.followSession([this] { onSessionStarted(); }, [this] { onSessionEnded(); },
                             [this](Product product, int seconds, WaitReason reason) {
                                 // Only the waits of this page's own call.
                                 if (m_job && product == m_job->call().request.product)
                                     busyBar()->showWait(product, seconds, reason);
                             });
    updateButtons();
}

ApiExplorerPage::~ApiExplorerPage()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void ApiExplorerPage::buildUi()
{
    m_form = new ApiRequestForm(this);
    m_send = namedControl(new QPushButton(tr("&Send"), this), u"apiSend"_s, tr("Send the request"));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_cancel =
        namedControl(new QPushButton(tr("Cancel"), this), u"apiCancel"_s, tr("Cancel the request"));
    m_curl = namedControl(new QPushButton(tr("Copy as c&url"), this), u"apiCopyCurl"_s,
                          tr("Copy as curl"));
    m_curl->setToolTip(tr("Copy the request as a curl command line. The token is written as "
                          "$ZSCALER_TOKEN: set that variable in your shell."));
    connect(m_send, &QPushButton::clicked, this, &ApiExplorerPage::send);
    connect(m_cancel, &QPushButton::clicked, this, &ApiExplorerPage::cancel);
    connect(m_curl, &QPushButton::clicked, this, &ApiExplorerPage::copyAsCurl);
    connect(m_form, &ApiRequestForm::changed, this, &ApiExplorerPage::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_curl);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);

    m_answer = new ApiAnswerView(this);

    auto *request = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(request);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(m_form, 1);
    requestLayout->addLayout(buttons);
    auto *work = new QSplitter(Qt::Vertical, this);
    work->setChildrenCollapsible(false);
    work->addWidget(request);
    work->addWidget(m_answer);
    work->setStretchFactor(0, 2);
    work->setStretchFactor(1, 3);

    // The history column.
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyTitle = new QLabel(tr("&History"), historyBox);
    m_historyView = namedControl(new QListView(historyBox), u"apiHistory"_s, tr("History"));
    m_historyView->setModel(m_history);
    m_historyView->setUniformItemSizes(true);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setToolTip(tr("The requests sent with this profile. Enter or double-click "
                                 "sends one again."));
    historyTitle->setBuddy(m_historyView);
    connect(m_historyView, &QListView::activated, this,
            [this](const QModelIndex &index) { rerun(index.row()); });
    m_rerun = namedControl(new QPushButton(tr("&Re-run"), historyBox), u"apiRerun"_s,
                           tr("Send the selected request again"));
    connect(m_rerun, &QPushButton::clicked, this,
            [this] { rerun(m_historyView->currentIndex().row()); });
    m_clearHistory = namedControl(new QPushButton(tr("Clear"), historyBox), u"apiClearHistory"_s,
                                  tr("Clear the history"));
    connect(m_clearHistory, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_history->clear(&error))
            banner()->showMessage(ErrorBanner::Severity::Warning, error);
    });
    m_keepBodies = namedControl(new QCheckBox(tr("&Keep bodies"), historyBox), u"apiKeepBodies"_s,
                                tr("Keep request bodies in the history"));
    m_keepBodies->setToolTip(tr("Also remember the JSON bodies sent (members named like "
                                "tokens, secrets or passwords are never kept)."));
    connect(m_keepBodies, &QCheckBox::toggled, m_history, &ApiHistory::setKeepBodies);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_rerun);
    historyButtons->addWidget(m_clearHistory);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_historyView, 1);
    historyLayout->addWidget(m_keepBodies);
    historyLayout->addLayout(historyButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"apiExplorerSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(historyBox);
    splitter->addWidget(work);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({260, 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(banner());
    layout->addWidget(busyBar());
    layout->addWidget(splitter, 1);

    connect(busyBar(), &BusyBar::cancelRequested, this, &ApiExplorerPage::cancel);
    connect(banner(), &ErrorBanner::retryRequested, this, &ApiExplorerPage::refresh);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ApiExplorerPage::send);
    }
}

void ApiExplorerPage::onSessionStarted()
{
    cancel();
    banner()->clear();
    m_form->setSettings(session()->client()->settings());
    // The demo tenant's history lives as long as the demo; a profile's is kept on disk.
    m_history->setFilePath(
        session()->isDemo() ? QString() : ApiHistory::fileForProfile(session()->profileName()));
    updateButtons();
}

void ApiExplorerPage::onSessionEnded()
{
    cancel();
    busyBar()->finish();
    m_form->setSettings({});
    m_history->setFilePath({});
    updateButtons();
}

bool ApiExplorerPage::isSending() const
{
    return m_job != nullptr;
}

void ApiExplorerPage::refresh()
{
    if (session()->isActive())
        send();
}

void ApiExplorerPage::updateButtons()
{
    const bool active = session()->isActive();
    m_send->setEnabled(active && !m_job && m_form->bodyIsValid());
    m_cancel->setEnabled(m_job != nullptr);
    m_curl->setEnabled(active);
}

bool ApiExplorerPage::confirmWrite(const QString &method, Product product, const QString &path)
{
    QString text = tr("Send %1 %2?\n\nThis changes the tenant and is sent once, without "
                      "retries that could repeat it.")
                       .arg(method, path);
    if (session()->isReadOnly(product))
        text += u"\n\n"_s + tr("%1 is in read-only mode now (%2): the request will most "
                               "likely be refused.")
                                .arg(productName(product), session()->readOnlyMessage(product));
    return DialogSeams::instance()->question(this, tr("Send a change"), text,
                                             QMessageBox::Yes | QMessageBox::No,
                                             QMessageBox::No) == QMessageBox::Yes;
}

bool ApiExplorerPage::send()
{
    if (!session()->isActive()) {
        banner()->showMessage(ErrorBanner::Severity::Info, tr("Sign in to send requests."));
        return false;
    }
    if (m_job)
        return false;
    const ApiCall call = m_form->call();
    ApiCall::Built built;
    QString error;
    if (!call.build(session()->client()->settings(), &built, &error)) {
        banner()->showMessage(ErrorBanner::Severity::Warning, error);
        return false;
    }
    if (call.isWrite() &&
        !confirmWrite(QString::fromLatin1(built.request.method), built.request.product,
                      session()->client()->urlFor(built.request).path()))
        return false;

    banner()->clear();
    QString historyError;
    if (!m_history->record(call, &historyError))
        banner()->showMessage(ErrorBanner::Severity::Warning, historyError);
    m_job = new ApiCallJob(session()->client(), built, call.paginate, this);
    busyBar()->setCancellable(true);
    busyBar()->start(call.paginate ? BusyBar::pageText(0, -1) : tr("Sending…"));
    connect(m_job, &ApiCallJob::progress, busyBar(), &BusyBar::onPageProgress);
    connect(m_job, &Job::finished, this, [this](Job *done) {
        auto *job = static_cast<ApiCallJob *>(done);
        busyBar()->finish();
        if (job->answer().status > 0)
            m_answer->showAnswer(job->answer());
        if (job->status() == Job::Status::Failed)
            m_scaffold.showFailure(job->error(), tr("Request cancelled."));
        m_job = nullptr;
        updateButtons();
        Q_EMIT answered();
    });
    m_job->startLater();
    updateButtons();
    return true;
}

void ApiExplorerPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool ApiExplorerPage::rerun(int row)
{
    if (row < 0 || row >= m_history->rowCount())
        return false;
    m_form->setCall(m_history->call(row));
    return send();
}

bool ApiExplorerPage::copyAsCurl()
{
    if (!session()->isActive())
        return false;
    ApiCall::Built built;
    QString error;
    if (!m_form->call().build(session()->client()->settings(), &built, &error)) {
        banner()->showMessage(ErrorBanner::Severity::Warning, error);
        return false;
    }
    Clipboard::instance()->setText(
        curlCommand(built.request, session()->client()->urlFor(built.request)));
    return true;
}

} // namespace zc
