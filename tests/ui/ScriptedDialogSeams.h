// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dialogs/DialogSeams.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zc {

// The dialogs of a test: answers from queues, records every call, never shows anything.
// Installs itself on construction and restores the previous instance on destruction.
//   ScriptedDialogSeams seams;
//   seams.questionAnswers << QMessageBox::Yes;
//   seams.openFileNames << path;
class ScriptedDialogSeams : public DialogSeams
{
public:
    struct Call
    {
        QString kind; // "question", "information", "warning", "open", "save", "password"
        QString title;
        QString text;
    };

    ScriptedDialogSeams();
    ~ScriptedDialogSeams() override;

    // Answers are taken from the front; when a queue is empty: question → defaultAnswer,
    // file names → empty (cancelled), password → cancelled.
    QList<QMessageBox::StandardButton> questionAnswers;
    QMessageBox::StandardButton defaultAnswer = QMessageBox::No;
    QStringList openFileNames;
    QStringList saveFileNames;
    QStringList passwords;
    QList<Call> calls;

    // The calls of one kind, and the last one's text (empty when none).
    QList<Call> callsOf(const QString &kind) const;
    QString lastText(const QString &kind) const;

    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override;
    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override;
    QString getPassword(QWidget *parent, const QString &title, const QString &label,
                        bool *ok) override;

private:
    DialogSeams *m_previous = nullptr;
};

} // namespace zc
