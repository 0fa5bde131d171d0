// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivationPage.h"

#include "Session.h"
#include "common/ActivationStatus.h"
#include "dialogs/DialogSeams.h"
#include "pages/activation/ActivationCard.h"
#include "widgets/Announcer.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "zia/UrlCategoryNames.h"
#include "zia/ZiaActivation.h"
#include "ztw/ZtwActivation.h"
#include "ztw/ZtwService.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString codeWithText(const QString &text, const QString &code)
{
    if (code.isEmpty())
        return {};
    return u"%1 (%2)"_s.arg(text, code);
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.time(), QLocale::LongFormat);
}

} // namespace

ActivationPage::ActivationPage(Session *session, QWidget *parent)
    : Page(Area::Activation, session, parent)
    , m_lanes{{
          Lane{
              .product = Product::Zia,
              .card = new ActivationCard(Product::Zia, tr("ZIA"),
                                         tr("Internet & SaaS access: URL filtering, firewall "
                                            "and other policies."),
                                         this),
              .talking = QT_TR_NOOP("Talking to ZIA…"),
              .notEntitledText = QT_TR_NOOP("This API client is not entitled to ZIA, so its "
                                            "activation status cannot be read. An "
                                            "administrator can grant it in ZIdentity."),
              .notEntitledReason = QT_TR_NOOP("This API client is not entitled to ZIA."),
              .create = [](ApiClient *client, QObject *owner) -> ActivationStatus * {
                  return new ZiaActivation(client, owner);
              },
              .describe = &ActivationPage::ziaView,
          },
          Lane{
              .product = Product::Ztw,
              .card = new ActivationCard(Product::Ztw, tr("Cloud & Branch Connector (ZTW)"),
                                         tr("Connector groups, forwarding and gateway settings "
                                            "of workloads and branches."),
                                         this),
              .talking = QT_TR_NOOP("Talking to ZTW…"),
              .notEntitledText = QT_TR_NOOP("This API client is not entitled to ZTW (Cloud & "
                                            "Branch Connector), so its activation status "
                                            "cannot be read. An administrator can grant it in "
                                            "ZIdentity."),
              .notEntitledReason = QT_TR_NOOP("This API client is not entitled to ZTW."),
              .create = [](ApiClient *client, QObject *owner) -> ActivationStatus * {
                  return new ZtwActivation(client, owner);
              },
              .describe = &ActivationPage::ztwView,
          },
      }}
    , m_scaffold(this, std::nullopt, PageScaffold::Body::OwnStatus)
{
    setObjectName(u"page-"_s + areaKey(Area::Activation));

    auto *title = new QLabel(areaTitle(Area::Activation), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Configuration changes take effect only once they are activated. "
                                "Each product is activated on its own."),
                             this);
    intro->setWordWrap(true);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    for (const Lane &lane : m_lanes) {
        lane.card->setMinimumWidth(340);
        lane.card->setMaximumWidth(560);
        cards->addWidget(lane.card, 1);
    }
    cards->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(cards);
    layout->addStretch(1);

    for (Lane &lane : m_lanes) {
        const Product product = lane.product;
        connect(lane.card, &ActivationCard::refreshRequested, this,
                [this, product] { refreshProduct(product); });
        connect(lane.card, &ActivationCard::activateRequested, this,
                [this, product] { activateProduct(product); });
        connect(lane.card, &ActivationCard::recheckRequested, this, [this, &lane] {
            this->session()->clearReadOnly(lane.product);
            if (lane.activation)
                lane.activation->clearReadOnly();
            updateCard(lane);
        });
        connect(lane.card->busyBar(), &BusyBar::cancelRequested, this, [&lane] {
            if (lane.activation)
                lane.activation->cancel();
        });
    }

    connect(session, &Session::readOnlyChanged, this, [this](Product product) {
        if (const Lane *changed = lane(product))
            updateCard(*changed);
    });
    m_scaffold.followSession([this] { onSessionStarted(); }, [this] { onSessionEnded(); },
                             [this](Product product, int seconds, WaitReason reason) {
                                 const Lane *waiting = lane(product);
                                 if (waiting && waiting->activation &&
                                     waiting->activation->isLoading())
                                     waiting->card->busyBar()->showWait(product, seconds, reason);
                             });
    if (!session->isActive())
        onSessionEnded();
}

