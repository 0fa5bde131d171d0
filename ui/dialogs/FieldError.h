// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>
#include <QProgressBar>
#include <QString>

namespace zc::dialogs {

// The red sentence under a form field; hidden while there is nothing to say.
inline QLabel *makeErrorLabel(const QString &objectName, QWidget *parent = nullptr)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QString::fromLatin1("color: #c62828;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

inline void setErrorText(QLabel *label, const QString &text)
{
    label->setText(text);
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
