// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The language choice: every embedded language named in itself, saved on OK only, shown again
// when the dialog reopens, and "System default" leaves no key behind.
#include "common/Translations.h"
#include "dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    static QComboBox *combo(zc::SettingsDialog &dialog)
    {
        return dialog.findChild<QComboBox *>(u"languageCombo"_s);
    }
    static void press(zc::SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        dialog.findChild<QDialogButtonBox *>()->button(which)->click();
    }

private Q_SLOTS:
    void choosesAndKeepsTheLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(u"zconsole.ini"_s), QSettings::IniFormat);
        const QString key = QLatin1StringView(zc::kLanguageSettingKey);
        {
            zc::SettingsDialog dialog(&settings);
            QComboBox *languages = combo(dialog);
            QVERIFY(languages);
            QStringList names;
            for (int i = 1; i < languages->count(); ++i)
                names << languages->itemText(i);
            QCOMPARE(names, QStringList({u"Deutsch"_s, u"English"_s, u"日本語"_s}));
            QCOMPARE(dialog.language(), QString()); // the system's, by default
            languages->setCurrentIndex(languages->findData(u"ja"_s));
            press(dialog, QDialogButtonBox::Cancel);
            QVERIFY(!settings.contains(key));
        }
        {
            zc::SettingsDialog dialog(&settings);
            combo(dialog)->setCurrentIndex(combo(dialog)->findData(u"de"_s));
            press(dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(settings.value(key).toString(), u"de"_s);
        }
        {
            zc::SettingsDialog dialog(&settings);
            QCOMPARE(dialog.language(), u"de"_s);
            combo(dialog)->setCurrentIndex(0);
            press(dialog, QDialogButtonBox::Ok);
            QVERIFY(!settings.contains(key));
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
