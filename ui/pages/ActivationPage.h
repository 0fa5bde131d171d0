#pragma once

#include "Page.h"

#include <QDateTime>
#include <QPointer>

namespace zc {

class ActivationCard;
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

    ActivationCard *ziaCard() const { return m_ziaCard; }
    ActivationCard *ztwCard() const { return m_ztwCard; }
    ZiaActivation *ziaActivation() const;
    ZtwActivation *ztwActivation() const;

    // "ADM_EDITING" -> "Editing"; unknown codes title-cased. The code itself is kept by the
    // caller next to it.
    static QString ztwCodeText(const QString &code);

public Q_SLOTS:
    void refreshZia();
    void refreshZtw();
    // Ask for confirmation (DialogSeams), then activate.
    void activateZia();
    void activateZtw();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSessionStarted();
    void onSessionEnded();
    void updateZiaCard();
    void updateZtwCard();
    void showError(ActivationCard *card, const ApiError &error);
    bool confirm(Product product);
    QString readOnlyReason(Product product) const;

    ActivationCard *m_ziaCard;
    ActivationCard *m_ztwCard;
    QPointer<ZiaActivation> m_zia;
    QPointer<ZtwActivation> m_ztw;
    bool m_ziaNotEntitled = false;
    bool m_ztwNotEntitled = false;
    bool m_loaded = false; // read once for this session
    QDateTime m_ziaChecked;
    QDateTime m_ztwChecked;
    QDateTime m_ziaActivated;
    QDateTime m_ztwActivated;
};

} // namespace zc
