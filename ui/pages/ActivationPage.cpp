#include "ActivationPage.h"

#include "Session.h"
#include "activation/ActivationCard.h"
#include "components/BusyBar.h"
#include "components/ErrorBanner.h"
#include "widgets/DialogSeams.h"
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
    , m_ziaCard(new ActivationCard(Product::Zia, tr("ZIA"),
                                   tr("Internet & SaaS access: URL filtering, firewall and other "
                                      "policies."),
                                   this))
    , m_ztwCard(new ActivationCard(Product::Ztw, tr("Cloud & Branch Connector (ZTW)"),
                                   tr("Connector groups, forwarding and gateway settings of "
                                      "workloads and branches."),
                                   this))
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
    for (ActivationCard *card : {m_ziaCard, m_ztwCard}) {
        card->setMinimumWidth(340);
        card->setMaximumWidth(560);
        cards->addWidget(card, 1);
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

    connect(m_ziaCard, &ActivationCard::refreshRequested, this, &ActivationPage::refreshZia);
    connect(m_ztwCard, &ActivationCard::refreshRequested, this, &ActivationPage::refreshZtw);
    connect(m_ziaCard, &ActivationCard::activateRequested, this, &ActivationPage::activateZia);
    connect(m_ziaCard, &ActivationCard::recheckRequested, this, [this] {
        this->session()->clearReadOnly(Product::Zia);
        if (m_zia)
            m_zia->clearReadOnly();
        updateZiaCard();
    });
    connect(m_ztwCard, &ActivationCard::recheckRequested, this, [this] {
        this->session()->clearReadOnly(Product::Ztw);
        if (m_ztw)
            m_ztw->clearReadOnly();
        updateZtwCard();
    });
    connect(m_ztwCard, &ActivationCard::activateRequested, this, &ActivationPage::activateZtw);
    connect(m_ziaCard->busyBar(), &BusyBar::cancelRequested, this, [this] {
        if (m_zia)
            m_zia->cancel();
    });
    connect(m_ztwCard->busyBar(), &BusyBar::cancelRequested, this, [this] {
        if (m_ztw)
            m_ztw->cancel();
    });

    connect(session, &Session::started, this, &ActivationPage::onSessionStarted);
    connect(session, &Session::ended, this, &ActivationPage::onSessionEnded);
    connect(session, &Session::readOnlyChanged, this, [this](Product product) {
        if (product == Product::Zia)
            updateZiaCard();
        else if (product == Product::Ztw)
            updateZtwCard();
    });
    connect(session, &Session::waiting, this,
            [this](Product product, int seconds, WaitReason reason) {
                if (product == Product::Zia && m_zia && m_zia->isLoading())
                    m_ziaCard->busyBar()->showWait(product, seconds, reason);
                else if (product == Product::Ztw && m_ztw && m_ztw->isLoading())
                    m_ztwCard->busyBar()->showWait(product, seconds, reason);
            });

    if (session->isActive())
        onSessionStarted();
    else
        onSessionEnded();
}

ZiaActivation *ActivationPage::ziaActivation() const
{
    return m_zia;
}

ZtwActivation *ActivationPage::ztwActivation() const
{
    return m_ztw;
}

