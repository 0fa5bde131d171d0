// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "BusyBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace zc {

BusyBar::BusyBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"busyBar"_s);
    m_label->setObjectName(u"busyBarText"_s);
    m_cancel->setObjectName(u"busyBarCancel"_s);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(220);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_label->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->setSpacing(10);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &BusyBar::tick);
    connect(m_cancel, &QPushButton::clicked, this, &BusyBar::cancelRequested);
    hide();
}

QString BusyBar::pageText(int pagesLoaded, int totalPages)
{
    const int current = totalPages > 0 ? qMin(pagesLoaded + 1, totalPages) : pagesLoaded + 1;
    if (totalPages > 0)
        return tr("Loading page %1 of %2…").arg(current).arg(totalPages);
    return tr("Loading page %1…").arg(current);
}

void BusyBar::start(const QString &text)
{
    m_bar->setRange(0, 0);
    setText(text);
    leaveIdleWait();
    show();
}

void BusyBar::setProgress(int done, int total, const QString &text)
{
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(qBound(0, done, total));
    } else {
        m_bar->setRange(0, 0);
    }
    setText(text);
    leaveIdleWait();
    show();
}

void BusyBar::setText(const QString &text)
{
    m_text = text;
    if (!isWaiting())
        m_label->setText(text);
}

void BusyBar::setCancellable(bool cancellable)
{
    m_cancellable = cancellable;
    updateCancel();
}

void BusyBar::updateCancel()
{
    // Cancel stops the view's own calls; a wait alone belongs to a request it cannot cancel.
    m_cancel->setVisible(m_cancellable && !m_shownForWait);
}

void BusyBar::leaveIdleWait()
{
    if (!m_shownForWait)
        return;
    m_shownForWait = false;
    updateCancel();
}

QString BusyBar::text() const
{
    return m_label->text();
}

void BusyBar::setTickInterval(int ms)
{
    m_countdown.setInterval(qMax(1, ms));
}

void BusyBar::onLoadingChanged(bool loading)
{
    if (loading)
        start(tr("Loading…"));
    else
        finish();
}

void BusyBar::onPageProgress(int pagesLoaded, int totalPages, int recordsLoaded)
{
    Q_UNUSED(recordsLoaded)
    setProgress(pagesLoaded, totalPages, pageText(pagesLoaded, totalPages));
}

void BusyBar::showWait(Product product, int seconds, WaitReason reason)
{
    if (seconds <= 0) {
        endWait();
        return;
    }
    m_waitProduct = product;
    m_waitReason = reason;
    m_secondsLeft = seconds;
    m_label->setText(waitMessage(product, m_secondsLeft, reason));
    if (isHidden()) {
        // Idle: the wait is of a request the view did not start (a background poll). Show
        // it for the countdown only, and hide again when it ends.
        m_bar->setRange(0, 0);
        m_text.clear();
        m_shownForWait = true;
        updateCancel();
        show();
    }
    m_countdown.start();
}

void BusyBar::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft <= 0) {
        endWait();
        return;
    }
    m_label->setText(waitMessage(m_waitProduct, m_secondsLeft, m_waitReason));
}

void BusyBar::endWait()
{
    m_countdown.stop();
    m_secondsLeft = 0;
    if (m_shownForWait) {
        // Nothing of the view's own is under way: no finish() will come.
        finish();
        return;
    }
    m_label->setText(m_text);
}

void BusyBar::finish()
{
    m_countdown.stop();
    m_secondsLeft = 0;
    leaveIdleWait();
    m_text.clear();
    m_label->clear();
    hide();
}

} // namespace zc
