// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace zc {

namespace {

const QString kCatalogues = u":/i18n"_s;

QTranslator *loadTranslator(QObject *owner, const QString &file, const QString &folder)
{
    auto *translator = new QTranslator(owner);
    if (translator->load(file, folder) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(kCatalogues).entryList({u"zconsole_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(9).chopped(3); // "zconsole_" … ".qm"
    return languages;
}

QString chooseLanguage(const QString &choice, const QStringList &uiLanguages)
{
    const QStringList available = availableLanguages();
    if (available.contains(choice))
        return choice;
    for (const QString &name : uiLanguages) {
        // "de-AT", "de_AT.UTF-8", "ja" → the language alone; the catalogues are per language.
        const QString code = QLocale(name).name().section(u'_', 0, 0);
        if (code != "C"_L1 && available.contains(code))
            return code;
    }
    return u"en"_s;
}

QString installTranslations(QObject *owner, const QString &choice)
{
    const QString language = chooseLanguage(choice, QLocale::system().uiLanguages());
    // Installed first, searched last.
    installEnglishPlurals(owner);
    // Qt's own dialogs and --help's "Displays help on commandline options.": missing on a
    // system without Qt's translations (qt6-translations-l10n on Debian), which is fine.
    loadTranslator(owner, u"qtbase_"_s + language,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (language != "en"_L1)
        loadTranslator(owner, u"zconsole_"_s + language, kCatalogues);
    return language;
}

bool installEnglishPlurals(QObject *owner)
{
    return loadTranslator(owner, u"zconsole_en"_s, kCatalogues) != nullptr;
}

QString joinSentences(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return QCoreApplication::translate("zc::Translations", "%1 %2",
                                       "Two sentences one after the other; Japanese: %1%2")
        .arg(first, second);
}

} // namespace zc
