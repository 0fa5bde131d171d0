// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "EnumKey.h"

namespace zc {

QString snakeCaseKey(const char *enumeratorName)
{
    QString key;
    for (const char *c = enumeratorName; *c; ++c) {
        const QChar ch = QLatin1Char(*c);
        if (ch.isUpper() && c != enumeratorName)
            key += u'_';
        key += ch.toLower();
    }
    return key;
}

} // namespace zc
