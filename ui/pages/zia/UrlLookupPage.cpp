// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlLookupPage.h"

#include "Session.h"
#include "dialogs/DialogSeams.h"
#include "pages/zia/AlertHighlightProxy.h"
#include "pages/zia/UrlEditor.h"
#include "pages/zia/UrlListFile.h"
#include "widgets/Announcer.h"
#include "widgets/BusyBar.h"
#include "widgets/Clipboard.h"
#include "widgets/DetailPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/NamedControl.h"
#include "widgets/RecordTableView.h"
#include "zia/UrlCategoryNames.h"
#include "zia/UrlCategorySummaryModel.h"
#include "zia/UrlLookupResultModel.h"
#include "zia/ZiaService.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr int kMaxListedProblems = 500;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

UrlLookupPage::UrlLookupPage(Session *session, QWidget *parent)
    : Page(Area::UrlLookup, session, parent)
    , m_scaffold(this, Product::Zia, PageScaffold::Body::Own)
{
    setObjectName(u"page-"_s + areaKey(Area::UrlLookup));
    m_model = new UrlLookupResultModel(this);
    m_highlight = new AlertHighlightProxy(UrlLookupResultModel::HasSecurityAlertRole, this);
    m_highlight->setSourceModel(m_model);
    m_summary = new UrlCategorySummaryModel(this);
    m_summary->setSourceModel(m_model);
    m_summaryHighlight =
        new AlertHighlightProxy(UrlCategorySummaryModel::IsSecurityAlertRole, this);
    m_summaryHighlight->setSourceModel(m_summary);
    m_summarySort = new QSortFilterProxyModel(this);
    m_summarySort->setSortRole(UrlCategorySummaryModel::SortRole);
    m_summarySort->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_summarySort->setSourceModel(m_summaryHighlight);

    buildUi();

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(150);
    connect(&m_validateTimer, &QTimer::timeout, this, &UrlLookupPage::validateNow);
    connect(m_ui.editor, &QPlainTextEdit::textChanged, this, [this] { m_validateTimer.start(); });

    connect(m_model, &UrlLookupResultModel::loaded, this, [this](int results) {
        busyBar()->finish();
        updateResultSummary();
        // Keyboard users go on in the results; screen readers hear the counts.
        if (results > 0 && isAncestorOf(QApplication::focusWidget()))
            m_ui.results->view()->setFocus(Qt::OtherFocusReason);
        Announcer::announce(this, tr("Lookup finished: %1").arg(m_ui.resultSummary->text()));
        Q_EMIT lookupFinished(results);
    });
    connect(m_model, &UrlLookupResultModel::failed, this, [this](const ApiError &error) {
        busyBar()->finish();
        m_scaffold.showFailure(error, m_model->rowCount() > 0
                                          ? tr("Lookup cancelled. The previous results are shown.")
                                          : tr("Lookup cancelled."));
        updateResultSummary();
    });
    m_scaffold.followSession([this] { onSessionStarted(); }, [this] { onSessionEnded(); },
                             [this](Product product, int seconds, WaitReason reason) {
                                 // ZIA takes one lookup a second: that pacing is the normal
                                 // rhythm of the batches, not a wait worth a countdown. Longer
                                 // waits are shown.
                                 if (product != Product::Zia || !isLookingUp())
                                     return;
                                 if (reason == WaitReason::ClientRateLimit && seconds > 0 &&
                                     seconds <= 2)
                                     return;
                                 busyBar()->showWait(product, seconds, reason);
                             });
    validateNow();
}

UrlLookupPage::~UrlLookupPage()
{
    m_model->disconnect(this);
    m_model->cancel();
}

