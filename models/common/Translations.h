// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QObject;

namespace zc {

// The QSettings key of the language chosen in the GUI's settings: "" (or absent) follows the
// system, else a language code with a catalogue ("en", "de", "ja").
inline constexpr char kLanguageSettingKey[] = "language";

// The languages with a catalogue embedded under :/i18n/ (zconsole_<code>.qm), sorted: "de",
// "en", "ja".
QStringList availableLanguages();

// The language to speak: `choice` when it has a catalogue, else the first of `uiLanguages`
// (QLocale::uiLanguages() order: LANGUAGE, then LC_ALL/LC_MESSAGES/LANG on Linux) whose language
// has one ("de-AT" speaks "de"), else "en".
QString chooseLanguage(const QString &choice, const QStringList &uiLanguages);

// Installs in the application, owned by `owner` (deleting it uninstalls them): English plural forms
// (searched last, so a message the language's catalogue lacks still counts "1 row"), Qt's own
// strings (qtbase_<lang>.qm from QLibraryInfo's translations folder, when installed) and ZConsole's
// zconsole_<lang>.qm. `choice` as for chooseLanguage(); the system's languages otherwise. Returns
// the language.
QString installTranslations(QObject *owner, const QString &choice = {});

// The source texts count with "%n row(s)"; the English catalogue (translations/zconsole_en.ts,
// embedded as :/i18n/zconsole_en.qm) turns that into "1 row" and "2 rows". Installs it, owned
// by `owner`. False when the catalogue is missing from the resources.
bool installEnglishPlurals(QObject *owner);

// Two sentences one after the other: a space between them in English and German, none in
// Japanese (the translators decide, through one message).
QString joinSentences(const QString &first, const QString &second);

} // namespace zc
