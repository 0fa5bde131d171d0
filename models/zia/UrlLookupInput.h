// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zc {

// The URLs a user gave for a lookup, cleaned up before anything is sent: trimmed,
// duplicates dropped (first occurrence kept, order kept), and entries ZIA would refuse
// (empty, over 1,024 characters) set aside with the reason, so the rest can go on.
struct UrlLookupInput
{
    static constexpr int kMaxUrlLength = 1024;
    static constexpr int kBatchSize = 100;

    enum class Problem
    {
        Empty,
        TooLong
    };
    struct Rejected
    {
        int index; // 0-based position in the raw input
        QString url;
        Problem problem;
    };

    QStringList accepted;
    QList<Rejected> rejected;
    int duplicates = 0;

    static UrlLookupInput prepare(const QStringList &raw);
    static QString problemMessage(Problem problem); // translated
};

} // namespace zc
