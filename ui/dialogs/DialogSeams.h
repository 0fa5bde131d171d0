// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace zc {

// The one way the application opens a modal message box or a file dialog (keepassxc style).
// The default instance shows the real QMessageBox / QFileDialog / QInputDialog; tests install
// their own (tests/ui/ScriptedDialogSeams) with setInstance() so nothing ever blocks.
class DialogSeams
{
public:
    DialogSeams() = default;
    DialogSeams(const DialogSeams &) = delete;
    DialogSeams &operator=(const DialogSeams &) = delete;
    virtual ~DialogSeams();

    virtual QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual QString getOpenFileName(QWidget *parent, const QString &caption,
                                    const QString &dir = {}, const QString &filter = {}) = 0;
    virtual QString getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &dir = {}, const QString &filter = {}) = 0;
    // A one-line masked input (passphrases, a secret typed for this session). ok=false when
    // the user cancelled.
    virtual QString getPassword(QWidget *parent, const QString &title, const QString &label,
                                bool *ok) = 0;

    // The current instance: the one given to setInstance(), else the built-in real dialogs.
    static DialogSeams *instance();
    // Not owned. nullptr restores the real dialogs.
    static void setInstance(DialogSeams *seams);
};

// Shows the real Qt dialogs.
class RealDialogSeams : public DialogSeams
{
public:
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
};

} // namespace zc
