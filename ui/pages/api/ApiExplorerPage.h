// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/Page.h"
#include "pages/PageScaffold.h"

#include <QPointer>

class QCheckBox;
class QListView;
class QPushButton;

namespace zc {

class ApiAnswerView;
class ApiCallJob;
class ApiHistory;
class ApiRequestForm;
class BusyBar;
class ErrorBanner;

// The API explorer (Ctrl+8): any OneAPI request with the profile's sign-in, the product's rate
// limits, retries and read-only handling, and with "all pages" every page in the product's
// paging style. Send (Ctrl+Enter) and Cancel go through the busy bar, which counts down the
// waits; writes ask first, and say so when the product is in read-only mode. The answer shows
// as a tree and raw text; it can be exported. The history of the profile lists the calls sent
// (Enter or double-click sends one again); "Copy as curl" writes $ZSCALER_TOKEN where the
// token goes.
class ApiExplorerPage : public Page
{
    Q_OBJECT
public:
    explicit ApiExplorerPage(Session *session, QWidget *parent = nullptr);
    ~ApiExplorerPage() override;

    // F5: sends the current request again.
    void refresh() override;

    bool isSending() const;
    ApiRequestForm *form() const { return m_form; }
    ApiAnswerView *answerView() const { return m_answer; }
    ApiHistory *history() const { return m_history; }
    QListView *historyView() const { return m_historyView; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *curlButton() const { return m_curl; }
    QCheckBox *keepBodiesBox() const { return m_keepBodies; }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }
    ErrorBanner *banner() const { return m_scaffold.banner(); }

public Q_SLOTS:
    // Sends what the form holds; false when nothing was sent (a mistake, no session, a
    // write not confirmed).
    bool send();
    void cancel();
    // Puts the history's call of `row` in the form and sends it.
    bool rerun(int row);
    // Copies the current request as a curl command line; false when it cannot be built.
    bool copyAsCurl();

Q_SIGNALS:
    // The call ended (succeeded or not), its answer shown.
    void answered();

private:
    void buildUi();
    void onSessionStarted();
    void onSessionEnded();
    bool confirmWrite(const QString &method, Product product, const QString &path);
    void updateButtons();

    PageScaffold m_scaffold;
    ApiRequestForm *m_form = nullptr;
    ApiAnswerView *m_answer = nullptr;
    ApiHistory *m_history = nullptr;
    QListView *m_historyView = nullptr;
    QCheckBox *m_keepBodies = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_clearHistory = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_curl = nullptr;
    QPointer<ApiCallJob> m_job;
};

} // namespace zc
