// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "pages/activation/ActivationCard.h"

#include <QDateTime>
#include <QPointer>

#include <array>

namespace zc {

class ActivationStatus;
class ApiClient;
class ZiaActivation;
class ZtwActivation;
struct ApiError;

// Activation: one card for ZIA and one for Cloud & Branch Connector (ZTW), each with the
// current status in words, the API's details (ZTW's orgEditStatus, orgLastActivateStatus...),
// what is pending, Refresh, and Activate after a confirmation. Read-only maintenance disables
// Activate with the reason on the card; a product the API client is not entitled to says so;
// other errors show in the card's banner with Retry. Loads when first shown; F5 refreshes
// both cards.
class ActivationPage : public Page
{
    Q_OBJECT
public:
    explicit ActivationPage(Session *session, QWidget *parent = nullptr);

    void refresh() override;

    ActivationCard *ziaCard() const { return m_lanes[Zia].card; }
    ActivationCard *ztwCard() const { return m_lanes[Ztw].card; }
    ZiaActivation *ziaActivation() const;
    ZtwActivation *ztwActivation() const;

    // "ADM_EDITING" -> "Editing"; unknown codes title-cased. The code itself is kept by the
    // caller next to it.
    static QString ztwCodeText(const QString &code);

public Q_SLOTS:
    void refreshProduct(zc::Product product);
    // Ask for confirmation (DialogSeams), then activate.
    void activateProduct(zc::Product product);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What a product's status object says, read the product's way (ziaView(), ztwView()).
    enum class Activatable
    {
        Yes,
        NothingPending,
        InProgress,
    };
    struct StateView
    {
        bool read = false;  // an answer with a status came
        bool known = false; // the state is one the console knows
        ActivationCard::Tone tone = ActivationCard::Tone::Neutral;
        QString pending;
        Activatable activatable = Activatable::Yes;
        QList<QPair<QString, QString>> details; // the product's own rows
    };
    // One card and its status object. The products differ only in the data up to describe;
    // the rest is this session's.
    struct Lane
    {
        Product product;
        ActivationCard *card;
        const char *talking;           // the busy bar's text once the state is known
        const char *notEntitledText;   // the pending text when the client is not entitled
        const char *notEntitledReason; // Activate's tooltip then
        ActivationStatus *(*create)(ApiClient *client, QObject *owner);
        StateView (*describe)(const ActivationStatus &activation);

        QPointer<ActivationStatus> activation = {};
        bool notEntitled = false;
        QDateTime checked = {};
        QDateTime activated = {};
    };
    enum : size_t
    {
        Zia,
        Ztw
    };

    void onSessionStarted();
    void onSessionEnded();
    void wire(Lane &lane);
    void updateCard(const Lane &lane);
    Lane *lane(Product product);
    void showError(ActivationCard *card, const ApiError &error);
    bool confirm(Product product);
    QString readOnlyReason(const Lane &lane) const;
    static StateView ziaView(const ActivationStatus &activation);
    static StateView ztwView(const ActivationStatus &activation);

    std::array<Lane, 2> m_lanes; // by Zia, Ztw
    PageScaffold m_scaffold;     // the session, loading on show; each card has its own banner
};

} // namespace zc
