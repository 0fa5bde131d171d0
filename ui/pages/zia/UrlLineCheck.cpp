// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlLineCheck.h"

#include "zia/UrlLookupInput.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace zc {

QString UrlLineIssue::message() const
{
    switch (kind) {
    case Kind::Empty:
        return QCoreApplication::translate("zc::UrlLineCheck", "Line %1: empty").arg(line + 1);
    case Kind::TooLong:
        return QCoreApplication::translate("zc::UrlLineCheck",
                                           "Line %1: longer than 1,024 characters")
            .arg(line + 1);
    case Kind::Duplicate:
        return QCoreApplication::translate("zc::UrlLineCheck", "Line %1: duplicate of line %2")
            .arg(line + 1)
            .arg(duplicateOf + 1);
    }
    return {};
}

QString UrlLineIssue::explanation() const
{
    switch (kind) {
    case Kind::Empty:
        return QCoreApplication::translate("zc::UrlLineCheck",
                                           "This line is empty: it is not sent.");
    case Kind::TooLong:
        return QCoreApplication::translate(
            "zc::UrlLineCheck",
            "This URL is longer than 1,024 characters: ZIA refuses it, so it is "
            "not sent.");
    case Kind::Duplicate:
        return QCoreApplication::translate("zc::UrlLineCheck",
                                           "Same URL as line %1: it is looked up once.")
            .arg(duplicateOf + 1);
    }
    return {};
}

UrlLineCheck UrlLineCheck::check(const QStringList &lines)
{
    UrlLineCheck result;
    qsizetype end = lines.size();
    while (end > 0 && lines.at(end - 1).trimmed().isEmpty())
        --end;
    const QStringList used = lines.mid(0, end);

    QHash<QString, int> firstLine;
    for (int i = 0; i < used.size(); ++i) {
        const QString url = used.at(i).trimmed();
        UrlLineIssue issue;
        issue.line = i;
        if (url.isEmpty()) {
            issue.kind = UrlLineIssue::Kind::Empty;
        } else if (url.size() > UrlLookupInput::kMaxUrlLength) {
            issue.kind = UrlLineIssue::Kind::TooLong;
        } else if (const auto it = firstLine.constFind(url); it != firstLine.constEnd()) {
            issue.kind = UrlLineIssue::Kind::Duplicate;
            issue.duplicateOf = it.value();
        } else {
            firstLine.insert(url, i);
            continue;
        }
        if (issue.isError())
            ++result.invalid;
        else
            ++result.duplicates;
        result.issues.append(issue);
    }
    result.accepted = UrlLookupInput::prepare(used).accepted;
    return result;
}

QString UrlLineCheck::summary() const
{
    const int count = int(accepted.size());
    QStringList parts;
    if (count == 0)
        parts.append(QCoreApplication::translate("zc::UrlLineCheck", "No URLs to look up"));
    else
        parts.append(QCoreApplication::translate("zc::UrlLineCheck", "%Ln URL(s) to look up",
                                                 nullptr, count));
    if (duplicates > 0)
        parts.append(QCoreApplication::translate("zc::UrlLineCheck", "%Ln duplicate(s) skipped",
                                                 nullptr, duplicates));
    if (invalid > 0)
        parts.append(QCoreApplication::translate("zc::UrlLineCheck", "%Ln invalid line(s) not sent",
                                                 nullptr, invalid));
    return parts.join(u" · "_s);
}

} // namespace zc
