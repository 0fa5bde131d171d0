// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpLog.h"
#include "oneapi/Product.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace zc {

// A slim bar that says what a view is waiting for: an indeterminate or determinate progress
// bar with a sentence ("Loading page 3 of 40…", "Looking up batch 2 of 5…"), a Cancel button,
// and a rate-limit countdown ("Rate limited by ZIA, retrying in 3 s.") that ticks every
// second and then returns to the progress it interrupted. Hidden while idle.
//
// A wait can belong to a request the view did not start itself (a background poll): when the
// bar was idle as the countdown began, it shows the countdown without Cancel and hides again
// when the countdown ends, unless a call of the view's own began in the meantime.
class BusyBar : public QFrame
{
    Q_OBJECT
public:
    explicit BusyBar(QWidget *parent = nullptr);

    // Shows the bar, indeterminate, with this sentence.
    void start(const QString &text);
    // Determinate: done of total steps (total <= 0 makes it indeterminate).
    void setProgress(int done, int total, const QString &text);
    void setText(const QString &text);
    void setCancellable(bool cancellable);

    // Relays a model's paged loading: shown on loadingChanged(true), "Loading page N of M…"
    // on progress, hidden when done; Cancel calls the model's cancel(). For RecordTableModel,
    // ConnectorGroupTreeModel and any model with loadingChanged(bool), progress(int, int, int)
    // and cancel().
    template<typename Model> void follow(Model *model)
    {
        connect(model, &Model::loadingChanged, this, &BusyBar::onLoadingChanged);
        connect(model, &Model::progress, this, &BusyBar::onPageProgress);
        connect(this, &BusyBar::cancelRequested, model, &Model::cancel);
    }

    QString text() const;
    bool isBusy() const { return !isHidden(); }
    bool isWaiting() const { return m_countdown.isActive(); }
    int secondsLeft() const { return m_secondsLeft; }
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

    // How long a countdown second lasts (1000 ms; tests make it short).
    void setTickInterval(int ms);

    // "Loading page 3 of 40…" for the page that is being fetched after pagesLoaded.
    static QString pageText(int pagesLoaded, int totalPages);

public Q_SLOTS:
    // Counts down from seconds with zc::waitMessage(); same arguments as ApiClient::waiting
    // so it connects directly. A wait of 0 seconds ends the countdown. Afterwards the bar
    // returns to the progress of the view's own call, or hides if it was idle before.
    void showWait(zc::Product product, int seconds, zc::WaitReason reason);
    // Hides the bar and stops any countdown.
    void finish();
    void onLoadingChanged(bool loading);
    void onPageProgress(int pagesLoaded, int totalPages, int recordsLoaded);

Q_SIGNALS:
    void cancelRequested();

private:
    void tick();
    void endWait();
    // A call of the view's own begins: the bar no longer shows for a wait alone.
    void leaveIdleWait();
    void updateCancel();

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer m_countdown;
    int m_secondsLeft = 0;
    Product m_waitProduct = Product::Zia;
    WaitReason m_waitReason = WaitReason::ClientRateLimit;
    QString m_text;              // the progress sentence a countdown interrupted
    bool m_shownForWait = false; // shown by showWait() while idle, for the wait alone
    bool m_cancellable = true;
};

} // namespace zc
