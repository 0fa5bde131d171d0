// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "pages/zia/UrlLineCheck.h"
#include "zia/UrlLookupResultModel.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>

class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace zc {

class AlertHighlightProxy;
class BusyBar;
class DetailPane;
class ErrorBanner;
class RecordTableView;
class UrlCategorySummaryModel;
class UrlEditor;
class UrlLookupJob;
class UrlLookupResultModel;
class ZiaService;

// URL lookup (ZIA): paste or import any number of URLs, one per line; every line is checked
// as it is typed (empty, over 1,024 characters, duplicate) and marked in the editor's gutter
// and in a list below it. Look up (Ctrl+Enter) sends the valid, deduplicated URLs in batches
// of 100 at ZIA's pace with progress and Cancel; the results show readable category names
// with security alerts highlighted, a summary of counts per category, and the detail pane.
// F5 repeats the last lookup.
class UrlLookupPage : public Page
{
    Q_OBJECT
public:
    explicit UrlLookupPage(Session *session, QWidget *parent = nullptr);
    ~UrlLookupPage() override;

    void refresh() override;
    // Arguments: "urls" (QStringList) are put in the editor; "lookup" (bool) looks them up.
    void handleNavigation(const QVariantMap &arguments) override;

    // Checks the editor's lines now (typing checks them after a short pause).
    void validateNow();
    const UrlLineCheck &lineCheck() const { return m_check; }
    QStringList problemTexts() const;
    bool isLookingUp() const { return m_model->isLookingUp(); }
    QStringList lastLookup() const { return m_lastUrls; }

    // The page's widgets, made by buildUi(); tests drive the page through them.
    struct Widgets
    {
        UrlEditor *editor = nullptr;
        QListWidget *problems = nullptr;
        QLabel *inputSummary = nullptr;
        QLabel *resultSummary = nullptr;
        QPushButton *importButton = nullptr;
        QPushButton *lookUp = nullptr;
        RecordTableView *results = nullptr;
        QTableView *summaryView = nullptr;
        DetailPane *detail = nullptr;
    };
    const Widgets &widgets() const { return m_ui; }
    UrlLookupResultModel *resultModel() const { return m_model; }
    AlertHighlightProxy *highlightModel() const { return m_highlight; }
    UrlCategorySummaryModel *summaryModel() const { return m_summary; }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }
    ErrorBanner *banner() const { return m_scaffold.banner(); }

public Q_SLOTS:
    // Looks up what the editor holds.
    void lookUp();
    // Asks for a text or CSV file (DialogSeams) and appends its lines to the editor.
    bool importFile();
    void cancel();

Q_SIGNALS:
    void lookupFinished(int results);

private:
    void buildUi();
    void onSessionStarted();
    void onSessionEnded();
    void startLookup(const QStringList &urls);
    void updateResultSummary();
    void updateProblems();
    void filterByCategory(const QModelIndex &summaryIndex);
    void showInEditor();
    static QString batchText(int batch, int batches);

    Widgets m_ui;
    PageScaffold m_scaffold;

    UrlLookupResultModel *m_model = nullptr;
    AlertHighlightProxy *m_highlight = nullptr;
    UrlCategorySummaryModel *m_summary = nullptr;
    AlertHighlightProxy *m_summaryHighlight = nullptr;
    QSortFilterProxyModel *m_summarySort = nullptr;

    QPointer<ZiaService> m_service;
    QTimer m_validateTimer;
    UrlLineCheck m_check;
    QStringList m_lastUrls;
};

} // namespace zc
