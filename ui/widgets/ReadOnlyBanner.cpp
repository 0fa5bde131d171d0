// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ReadOnlyBanner.h"

#include "Tone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"readOnlyBanner"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void ReadOnlyBanner::setMessage(const QString &text)
{
    m_text->setText(text);
    // The icon is looked up when the banner first has something to say: the main window makes
    // the banner before its first paint, and a desktop's icon theme can take milliseconds.
    if (m_icon->pixmap().isNull()) {
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    }
    // A warning's colours, from the palette as it is when the banner shows.
    setStyleSheet(toneFrameStyle(u"#readOnlyBanner"_s, Tone::Warning, surroundingPalette(this)));
}

QString ReadOnlyBanner::message() const
{
    return m_text->text();
}

} // namespace zc
