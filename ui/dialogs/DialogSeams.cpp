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

ScriptedDialogSeams::ScriptedDialogSeams()
    : m_previous(g_instance)
{
    DialogSeams::setInstance(this);
}

ScriptedDialogSeams::~ScriptedDialogSeams()
{
    DialogSeams::setInstance(m_previous);
}

QList<ScriptedDialogSeams::Call> ScriptedDialogSeams::callsOf(const QString &kind) const
{
    QList<Call> result;
    for (const Call &call : calls) {
        if (call.kind == kind)
            result.append(call);
    }
    return result;
}

QString ScriptedDialogSeams::lastText(const QString &kind) const
{
    const QList<Call> list = callsOf(kind);
    return list.isEmpty() ? QString() : list.constLast().text;
}

QMessageBox::StandardButton ScriptedDialogSeams::question(QWidget *, const QString &title,
                                                          const QString &text,
                                                          QMessageBox::StandardButtons,
                                                          QMessageBox::StandardButton)
{
    calls.append({u"question"_s, title, text});
    return questionAnswers.isEmpty() ? defaultAnswer : questionAnswers.takeFirst();
}

void ScriptedDialogSeams::information(QWidget *, const QString &title, const QString &text)
{
    calls.append({u"information"_s, title, text});
}

void ScriptedDialogSeams::warning(QWidget *, const QString &title, const QString &text)
{
    calls.append({u"warning"_s, title, text});
}

QString ScriptedDialogSeams::getOpenFileName(QWidget *, const QString &caption, const QString &,
                                             const QString &)
{
    calls.append({u"open"_s, caption, QString()});
    return openFileNames.isEmpty() ? QString() : openFileNames.takeFirst();
}

QString ScriptedDialogSeams::getSaveFileName(QWidget *, const QString &caption, const QString &,
                                             const QString &)
{
    calls.append({u"save"_s, caption, QString()});
    return saveFileNames.isEmpty() ? QString() : saveFileNames.takeFirst();
}

QString ScriptedDialogSeams::getPassword(QWidget *, const QString &title, const QString &label,
                                         bool *ok)
{
    calls.append({u"password"_s, title, label});
    const bool answered = !passwords.isEmpty();
    if (ok)
        *ok = answered;
    return answered ? passwords.takeFirst() : QString();
}

} // namespace zc