void UrlLookupPage::buildUi()
{
    // The input column.
    auto *input = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(input);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    auto *inputTitle = sectionTitle(tr("URLs, one per line"), input);
    m_ui.editor = new UrlEditor(input);
    m_ui.editor->setPlaceholderText(tr("Paste URLs here, one per line, e.g.\nbbc.com\n"
                                       "https://www.example.com/path"));
    m_ui.editor->setToolTip(tr("Each line is checked as you type: empty lines and lines over "
                               "1,024 characters are not sent, duplicates are looked up once."));
    inputTitle->setBuddy(m_ui.editor);
    m_ui.inputSummary = new QLabel(input);
    m_ui.inputSummary->setObjectName(u"inputSummary"_s);
    m_ui.inputSummary->setWordWrap(true);
    m_ui.problems = new QListWidget(input);
    namedControl(m_ui.problems, u"urlProblems"_s, tr("Problems in the URL list"));
    m_ui.problems->setMaximumHeight(120);
    m_ui.problems->setUniformItemSizes(true);
    m_ui.problems->setIconSize(QSize(16, 16));
    m_ui.problems->setToolTip(tr("Click a line to show it in the editor."));
    connect(m_ui.problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line >= 0)
            m_ui.editor->goToLine(line);
    });
    connect(m_ui.problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line >= 0)
            m_ui.editor->goToLine(line);
    });

    m_ui.importButton = new QPushButton(tr("&Import…"), input);
    m_ui.importButton->setObjectName(u"importButton"_s);
    m_ui.importButton->setToolTip(tr("Add the URLs of a text file (one per line) or of a CSV file "
                                     "(first column)."));
    connect(m_ui.importButton, &QPushButton::clicked, this, &UrlLookupPage::importFile);
    auto *clear = new QPushButton(tr("Clear"), input);
    clear->setObjectName(u"clearButton"_s);
    connect(clear, &QPushButton::clicked, m_ui.editor, &QPlainTextEdit::clear);
    m_ui.lookUp = new QPushButton(tr("&Look up"), input);
    m_ui.lookUp->setObjectName(u"lookUpButton"_s);
    m_ui.lookUp->setDefault(true);
    m_ui.lookUp->setToolTip(tr("Look up the URLs in ZIA (Ctrl+Enter)"));
    connect(m_ui.lookUp, &QPushButton::clicked, this, &UrlLookupPage::lookUp);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ui.importButton);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    buttons->addWidget(m_ui.lookUp);

    inputLayout->addWidget(inputTitle);
    inputLayout->addWidget(m_ui.editor, 1);
    inputLayout->addWidget(m_ui.inputSummary);
    inputLayout->addWidget(m_ui.problems);
    inputLayout->addLayout(buttons);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &UrlLookupPage::lookUp);
    }

    // The results.
    m_ui.results = new RecordTableView(this);
    m_ui.results->setObjectName(u"urlResults"_s);
    m_ui.results->setModel(m_highlight);
    m_ui.results->setSettingsKey(u"url-lookup"_s);
    m_ui.results->setExportName(u"url-lookup"_s);
    m_ui.results->setAccessibleTitle(tr("Lookup results"));
    m_ui.results->setEmptyText(tr("Paste URLs on the left and press Look up (Ctrl+Enter)."));
    m_ui.results->setNoMatchText(tr("No URLs match “%1”. Clear the filter."));
    m_ui.results->setLoadingText(tr("Looking up…"));

    auto *copyUrl = new QAction(tr("Copy &URL"), this);
    connect(copyUrl, &QAction::triggered, this, [this] {
        const QString url = m_ui.results->currentRecord().value("url"_L1).toString();
        if (!url.isEmpty())
            Clipboard::instance()->setText(url);
    });
    m_ui.results->addContextAction(copyUrl);
    auto *showLine = new QAction(tr("Show in &editor"), this);
    connect(showLine, &QAction::triggered, this, &UrlLookupPage::showInEditor);
    m_ui.results->addContextAction(showLine);

    m_ui.resultSummary = new QLabel(this);
    m_ui.resultSummary->setObjectName(u"resultSummary"_s);
    m_ui.resultSummary->setWordWrap(true);
    auto *summaryBox = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(sectionTitle(tr("Categories"), summaryBox));
    summaryLayout->addWidget(m_ui.resultSummary);
    m_ui.summaryView = new QTableView(summaryBox);
    namedControl(m_ui.summaryView, u"categorySummary"_s, tr("Categories"));
    m_ui.summaryView->setTabKeyNavigation(false);
    m_ui.summaryView->setModel(m_summarySort);
    m_ui.summaryView->setSortingEnabled(true);
    m_ui.summaryView->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_ui.summaryView->horizontalHeader()->setSectionResizeMode(
        UrlCategorySummaryModel::CategoryColumn, QHeaderView::Stretch);
    m_ui.summaryView->horizontalHeader()->setSectionResizeMode(UrlCategorySummaryModel::CountColumn,
                                                               QHeaderView::ResizeToContents);
    m_ui.summaryView->verticalHeader()->hide();
    m_ui.summaryView->verticalHeader()->setDefaultSectionSize(
        m_ui.summaryView->fontMetrics().height() + 8);
    m_ui.summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui.summaryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui.summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui.summaryView->setAlternatingRowColors(true);
    m_ui.summaryView->setToolTip(tr("How many URLs fall in each category. Double-click a category "
                                    "to show only its URLs."));
    connect(m_ui.summaryView, &QTableView::activated, this, &UrlLookupPage::filterByCategory);
    summaryLayout->addWidget(m_ui.summaryView, 1);

    m_ui.detail = new DetailPane(this);
    m_ui.detail->setEmptyText(tr("Select a URL to see its categories and the raw answer."));
    const auto member = [](const char *key) {
        return [key](const QJsonObject &o) {
            return UrlCategoryNames::names(o.value(QLatin1StringView(key)));
        };
    };
    m_ui.detail->setFields({
        {tr("URL"), [](const QJsonObject &o) { return o.value("url"_L1).toString(); }, true},
        {tr("Categories"), member("urlClassifications"), true},
        {tr("Security alerts"),
         [](const QJsonObject &o) {
             const QString names =
                 UrlCategoryNames::names(o.value("urlClassificationsWithSecurityAlert"_L1));
             return names.isEmpty() ? tr("None") : names;
         },
         true},
        {tr("Application"), member("application")},
        {tr("Category codes"),
         [](const QJsonObject &o) {
             QStringList codes = UrlCategoryNames::codes(o.value("urlClassifications"_L1));
             codes += UrlCategoryNames::codes(o.value("urlClassificationsWithSecurityAlert"_L1));
             return codes.join(u", "_s);
         }},
    });
    connect(m_ui.results, &RecordTableView::currentRecordChanged, m_ui.detail,
            &DetailPane::setRecord);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(summaryBox);
    bottom->addWidget(m_ui.detail);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setChildrenCollapsible(false);
    right->addWidget(m_ui.results);
    right->addWidget(bottom);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"urlLookupSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(input);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(banner());
    layout->addWidget(busyBar());
    layout->addWidget(splitter, 1);

    connect(busyBar(), &BusyBar::cancelRequested, this, &UrlLookupPage::cancel);
    connect(banner(), &ErrorBanner::retryRequested, this, &UrlLookupPage::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UrlLookupPage::updateResultSummary);

    setTabOrder(m_ui.editor, m_ui.lookUp);
    setTabOrder(m_ui.lookUp, m_ui.importButton);
    setTabOrder(m_ui.importButton, clear);
    setTabOrder(clear, m_ui.results->filterEdit());
    updateResultSummary();
}

