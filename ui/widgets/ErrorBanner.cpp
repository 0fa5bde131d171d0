// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ErrorBanner.h"

#include "Announcer.h"
#include "Tone.h"
#include "common/EnumKey.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"errorBanner"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"errorBannerText"_s);
    m_retry->setObjectName(u"errorBannerRetry"_s);
    m_close->setObjectName(u"errorBannerClose"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    applySeverity(Severity::Error);
    hide();
}

ErrorBanner::Severity ErrorBanner::severityFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::ReadOnly:
    case ApiError::Kind::Forbidden:
        return Severity::Warning;
    case ApiError::Kind::None:
    case ApiError::Kind::Cancelled:
        return Severity::Info;
    default:
        return Severity::Error;
    }
}

void ErrorBanner::showError(const ApiError &error, bool retryable)
{
    if (!error.isError()) {
        clear();
        return;
    }
    showMessage(severityFor(error.kind), error.message(), retryable);
}

void ErrorBanner::showMessage(Severity severity, const QString &text, bool retryable)
{
    applySeverity(severity);
    m_text->setText(text);
    m_retry->setVisible(retryable);
    show();
    // Banners appear away from the focus: screen readers hear them, an error at once.
    Announcer::announce(this, text,
                        severity == Severity::Error ? Announcer::Priority::Assertive
                                                    : Announcer::Priority::Polite);
}

void ErrorBanner::showNotEntitled(Product product)
{
    showMessage(Severity::Warning,
                tr("This API client is not entitled to %1. An administrator can grant it in "
                   "ZIdentity.")
                    .arg(productName(product)),
                false);
}

QString ErrorBanner::severityName() const
{
    return enumKey(m_severity);
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

bool ErrorBanner::isRetryVisible() const
{
    return !m_retry->isHidden();
}

void ErrorBanner::clear()
{
    hide();
    m_text->clear();
}

void ErrorBanner::applySeverity(Severity severity)
{
    m_severity = severity;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxCritical;
    QString role = tr("Error");
    if (severity == Severity::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        role = tr("Warning");
    } else if (severity == Severity::Info) {
        pixmap = QStyle::SP_MessageBoxInformation;
        role = tr("Information");
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize));
    setAccessibleName(role);
    // The colours follow the palette (light or dark mode) as it is when the banner shows.
    Tone tone = Tone::Error;
    if (severity == Severity::Warning)
        tone = Tone::Warning;
    else if (severity == Severity::Info)
        tone = Tone::Info;
    setStyleSheet(toneFrameStyle(u"#errorBanner"_s, tone, surroundingPalette(this)) +
                  u"#errorBanner QToolButton { border: none; background: transparent; }"_s);
}

} // namespace zc
