// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlLookupInput.h"

#include <QCoreApplication>
#include <QSet>

namespace zc {

UrlLookupInput UrlLookupInput::prepare(const QStringList &raw)
{
    UrlLookupInput input;
    QSet<QString> seen;
    for (int i = 0; i < raw.size(); ++i) {
        const QString url = raw.at(i).trimmed();
        if (url.isEmpty()) {
            input.rejected.append({i, url, Problem::Empty});
            continue;
        }
        if (url.size() > kMaxUrlLength) {
            input.rejected.append({i, url, Problem::TooLong});
            continue;
        }
        if (seen.contains(url)) {
            ++input.duplicates;
            continue;
        }
        seen.insert(url);
        input.accepted.append(url);
    }
    return input;
}

QString UrlLookupInput::problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::Empty:
        return QCoreApplication::translate("zc::UrlLookupInput", "The entry is empty.");
    case Problem::TooLong:
        return QCoreApplication::translate("zc::UrlLookupInput",
                                           "The URL is longer than %1 characters.")
            .arg(kMaxUrlLength);
    }
    return {};
}

} // namespace zc