void UrlLookupPage::onSessionStarted()
{
    cancel();
    delete m_service;
    m_service = new ZiaService(session()->client(), this);
    banner()->clear();
}

void UrlLookupPage::onSessionEnded()
{
    cancel();
    delete m_service;
    busyBar()->finish();
}

void UrlLookupPage::refresh()
{
    if (m_lastUrls.isEmpty())
        lookUp();
    else
        startLookup(m_lastUrls);
}

void UrlLookupPage::handleNavigation(const QVariantMap &arguments)
{
    const QStringList urls = arguments.value(u"urls"_s).toStringList();
    if (!urls.isEmpty()) {
        m_ui.editor->setPlainText(urls.join(u'\n'));
        validateNow();
    }
    if (arguments.value(u"lookup"_s).toBool())
        lookUp();
}

void UrlLookupPage::validateNow()
{
    m_validateTimer.stop();
    m_check = UrlLineCheck::check(m_ui.editor->lines());
    m_ui.editor->setIssues(m_check.issues);
    m_ui.inputSummary->setText(m_check.summary());
    updateProblems();
}

void UrlLookupPage::updateProblems()
{
    m_ui.problems->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const qsizetype listed = std::min<qsizetype>(m_check.issues.size(), kMaxListedProblems);
    for (qsizetype i = 0; i < listed; ++i) {
        const UrlLineIssue &issue = m_check.issues.at(i);
        auto *item =
            new QListWidgetItem(issue.isError() ? error : warning, issue.message(), m_ui.problems);
        item->setToolTip(issue.explanation());
        item->setData(Qt::UserRole, issue.line);
    }
    if (m_check.issues.size() > listed) {
        auto *item = new QListWidgetItem(
            tr("… and %Ln more", nullptr, int(m_check.issues.size() - listed)), m_ui.problems);
        item->setData(Qt::UserRole, -1);
    }
    m_ui.problems->setVisible(!m_check.issues.isEmpty());
}

