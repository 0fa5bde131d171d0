// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SnapshotDiff.h"
#include "common/RecordTableModel.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace zc {

// The differences as files and printed output, shared by the CLI's --format and the GUI's
// export:
//   JSON  {equal, old, new, summary, collections: [{key, product, title, unavailable?,
//         added: [{id, name, record}], removed: [...], changed: [{id, name, fields: [{path,
//         old, new}]}]}]}; an absent value is left out ("old" missing: the field is new)
//   rows  one row per added or removed record and per changed field: collection, product,
//         change, id, name, field, old, new (values as compact JSON), for CSV and tables
//   HTML  a self-contained report for people: a summary, then a section per collection
class SnapshotDiffExport
{
public:
    static QJsonObject toJson(const SnapshotDiff &diff);
    static QByteArray json(const SnapshotDiff &diff);
    static QJsonArray rows(const SnapshotDiff &diff);
    static QList<RecordColumn> rowColumns();
    static QByteArray csv(const SnapshotDiff &diff);
    static QByteArray html(const SnapshotDiff &diff);
    // A value as the exports show it: compact JSON, strings without quotes, absent as empty.
    static QString valueText(const QJsonValue &value);
};

} // namespace zc