void ActivationPage::onSessionStarted()
{
    delete m_zia;
    delete m_ztw;
    m_ziaNotEntitled = m_ztwNotEntitled = false;
    m_ziaChecked = m_ztwChecked = m_ziaActivated = m_ztwActivated = {};
    m_loaded = false;
    m_ziaCard->banner()->clear();
    m_ztwCard->banner()->clear();

    ApiClient *client = session()->client();
    m_zia = new ZiaActivation(client, this);
    connect(m_zia, &ZiaActivation::changed, this, [this] {
        m_ziaChecked = QDateTime::currentDateTime();
        m_ziaNotEntitled = false;
        m_ziaCard->banner()->clear();
        updateZiaCard();
    });
    connect(m_zia, &ZiaActivation::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_ziaCard->busyBar()->start(m_zia->state() == ZiaActivation::State::Unknown
                                            ? tr("Reading the status…")
                                            : tr("Talking to ZIA…"));
        else
            m_ziaCard->busyBar()->finish();
        updateZiaCard();
    });
    connect(m_zia, &ZiaActivation::readOnlyChanged, this, &ActivationPage::updateZiaCard);
    connect(m_zia, &ZiaActivation::activated, this, [this] {
        m_ziaActivated = QDateTime::currentDateTime();
        updateZiaCard();
    });
    connect(m_zia, &ZiaActivation::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Forbidden)
            m_ziaNotEntitled = true;
        showError(m_ziaCard, error);
        updateZiaCard();
    });

    m_ztw = new ZtwActivation(client, this);
    connect(m_ztw, &ZtwActivation::changed, this, [this] {
        m_ztwChecked = QDateTime::currentDateTime();
        m_ztwNotEntitled = false;
        m_ztwCard->banner()->clear();
        updateZtwCard();
    });
    connect(m_ztw, &ZtwActivation::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_ztwCard->busyBar()->start(m_ztw->state() == ZtwActivation::State::Unknown
                                            ? tr("Reading the status…")
                                            : tr("Talking to ZTW…"));
        else
            m_ztwCard->busyBar()->finish();
        updateZtwCard();
    });
    connect(m_ztw, &ZtwActivation::readOnlyChanged, this, &ActivationPage::updateZtwCard);
    connect(m_ztw, &ZtwActivation::activated, this, [this] {
        m_ztwActivated = QDateTime::currentDateTime();
        updateZtwCard();
    });
    connect(m_ztw, &ZtwActivation::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Forbidden)
            m_ztwNotEntitled = true;
        showError(m_ztwCard, error);
        updateZtwCard();
    });

    updateZiaCard();
    updateZtwCard();
    if (isVisible())
        refresh();
}

void ActivationPage::onSessionEnded()
{
    delete m_zia;
    delete m_ztw;
    m_loaded = false;
    m_ziaCard->busyBar()->finish();
    m_ztwCard->busyBar()->finish();
    m_ziaCard->banner()->clear();
    m_ztwCard->banner()->clear();
    updateZiaCard();
    updateZtwCard();
}

void ActivationPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_loaded && m_zia)
        refresh();
}

void ActivationPage::refresh()
{
    m_loaded = m_zia || m_ztw;
    refreshZia();
    refreshZtw();
}

void ActivationPage::refreshZia()
{
    if (m_zia)
        m_zia->refresh();
}

void ActivationPage::refreshZtw()
{
    if (m_ztw)
        m_ztw->refresh();
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

void ActivationPage::activateZia()
{
    if (!m_zia || m_zia->isLoading() || !m_ziaCard->activateButton()->isEnabled())
        return;
    if (!confirm(Product::Zia))
        return;
    m_ziaCard->banner()->clear();
    m_zia->activate();
}

void ActivationPage::activateZtw()
{
    if (!m_ztw || m_ztw->isLoading() || !m_ztwCard->activateButton()->isEnabled())
        return;
    if (!confirm(Product::Ztw))
        return;
    m_ztwCard->banner()->clear();
    m_ztw->activate();
}

void ActivationPage::showError(ActivationCard *card, const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::ReadOnly:
        card->banner()->clear(); // the card's notice says it, and Activate is disabled
        break;
    case ApiError::Kind::Forbidden:
        card->banner()->showNotEntitled(card->product());
        break;
    case ApiError::Kind::Cancelled:
        card->banner()->showMessage(ErrorBanner::Severity::Info,
                                    tr("Cancelled. Press Refresh to read the status again."), true);
        break;
    default:
        card->banner()->showError(error);
        break;
    }
}

QString ActivationPage::readOnlyReason(Product product) const
{
    const bool readOnly =
        session()->isReadOnly(product) ||
        (product == Product::Zia ? (m_zia && m_zia->isReadOnly()) : (m_ztw && m_ztw->isReadOnly()));
    if (!readOnly)
        return {};
    return tr("%1 is in read-only maintenance mode: activation is not possible until it ends.")
        .arg(productName(product));
}