QStringList UrlLookupPage::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_ui.problems->count(); ++i)
        texts.append(m_ui.problems->item(i)->text());
    return texts;
}

void UrlLookupPage::lookUp()
{
    validateNow();
    startLookup(m_check.accepted);
}

QString UrlLookupPage::batchText(int batch, int batches)
{
    return tr("Looking up batch %1 of %2…").arg(batch).arg(batches);
}

void UrlLookupPage::startLookup(const QStringList &urls)
{
    if (!m_service) {
        banner()->showMessage(ErrorBanner::Severity::Info, tr("Sign in to look up URLs."));
        return;
    }
    if (urls.isEmpty()) {
        banner()->showMessage(
            ErrorBanner::Severity::Info,
            m_check.issues.isEmpty()
                ? tr("Nothing to look up: paste URLs in the editor, one per line.")
                : tr("Nothing to look up: every line has a problem (see the list "
                     "under the editor)."));
        return;
    }
    cancel();
    banner()->clear();
    m_lastUrls = urls;

    UrlLookupJob *job = m_service->lookupUrls(urls);
    m_model->load(job);
    const int batches = job->batchCount();
    busyBar()->setCancellable(true);
    busyBar()->setProgress(0, batches, batchText(1, batches));
    m_ui.resultSummary->setText(tr("Looking up %Ln URL(s)…", nullptr, int(urls.size())));
    connect(job, &UrlLookupJob::progress, this, [this](int done, int total) {
        if (done < total)
            busyBar()->setProgress(done, total, batchText(done + 1, total));
    });
}

void UrlLookupPage::cancel()
{
    m_model->cancel();
}

bool UrlLookupPage::importFile()
{
    const QString path = DialogSeams::instance()->getOpenFileName(
        this, tr("Import URLs"), {}, tr("Text and CSV files (*.txt *.csv *.lst);;All files (*)"));
    if (path.isEmpty())
        return false;
    QStringList lines;
    QString error;
    if (!UrlListFile::read(path, &lines, &error)) {
        DialogSeams::instance()->warning(this, tr("Import URLs"), error);
        return false;
    }
    QString text = m_ui.editor->toPlainText();
    while (text.endsWith(u'\n'))
        text.chop(1);
    if (!text.isEmpty())
        text.append(u'\n');
    text.append(lines.join(u'\n'));
    m_ui.editor->setPlainText(text);
    validateNow();
    return true;
}

void UrlLookupPage::updateResultSummary()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_ui.resultSummary->setText(tr("Counts per category appear here after a lookup."));
        return;
    }
    const int categories = m_summary->rowCount();
    const int alerts = m_model->securityAlertRows();
    QStringList parts;
    parts.append(tr("%Ln URL(s)", nullptr, rows));
    parts.append(tr("%Ln category(ies)", nullptr, categories));
    if (alerts == 0)
        parts.append(tr("no security alerts"));
    else
        parts.append(tr("%Ln with security alert(s)", nullptr, alerts));
    m_ui.resultSummary->setText(parts.join(u" · "_s));
}

void UrlLookupPage::filterByCategory(const QModelIndex &summaryIndex)
{
    if (!summaryIndex.isValid())
        return;
    const QString name =
        summaryIndex.siblingAtColumn(UrlCategorySummaryModel::CategoryColumn).data().toString();
    m_ui.results->setFilterText(name);
}

void UrlLookupPage::showInEditor()
{
    const QString url = m_ui.results->currentRecord().value("url"_L1).toString();
    if (url.isEmpty())
        return;
    const QStringList lines = m_ui.editor->lines();
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == url) {
            m_ui.editor->goToLine(i);
            return;
        }
    }
}

} // namespace zc