ZiaActivation *ActivationPage::ziaActivation() const
{
    return qobject_cast<ZiaActivation *>(m_lanes[Zia].activation);
}

ZtwActivation *ActivationPage::ztwActivation() const
{
    return qobject_cast<ZtwActivation *>(m_lanes[Ztw].activation);
}

ActivationPage::Lane *ActivationPage::lane(Product product)
{
    for (Lane &lane : m_lanes) {
        if (lane.product == product)
            return &lane;
    }
    return nullptr;
}

void ActivationPage::onSessionStarted()
{
    for (Lane &lane : m_lanes) {
        delete lane.activation;
        lane.notEntitled = false;
        lane.checked = lane.activated = {};
    }
    for (Lane &lane : m_lanes)
        lane.card->banner()->clear();

    ApiClient *client = session()->client();
    for (Lane &lane : m_lanes) {
        lane.activation = lane.create(client, this);
        wire(lane);
    }
    for (const Lane &lane : m_lanes)
        updateCard(lane);
    m_scaffold.loadWhenShown();
}

void ActivationPage::wire(Lane &lane)
{
    ActivationStatus *activation = lane.activation;
    connect(activation, &ActivationStatus::changed, this, [this, &lane] {
        lane.checked = QDateTime::currentDateTime();
        lane.notEntitled = false;
        lane.card->banner()->clear();
        updateCard(lane);
    });
    connect(activation, &ActivationStatus::loadingChanged, this, [this, &lane](bool loading) {
        if (loading)
            lane.card->busyBar()->start(lane.describe(*lane.activation).known
                                            ? tr(lane.talking)
                                            : tr("Reading the status…"));
        else
            lane.card->busyBar()->finish();
        updateCard(lane);
    });
    connect(activation, &ActivationStatus::readOnlyChanged, this,
            [this, &lane] { updateCard(lane); });
    connect(activation, &ActivationStatus::activated, this, [this, &lane] {
        lane.activated = QDateTime::currentDateTime();
        updateCard(lane);
        Announcer::announce(
            lane.card,
            tr("%1 activated: %2").arg(productName(lane.card->product()), lane.card->statusText()));
    });
    connect(activation, &ActivationStatus::failed, this, [this, &lane](const ApiError &error) {
        if (error.kind == ApiError::Kind::Forbidden)
            lane.notEntitled = true;
        showError(lane.card, error);
        updateCard(lane);
    });
}

void ActivationPage::onSessionEnded()
{
    for (Lane &lane : m_lanes)
        delete lane.activation;
    m_scaffold.setLoadOnShow(true);
    for (Lane &lane : m_lanes) {
        lane.card->busyBar()->finish();
        lane.card->banner()->clear();
    }
    for (const Lane &lane : m_lanes)
        updateCard(lane);
}

void ActivationPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_scaffold.pageShown(!m_lanes[Zia].activation.isNull());
}

void ActivationPage::refresh()
{
    // Signed out, the cards say so; there is nothing to read.
    if (!m_scaffold.startRefresh(!m_lanes[Zia].activation.isNull(), {}))
        return;
    for (const Lane &lane : m_lanes)
        refreshProduct(lane.product);
}

void ActivationPage::refreshProduct(Product product)
{
    const Lane *refreshed = lane(product);
    if (refreshed && refreshed->activation)
        refreshed->activation->refresh();
}

