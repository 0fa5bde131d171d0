// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Tone.h"

#include <QLabel>
#include <QProgressBar>
#include <QString>

namespace zc::dialogs {

// The sentence under a form field, in the error tone; hidden while there is nothing to say.
inline QLabel *makeErrorLabel(const QString &objectName, QWidget *parent = nullptr)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

inline void setErrorText(QLabel *label, const QString &text)
{
    label->setText(text);
    // The tone is picked from the palette the label sits in when it shows (light or dark).
    label->setStyleSheet(toneTextStyle(Tone::Error, surroundingPalette(label)));
    label->setVisible(!text.isEmpty());
}

// An indeterminate progress bar shown while the keychain, the network or a key generation
// is busy.
inline QProgressBar *makeBusyIndicator(const QString &objectName, QWidget *parent = nullptr)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(120);
    bar->setMaximumHeight(14);
    bar->hide();
    return bar;
}

} // namespace zc::dialogs
