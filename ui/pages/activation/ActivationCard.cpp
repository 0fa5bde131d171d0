// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivationCard.h"

#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tone.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The badge colours of a card's tone (background, text), from the palette's status tones so
// that they read in light and dark modes alike.
std::pair<QColor, QColor> badgeColours(ActivationCard::Tone tone, const QPalette &palette)
{
    const auto toned = [&palette](zc::Tone t) {
        return std::pair{toneBackground(t, palette), toneColor(t, palette)};
    };
    switch (tone) {
    case ActivationCard::Tone::Neutral:
        break;
    case ActivationCard::Tone::Good:
        return toned(zc::Tone::Success);
    case ActivationCard::Tone::Pending:
        return toned(zc::Tone::Warning);
    case ActivationCard::Tone::Busy:
        return toned(zc::Tone::Info);
    case ActivationCard::Tone::Bad:
        return toned(zc::Tone::Error);
    }
    return {neutralBackground(palette), palette.color(QPalette::Text)};
}

QString toneStyle(ActivationCard::Tone tone, const QPalette &palette)
{
    const auto [background, foreground] = badgeColours(tone, palette);
    return u"QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 10px; "
           "font-weight: bold; }"_s.arg(background.name(), foreground.name());
}

} // namespace

ActivationCard::ActivationCard(Product product, const QString &title, const QString &subtitle,
                               QWidget *parent)
    : QFrame(parent)
    , m_product(product)
    , m_status(new QLabel(this))
    , m_form(new QFormLayout)
    , m_pending(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_busy(new BusyBar(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_activate(new QPushButton(tr("&Activate…"), this))
    , m_recheck(new QPushButton(tr("Check &again"), this))
{
    setObjectName(u"activationCard-"_s + productKey(product));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *titleLabel = new QLabel(title, this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    auto *subtitleLabel = new QLabel(subtitle, this);
    subtitleLabel->setForegroundRole(QPalette::PlaceholderText);
    subtitleLabel->setWordWrap(true);

    m_status->setObjectName(u"activationStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("Status:"), this));
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_pending->setObjectName(u"activationPending"_s);
    m_pending->setWordWrap(true);
    m_pending->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_notice->setObjectName(u"activationNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    applyColours();

    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setToolTip(tr("Read the status again (F5 refreshes both)"));
    m_activate->setObjectName(u"activateButton"_s);
    connect(m_refresh, &QPushButton::clicked, this, &ActivationCard::refreshRequested);
    connect(m_activate, &QPushButton::clicked, this, &ActivationCard::activateRequested);
    m_recheck->setObjectName(u"recheckButton"_s);
    m_recheck->setToolTip(tr("Maintenance may be over: allow Activate again. If it is not, the "
                             "product refuses the activation and nothing changes."));
    m_recheck->hide();
    connect(m_recheck, &QPushButton::clicked, this, &ActivationCard::recheckRequested);
    connect(m_banner, &ErrorBanner::retryRequested, this, &ActivationCard::refreshRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(10);
    layout->addWidget(titleLabel);
    layout->addWidget(subtitleLabel);
    layout->addSpacing(4);
    layout->addLayout(statusRow);
    layout->addLayout(m_form);
    layout->addWidget(m_pending);
    layout->addWidget(m_notice);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setStatus(tr("Not read yet"), Tone::Neutral);
}

void ActivationCard::setStatus(const QString &text, Tone tone)
{
    m_tone = tone;
    m_status->setText(text);
    m_status->setStyleSheet(toneStyle(tone, palette()));
}

void ActivationCard::applyColours()
{
    const QPalette colours = palette();
    m_notice->setStyleSheet(u"QLabel { background: %1; color: %2; border: 1px solid %3; "
                            "border-radius: 4px; padding: 8px; }"_s.arg(
                                toneBackground(zc::Tone::Warning, colours).name(),
                                colours.color(QPalette::Text).name(),
                                toneColor(zc::Tone::Warning, colours).name()));
    m_status->setStyleSheet(toneStyle(m_tone, colours));
}

void ActivationCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A system switching to dark mode hands the card a new palette.
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

QString ActivationCard::statusText() const
{
    return m_status->text();
}

void ActivationCard::setDetails(const QList<QPair<QString, QString>> &details)
{
    m_details = details;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const auto &[label, value] : details) {
        auto *valueLabel = new QLabel(value, this);
        valueLabel->setWordWrap(true);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *name = new QLabel(label, this);
        name->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(name, valueLabel);
    }
}

QString ActivationCard::detail(const QString &label) const
{
    for (const auto &[name, value] : m_details) {
        if (name == label)
            return value;
    }
    return {};
}

void ActivationCard::setPendingText(const QString &text)
{
    m_pending->setText(text);
    m_pending->setHidden(text.isEmpty());
}

QString ActivationCard::pendingText() const
{
    return m_pending->text();
}

void ActivationCard::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setHidden(text.isEmpty());
}

void ActivationCard::setRecheckVisible(bool visible)
{
    m_recheck->setVisible(visible);
}

QString ActivationCard::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ActivationCard::setActivateEnabled(bool enabled, const QString &why)
{
    m_activate->setEnabled(enabled);
    m_activate->setToolTip(enabled ? tr("Activate the pending changes (asks first)") : why);
}

} // namespace zc
