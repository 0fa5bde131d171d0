// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace zc {

// The application's settings: the language of the interface (the system's, or one of the
// embedded catalogues, each named in itself). Saved in `settings` on OK and applied at the
// next start: the widgets are not retranslated live.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QSettings *settings, QWidget *parent = nullptr);

    // The language chosen: "" for the system's, else "de", "en", "ja"...
    QString language() const;

    // A language's name in itself: "Deutsch", "日本語", "English".
    static QString nativeName(const QString &language);

private:
    void save();

    QSettings *m_settings;
    QComboBox *m_language;
};

} // namespace zc
