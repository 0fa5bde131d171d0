// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JobFollower.h"
#include "RecordColumn.h"
#include "RecordRows.h"
#include "net/ApiError.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace zc {

class PagedFetch;

// A table of API records (JSON objects) with named columns. Views show it, proxies filter
// and sort it by SortRole, and every row hands out its raw record through RawJsonRole for
// detail panes and export. Loading into an empty table shows the rows page by page; loading
// into a table that shows rows replaces them when the last page arrived (matched by record
// id: replaceRows()), so a failure or a cancel leaves the previous rows untouched. A list
// stopped because it paged forever (ApiError::Kind::EndlessPaging) shows what arrived, with
// the error. A load's pages become rows on workers (RecordPageConverter).
//
// Rows are kept compactly: a parsed QJsonObject costs 4-6 times its JSON text (1877 bytes
// for a 291-byte user), so each row keeps its record's compact JSON, its id, and each
// column's display value and sort value (and each RecordRoleValue), made once when the row
// is added. Display, tool tip, sort and id never parse; record() and RawJsonRole parse the
// bytes on demand, the last few rows remembered, so that a view painting a row's cells or a
// subclass reading record(row) in data() parses it once. Display values are made in the
// language and locale of the moment the row is added (the application sets them at start).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RawJsonRole = Qt::UserRole + 1, // QJsonObject of the row
        SortRole,                       // the column's sort value
        ColumnKeyRole,                  // headerData: the column's key
        RecordIdRole,                   // the record's "id" (or udid / trace_id) as text
    };

    explicit RecordTableModel(QList<RecordColumn> columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The names of the record roles, added to a model's own (tree models of records too).
    static QHash<int, QByteArray> withRecordRoleNames(QHash<int, QByteArray> names);

    // The rows of `records` in place of the current ones, in one reset.
    void setRecords(const QJsonArray &records);
    // The rows of `records` in place of the current ones, matched by record id as the end of
    // a reload replaces them: see replaceRows().
    void replaceRecords(const QJsonArray &records);
    void appendRecords(const QJsonArray &records);
    // The record of `row` in place of the one there (its cells change, the row stays).
    void replaceRecord(int row, const QJsonObject &record);
    void clear();

    // Parsed from the row's bytes (the last few rows asked for are remembered).
    QJsonObject record(int row) const;
    // The row's record as compact JSON, as kept: what an export writes without parsing.
    QByteArray recordJson(int row) const;
    // Every row's record: parses every row (about 1.5 us a user, 3.4 us a segment), so only
    // for small tables; large ones read record() or recordJson() row by row.
    QJsonArray records() const;
    const QList<RecordColumn> &columns() const { return m_maker->columns(); }
    int columnIndex(const QString &key) const;
    // What the column shows in each row, top to bottom.
    QStringList columnTexts(int column) const;

    // Follows a paged fetch: progress is relayed, rows appear page by page in an empty table
    // or are replaced when it finishes, and a failure leaves the rows as they were (but for
    // EndlessPaging: what arrived is shown). A fetch already under way is cancelled. The
    // fetch keeps no records: each page becomes rows (shown, or kept aside until the last
    // page) as it arrives.
    void load(PagedFetch *fetch);
    void cancel() { m_jobs.cancel(); }
    bool isLoading() const { return m_jobs.isLoading(); }
    ApiError lastError() const { return m_jobs.lastError(); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(int pagesLoaded, int totalPages, int recordsLoaded);
    void loaded(int rows);
    void failed(const zc::ApiError &error);

protected:
    // Values kept for every row under roles of the subclass's own; set in its constructor,
    // before any row.
    void setRoleValues(QList<RecordRoleValue> values);
    // load(), and `finished(fetch)` once the rows are in place (before loaded()).
    void loadPages(PagedFetch *fetch, std::function<void(PagedFetch *)> finished);
    // Follows the fetch as load() does, with `apply(records)` in place of setRecords(); it
    // returns the count loaded() reports. The fetch keeps its records for `apply`.
    void follow(PagedFetch *fetch, std::function<int(const QJsonArray &records)> apply);
    // Follows any job the same way (JobFollower): `apply(job)` replaces the rows.
    template<typename J> void follow(J *job, std::function<int(std::type_identity_t<J> *)> apply)
    {
        m_jobs.follow(job, std::move(apply));
    }

private:
    using Rows = RecordRows;
    static constexpr int kDisplayCell = RecordRowMaker::kDisplayCell;
    // The rows of a page or more, at the end.
    void appendRows(const Rows &rows);
    const QVariant &cell(int row, int slot) const;
    const QByteArray &json(int row) const;
    // The rows in place of the current ones, in one reset.
    void resetRows(Rows rows);
    // The rows in place of the current ones, matched by record id (KeyedReplacePlan), without
    // a reset where the ids that stay keep their order: the rows that went are removed, the
    // new ones inserted where the list has them, and rows whose record changed say so
    // (dataChanged); views keep their place and proxies need not sort every row again. With
    // ids missing, ids that stay in another order, or too many ranges, one reset.
    void replaceRows(Rows rows);
    // Room in `rows` for a list of `total` records (a fetch's totalCount(); none if unknown).
    void reserveRows(Rows &rows, qint64 total) const;
    // replaceRows() without the reset: false (nothing done) where it would need one.
    bool replaceByKey(Rows &rows);
    void forgetParsed() const;

    // How rows are made, shared with the workers that make a load's pages into rows.
    std::shared_ptr<const RecordRowMaker> m_maker;
    Rows m_rows;
    Rows m_pending; // a reload's rows, until its last page
    // While replaceByKey() moves from the old rows (m_replaced) to the new ones (m_rows):
    // where each row shown has its cells, >= 0 a row of m_rows, < 0 row ~i of m_replaced.
    bool m_replacing = false;
    std::vector<int> m_shown;
    Rows m_replaced;
    // The rows parsed last, for record(): a view asks for every cell of a row in turn.
    struct Parsed
    {
        int row = -1;
        QJsonObject record;
    };
    mutable std::array<Parsed, 4> m_parsed;
    mutable int m_nextParsed = 0;
    JobFollower<RecordTableModel> m_jobs{this};
};

} // namespace zc
