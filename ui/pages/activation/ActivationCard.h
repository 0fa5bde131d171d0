// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QFrame>
#include <QList>
#include <QPair>
#include <QString>

class QFormLayout;
class QLabel;
class QPushButton;

namespace zc {

class BusyBar;
class ErrorBanner;

// One product's activation on the Activation page: a titled card with the current status as
// a coloured word, details (the API's own codes made readable), what is pending, a notice
// when the product cannot activate now (read-only maintenance, not entitled), an error
// banner with Retry, a busy bar with Cancel, and the Refresh and Activate buttons. The page
// fills it; the card only shows.
class ActivationCard : public QFrame
{
    Q_OBJECT
public:
    enum class Tone
    {
        Neutral, // not read yet
        Good,    // active, nothing pending
        Pending, // changes wait
        Busy,    // activating
        Bad      // failed, not entitled
    };

    ActivationCard(Product product, const QString &title, const QString &subtitle,
                   QWidget *parent = nullptr);

    Product product() const { return m_product; }

    void setStatus(const QString &text, Tone tone);
    QString statusText() const;
    Tone tone() const { return m_tone; }
    // Label/value rows under the status; replaces the previous ones.
    void setDetails(const QList<QPair<QString, QString>> &details);
    QList<QPair<QString, QString>> details() const { return m_details; }
    QString detail(const QString &label) const;
    void setPendingText(const QString &text);
    QString pendingText() const;
    // Why Activate is not possible now (shown in an amber notice); empty hides it.
    void setNotice(const QString &text);
    QString notice() const;
    // Activate's state and, when disabled, the tooltip that says why.
    void setActivateEnabled(bool enabled, const QString &why = {});
    // "Check again": offered while the product reported read-only maintenance, which no
    // status read can detect as over — only a new attempt can.
    void setRecheckVisible(bool visible);

    QLabel *statusLabel() const { return m_status; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *recheckButton() const { return m_recheck; }
    ErrorBanner *banner() const { return m_banner; }
    BusyBar *busyBar() const { return m_busy; }

Q_SIGNALS:
    void refreshRequested();
    void activateRequested();
    void recheckRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Product m_product;
    Tone m_tone = Tone::Neutral;
    QList<QPair<QString, QString>> m_details;
    QLabel *m_status;
    QFormLayout *m_form;
    QLabel *m_pending;
    QLabel *m_notice;
    ErrorBanner *m_banner;
    BusyBar *m_busy;
    QPushButton *m_refresh;
    QPushButton *m_activate;
    QPushButton *m_recheck;
};

} // namespace zc
