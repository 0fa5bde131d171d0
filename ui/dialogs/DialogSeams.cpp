// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DialogSeams.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
DialogSeams *g_instance = nullptr;

RealDialogSeams &realSeams()
{
    static RealDialogSeams seams;
    return seams;
}
} // namespace

DialogSeams::~DialogSeams() = default;

DialogSeams *DialogSeams::instance()
{
    return g_instance ? g_instance : &realSeams();
}

void DialogSeams::setInstance(DialogSeams *seams)
{
    g_instance = seams;
}

QMessageBox::StandardButton RealDialogSeams::question(QWidget *parent, const QString &title,
                                                      const QString &text,
                                                      QMessageBox::StandardButtons buttons,
                                                      QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void RealDialogSeams::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void RealDialogSeams::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString RealDialogSeams::getOpenFileName(QWidget *parent, const QString &caption,
                                         const QString &dir, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString RealDialogSeams::getSaveFileName(QWidget *parent, const QString &caption,
                                         const QString &dir, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString RealDialogSeams::getPassword(QWidget *parent, const QString &title, const QString &label,
                                     bool *ok)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), ok);
}

} // namespace zc
