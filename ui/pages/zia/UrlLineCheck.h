// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zc {

// The URL editor's lines checked one by one, as the user types: empty lines and lines over
// 1,024 characters are not sent, a repeated URL is looked up once. Lines are trimmed first;
// blank lines after the last URL are ignored (a paste usually ends with a newline). What is
// sent is exactly UrlLookupInput::prepare() of the same lines.
struct UrlLineIssue
{
    enum class Kind
    {
        Empty,
        TooLong,
        Duplicate
    };

    int line = 0; // 0-based
    Kind kind = Kind::Empty;
    int duplicateOf = -1; // 0-based line of the first occurrence, for Duplicate

    bool isError() const { return kind != Kind::Duplicate; }
    // "Line 4: empty", "Line 7: longer than 1,024 characters", "Line 9: duplicate of line 2"
    QString message() const;
    // A longer sentence for the tooltip: what it means for the lookup.
    QString explanation() const;
};

struct UrlLineCheck
{
    QList<UrlLineIssue> issues; // in line order
    QStringList accepted;       // what a lookup sends, trimmed and deduplicated, in order
    int invalid = 0;            // empty or too long: not sent
    int duplicates = 0;         // skipped

    static UrlLineCheck check(const QStringList &lines);
    // One sentence for the editor's status line: "250 URLs to look up · 2 duplicates skipped".
    QString summary() const;
};

} // namespace zc
