// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

namespace zc {

class PagedFetch;
class ZpaService;

// The microtenant choice: "All" (microtenantId omitted) and "Default" ("0") first, then the
// tenant's microtenants from GET /microtenants, with columns id and name. microtenantIdAt()
// gives what ZpaService expects for a row.
//
// Load it with loadAll() or load() of this class (not RecordTableModel::load through a base
// pointer, which would drop the two fixed entries).
class MicrotenantModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit MicrotenantModel(QObject *parent = nullptr);

    // The columns of this model (id, name); with details also enabled and description, as
    // the CLI lists them.
    static QList<RecordColumn> microtenantColumns(bool details = false);

    static constexpr int kAllRow = 0;
    static constexpr int kDefaultRow = 1;

    // Replaces the listed microtenants (an entry with id "0" is skipped: Default is fixed).
    void setMicrotenants(const QJsonArray &apiRecords);
    // Follows the fetch like RecordTableModel::load (progress, rows replaced at the end, a
    // failure or cancel keeps the rows), adding the fixed entries.
    void load(PagedFetch *fetch);
    // False, with failed() emitted, when the service cannot ask (no customer ID).
    bool loadAll(ZpaService *service);

    // Empty for "All", "0" for "Default", else the microtenant's id.
    QString microtenantIdAt(int row) const;
    // The row of a microtenant choice as microtenantIdAt() gives it; -1 when not listed.
    int rowOf(const QString &microtenantId) const;
    // Whether the row is one of the two fixed entries.
    static bool isFixedRow(int row) { return row == kAllRow || row == kDefaultRow; }

private:
    QJsonArray withFixedEntries(const QJsonArray &apiRecords) const;
};

} // namespace zc