bool ActivationPage::confirm(Product product)
{
    const QString name = productName(product);
    const QMessageBox::StandardButton answer = DialogSeams::instance()->question(
        this, tr("Activate %1 changes").arg(name),
        tr("Activate the pending %1 configuration changes now?\n\nThey take effect for the "
           "whole tenant and cannot be undone from here.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void ActivationPage::activateProduct(Product product)
{
    Lane *activated = lane(product);
    if (!activated || !activated->activation || activated->activation->isLoading() ||
        !activated->card->activateButton()->isEnabled())
        return;
    if (!confirm(product))
        return;
    activated->card->banner()->clear();
    activated->activation->activate();
}

void ActivationPage::showError(ActivationCard *card, const ApiError &error)
{
    if (error.kind == ApiError::Kind::ReadOnly) {
        card->banner()->clear(); // the card's notice says it, and Activate is disabled
        return;
    }
    PageScaffold::showFailure(card->banner(), card->product(), error,
                              tr("Cancelled. Press Refresh to read the status again."), true,
                              PageScaffold::Forbidden::NotEntitled);
}

QString ActivationPage::readOnlyReason(const Lane &lane) const
{
    const bool readOnly =
        session()->isReadOnly(lane.product) || (lane.activation && lane.activation->isReadOnly());
    if (!readOnly)
        return {};
    return tr("%1 is in read-only maintenance mode: activation is not possible until it ends.")
        .arg(productName(lane.product));
}

void ActivationPage::updateCard(const Lane &lane)
{
    ActivationCard *card = lane.card;
    const ActivationStatus *activation = lane.activation;
    if (!activation) {
        card->setStatus(tr("Not signed in"), ActivationCard::Tone::Neutral);
        card->setDetails({});
        card->setPendingText(tr("Sign in to see whether changes wait for activation."));
        card->setNotice({});
        card->refreshButton()->setEnabled(false);
        card->setActivateEnabled(false, tr("Sign in first."));
        return;
    }
    const bool loading = activation->isLoading();
    const StateView view = lane.describe(*activation);
    const QString readOnly = readOnlyReason(lane);

    if (lane.notEntitled) {
        card->setStatus(tr("Not entitled"), ActivationCard::Tone::Bad);
        card->setPendingText(tr(lane.notEntitledText));
    } else if (!view.read) {
        card->setStatus(loading ? tr("Reading…") : tr("Not read yet"),
                        ActivationCard::Tone::Neutral);
        card->setPendingText(loading ? QString() : tr("Press Refresh to read the status."));
    } else {
        card->setStatus(activation->stateText(), view.tone);
        card->setPendingText(view.pending);
    }

    QList<QPair<QString, QString>> details = view.details;
    if (lane.checked.isValid())
        details.append({tr("Checked"), timeText(lane.checked)});
    if (lane.activated.isValid())
        details.append({tr("Activated"), timeText(lane.activated)});
    card->setDetails(details);
    card->setNotice(readOnly);
    card->setRecheckVisible(!readOnly.isEmpty());
    card->refreshButton()->setEnabled(!loading);

    if (loading)
        card->setActivateEnabled(false, tr("Wait for the current request to finish."));
    else if (lane.notEntitled)
        card->setActivateEnabled(false, tr(lane.notEntitledReason));
    else if (!readOnly.isEmpty())
        card->setActivateEnabled(false, readOnly);
    else if (!view.read)
        card->setActivateEnabled(false, tr("Read the status first (Refresh)."));
    else if (view.activatable == Activatable::NothingPending)
        card->setActivateEnabled(false, tr("Nothing to activate."));
    else if (view.activatable == Activatable::InProgress)
        card->setActivateEnabled(false, tr("An activation is in progress."));
    else
        card->setActivateEnabled(true);
}

ActivationPage::StateView ActivationPage::ziaView(const ActivationStatus &activation)
{
    const auto &zia = static_cast<const ZiaActivation &>(activation);
    StateView view;
    view.read = zia.hasStatus();
    view.known = zia.state() != ZiaActivation::State::Unknown;
    switch (zia.state()) {
    case ZiaActivation::State::Unknown:
        break; // not read
    case ZiaActivation::State::Active:
        view.tone = ActivationCard::Tone::Good;
        view.pending = tr("No changes are waiting for activation.");
        view.activatable = Activatable::NothingPending;
        break;
    case ZiaActivation::State::Pending:
        view.tone = ActivationCard::Tone::Pending;
        view.pending = tr("Configuration changes are waiting for activation. Users get them only "
                          "once they are activated.");
        break;
    case ZiaActivation::State::Activating:
        view.tone = ActivationCard::Tone::Busy;
        view.pending = tr("An activation is in progress. Refresh in a moment to see the result.");
        view.activatable = Activatable::InProgress;
        break;
    case ZiaActivation::State::Failed: // ZIA has no such word
    case ZiaActivation::State::Other:
        view.tone = ActivationCard::Tone::Neutral;
        view.pending = tr("ZIA reports a status this console does not know: %1.").arg(zia.status());
        break;
    }
    if (view.read)
        view.details.append({tr("API status"), zia.status()});
    return view;
}

QString ActivationPage::ztwCodeText(const QString &code)
{
    static const QList<QPair<QLatin1StringView, const char *>> known = {
        {"EDITS_PRESENT"_L1, QT_TR_NOOP("Edits waiting for activation")},
        {"EDITS_CLEARED"_L1, QT_TR_NOOP("No pending edits")},
        {"EDITS_ACTIVATED_ON_RESTART"_L1, QT_TR_NOOP("Edits activate on restart")},
        {"CAC_ACTV_SUCCESS"_L1, QT_TR_NOOP("Succeeded")},
        {"CAC_ACTV_FAILURE"_L1, QT_TR_NOOP("Failed")},
        {"CAC_ACTV_UI"_L1, QT_TR_NOOP("From the admin portal")},
        {"CAC_ACTV_UNKNOWN"_L1, QT_TR_NOOP("Unknown")},
        {"ADM_LOGGED_IN"_L1, QT_TR_NOOP("Logged in")},
        {"ADM_EDITING"_L1, QT_TR_NOOP("Editing")},
        {"ADM_ACTV_QUEUED"_L1, QT_TR_NOOP("Activation queued")},
        {"ADM_ACTIVATING"_L1, QT_TR_NOOP("Activating")},
        {"ADM_ACTV_DONE"_L1, QT_TR_NOOP("Activation done")},
        {"ADM_ACTV_FAIL"_L1, QT_TR_NOOP("Activation failed")},
        {"ADM_EXPIRED"_L1, QT_TR_NOOP("Session expired")},
        {"ADM_LOGGED_OUT"_L1, QT_TR_NOOP("Logged out")},
    };
    for (const auto &[key, text] : known) {
        if (code == key)
            return tr(text);
    }
    return UrlCategoryNames::titleCase(code);
}

ActivationPage::StateView ActivationPage::ztwView(const ActivationStatus &activation)
{
    const auto &ztw = static_cast<const ZtwActivation &>(activation);
    StateView view;
    view.read = ztw.hasStatus();
    view.known = ztw.state() != ZtwActivation::State::Unknown;
    switch (ztw.state()) {
    case ZtwActivation::State::Unknown:
    case ZtwActivation::State::Other: // ZTW's unknown words are Unknown
        view.tone = ActivationCard::Tone::Neutral;
        view.pending = tr("ZTW reports a status this console does not know; see the details.");
        break;
    case ZtwActivation::State::Active:
        view.tone = ActivationCard::Tone::Good;
        view.pending = tr("No edits are waiting for activation.");
        view.activatable = Activatable::NothingPending;
        break;
    case ZtwActivation::State::Pending:
        view.tone = ActivationCard::Tone::Pending;
        view.pending = tr("Configuration edits are waiting for activation. Connectors get them "
                          "only once they are activated.");
        break;
    case ZtwActivation::State::Activating:
        view.tone = ActivationCard::Tone::Busy;
        view.pending = tr("An activation is queued or running. Refresh in a moment to see the "
                          "result.");
        view.activatable = Activatable::InProgress;
        break;
    case ZtwActivation::State::Failed:
        view.tone = ActivationCard::Tone::Bad;
        view.pending = tr("The last activation failed. The edits are still waiting: activate "
                          "again, or check the Cloud & Branch Connector portal.");
        break;
    }
    if (!view.read)
        return view;
    const QString edit = ztw.orgEditStatus();
    const QString last = ztw.orgLastActivateStatus();
    const QString admin = ztw.adminActivateStatus();
    if (!edit.isEmpty())
        view.details.append({tr("Edit status"), codeWithText(ztwCodeText(edit), edit)});
    if (!last.isEmpty())
        view.details.append({tr("Last activation"), codeWithText(ztwCodeText(last), last)});
    if (!admin.isEmpty())
        view.details.append({tr("Your activation"), codeWithText(ztwCodeText(admin), admin)});
    const QJsonObject admins = ztw.adminStatusMap();
    if (!admins.isEmpty()) {
        QStringList lines;
        for (auto it = admins.begin(); it != admins.end(); ++it) {
            const QString value = it.value().toString();
            lines.append(value.isEmpty() ? it.key()
                                         : u"%1: %2"_s.arg(it.key(), ztwCodeText(value)));
        }
        view.details.append({tr("Administrators"), lines.join(u'\n')});
    }
    return view;
}

} // namespace zc
