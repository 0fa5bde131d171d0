// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ScriptedDialogSeams.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ScriptedDialogSeams::ScriptedDialogSeams()
    : m_previous(DialogSeams::instance())
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