void ActivationPage::updateZiaCard()
{
    ActivationCard *card = m_ziaCard;
    if (!m_zia) {
        card->setStatus(tr("Not signed in"), ActivationCard::Tone::Neutral);
        card->setDetails({});
        card->setPendingText(tr("Sign in to see whether changes wait for activation."));
        card->setNotice({});
        card->refreshButton()->setEnabled(false);
        card->setActivateEnabled(false, tr("Sign in first."));
        return;
    }
    const bool loading = m_zia->isLoading();
    const ZiaActivation::State state = m_zia->state();
    const QString readOnly = readOnlyReason(Product::Zia);

    QString pending;
    if (m_ziaNotEntitled) {
        card->setStatus(tr("Not entitled"), ActivationCard::Tone::Bad);
        pending = tr("This API client is not entitled to ZIA, so its activation status cannot be "
                     "read. An administrator can grant it in ZIdentity.");
    } else {
        switch (state) {
        case ZiaActivation::State::Unknown:
            card->setStatus(loading ? tr("Reading…") : tr("Not read yet"),
                            ActivationCard::Tone::Neutral);
            pending = loading ? QString() : tr("Press Refresh to read the status.");
            break;
        case ZiaActivation::State::Active:
            card->setStatus(m_zia->stateText(), ActivationCard::Tone::Good);
            pending = tr("No changes are waiting for activation.");
            break;
        case ZiaActivation::State::Pending:
            card->setStatus(m_zia->stateText(), ActivationCard::Tone::Pending);
            pending = tr("Configuration changes are waiting for activation. Users get them only "
                         "once they are activated.");
            break;
        case ZiaActivation::State::Activating:
            card->setStatus(m_zia->stateText(), ActivationCard::Tone::Busy);
            pending = tr("An activation is in progress. Refresh in a moment to see the result.");
            break;
        case ZiaActivation::State::Other:
            card->setStatus(m_zia->stateText(), ActivationCard::Tone::Neutral);
            pending =
                tr("ZIA reports a status this console does not know: %1.").arg(m_zia->status());
            break;
        }
    }
    card->setPendingText(pending);

    QList<QPair<QString, QString>> details;
    if (!m_zia->status().isEmpty())
        details.append({tr("API status"), m_zia->status()});
    if (m_ziaChecked.isValid())
        details.append({tr("Checked"), timeText(m_ziaChecked)});
    if (m_ziaActivated.isValid())
        details.append({tr("Activated"), timeText(m_ziaActivated)});
    card->setDetails(details);
    card->setNotice(readOnly);
    card->setRecheckVisible(!readOnly.isEmpty());
    card->refreshButton()->setEnabled(!loading);

    if (loading)
        card->setActivateEnabled(false, tr("Wait for the current request to finish."));
    else if (m_ziaNotEntitled)
        card->setActivateEnabled(false, tr("This API client is not entitled to ZIA."));
    else if (!readOnly.isEmpty())
        card->setActivateEnabled(false, readOnly);
    else if (state == ZiaActivation::State::Unknown)
        card->setActivateEnabled(false, tr("Read the status first (Refresh)."));
    else if (state == ZiaActivation::State::Active)
        card->setActivateEnabled(false, tr("Nothing to activate."));
    else if (state == ZiaActivation::State::Activating)
        card->setActivateEnabled(false, tr("An activation is in progress."));
    else
        card->setActivateEnabled(true);
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

void ActivationPage::updateZtwCard()
{
    ActivationCard *card = m_ztwCard;
    if (!m_ztw) {
        card->setStatus(tr("Not signed in"), ActivationCard::Tone::Neutral);
        card->setDetails({});
        card->setPendingText(tr("Sign in to see whether changes wait for activation."));
        card->setNotice({});
        card->refreshButton()->setEnabled(false);
        card->setActivateEnabled(false, tr("Sign in first."));
        return;
    }
    const bool loading = m_ztw->isLoading();
    const ZtwActivation::State state = m_ztw->state();
    const bool read = !m_ztw->status().isEmpty();
    const QString readOnly = readOnlyReason(Product::Ztw);

    QString pending;
    if (m_ztwNotEntitled) {
        card->setStatus(tr("Not entitled"), ActivationCard::Tone::Bad);
        pending = tr("This API client is not entitled to ZTW (Cloud & Branch Connector), so its "
                     "activation status cannot be read. An administrator can grant it in "
                     "ZIdentity.");
    } else if (!read) {
        card->setStatus(loading ? tr("Reading…") : tr("Not read yet"),
                        ActivationCard::Tone::Neutral);
        pending = loading ? QString() : tr("Press Refresh to read the status.");
    } else {
        switch (state) {
        case ZtwActivation::State::Unknown:
            card->setStatus(m_ztw->stateText(), ActivationCard::Tone::Neutral);
            pending = tr("ZTW reports a status this console does not know; see the details.");
            break;
        case ZtwActivation::State::Active:
            card->setStatus(m_ztw->stateText(), ActivationCard::Tone::Good);
            pending = tr("No edits are waiting for activation.");
            break;
        case ZtwActivation::State::Pending:
            card->setStatus(m_ztw->stateText(), ActivationCard::Tone::Pending);
            pending = tr("Configuration edits are waiting for activation. Connectors get them "
                         "only once they are activated.");
            break;
        case ZtwActivation::State::Activating:
            card->setStatus(m_ztw->stateText(), ActivationCard::Tone::Busy);
            pending = tr("An activation is queued or running. Refresh in a moment to see the "
                         "result.");
            break;
        case ZtwActivation::State::Failed:
            card->setStatus(m_ztw->stateText(), ActivationCard::Tone::Bad);
            pending = tr("The last activation failed. The edits are still waiting: activate "
                         "again, or check the Cloud & Branch Connector portal.");
            break;
        }
    }
    card->setPendingText(pending);

    QList<QPair<QString, QString>> details;
    if (read) {
        const QString edit = m_ztw->orgEditStatus();
        const QString last = m_ztw->orgLastActivateStatus();
        const QString admin = m_ztw->adminActivateStatus();
        if (!edit.isEmpty())
            details.append({tr("Edit status"), codeWithText(ztwCodeText(edit), edit)});
        if (!last.isEmpty())
            details.append({tr("Last activation"), codeWithText(ztwCodeText(last), last)});
        if (!admin.isEmpty())
            details.append({tr("Your activation"), codeWithText(ztwCodeText(admin), admin)});
        const QJsonObject admins = m_ztw->adminStatusMap();
        if (!admins.isEmpty()) {
            QStringList lines;
            for (auto it = admins.begin(); it != admins.end(); ++it) {
                const QString value = it.value().toString();
                lines.append(value.isEmpty() ? it.key()
                                             : u"%1: %2"_s.arg(it.key(), ztwCodeText(value)));
            }
            details.append({tr("Administrators"), lines.join(u'\n')});
        }
    }
    if (m_ztwChecked.isValid())
        details.append({tr("Checked"), timeText(m_ztwChecked)});
    if (m_ztwActivated.isValid())
        details.append({tr("Activated"), timeText(m_ztwActivated)});
    card->setDetails(details);
    card->setNotice(readOnly);
    card->setRecheckVisible(!readOnly.isEmpty());
    card->refreshButton()->setEnabled(!loading);

    if (loading)
        card->setActivateEnabled(false, tr("Wait for the current request to finish."));
    else if (m_ztwNotEntitled)
        card->setActivateEnabled(false, tr("This API client is not entitled to ZTW."));
    else if (!readOnly.isEmpty())
        card->setActivateEnabled(false, readOnly);
    else if (!read)
        card->setActivateEnabled(false, tr("Read the status first (Refresh)."));
    else if (state == ZtwActivation::State::Active)
        card->setActivateEnabled(false, tr("Nothing to activate."));
    else if (state == ZtwActivation::State::Activating)
        card->setActivateEnabled(false, tr("An activation is in progress."));
    else
        card->setActivateEnabled(true);
}

} // namespace zc
