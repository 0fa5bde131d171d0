// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace zc {

bool installEnglishPlurals(QCoreApplication *app)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(u":/i18n/zconsole_en.qm"_s)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace zc
