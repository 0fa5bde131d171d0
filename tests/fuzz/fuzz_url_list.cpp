// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The URL list import: a file (or standard input) of one URL per line, as UTF-8 with LF or
// CR LF line ends, prepared by UrlLookupInput for the lookup: trimmed, deduplicated, entries
// ZIA would refuse set aside, every line accounted for.
#include "FuzzSupport.h"
#include "zia/UrlLookupInput.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = zc::fuzz::bytes(data, size);
    QStringList lines = QString::fromUtf8(input).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }

    const zc::UrlLookupInput prepared = zc::UrlLookupInput::prepare(lines);
    ZC_FUZZ_CHECK(prepared.accepted.size() + prepared.rejected.size() + prepared.duplicates ==
                  lines.size());
    QSet<QString> unique;
    for (const QString &url : prepared.accepted) {
        ZC_FUZZ_CHECK(!url.isEmpty() && url.size() <= zc::UrlLookupInput::kMaxUrlLength);
        ZC_FUZZ_CHECK(url == url.trimmed());
        ZC_FUZZ_CHECK(!unique.contains(url));
        unique.insert(url);
    }
    int previous = -1;
    for (const zc::UrlLookupInput::Rejected &rejected : prepared.rejected) {
        ZC_FUZZ_CHECK(rejected.index > previous && rejected.index < lines.size());
        previous = rejected.index;
        ZC_FUZZ_CHECK(!zc::UrlLookupInput::problemMessage(rejected.problem).isEmpty());
    }
    return 0;
}
