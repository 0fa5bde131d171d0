// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RecordColumn.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QList>
#include <QVariant>

namespace zc {

// The rows of a record table as it keeps them: per row the record's compact JSON, its
// digests, and RecordRowMaker::stride() cells in one flat list (one QVariant each, no list
// per row).
struct RecordRows
{
    // 64-bit digests (rowDigest()) of a row's id and of its JSON, side by side in one list, so
    // that matching 100,000 rows of a reload against the rows shown reads 1.6 MB in order
    // rather than two texts on the heap a row (35-42 ms, bound by memory latency). Two
    // different ids or records with equal digests (about one chance in 10^19 for a pair) would
    // be taken as one record, or as unchanged: the rows shown are the new ones either way,
    // only the signals telling the views would be off.
    struct Digest
    {
        quint64 id = 0; // 0: the record has no id
        quint64 json = 0;
    };

    QList<QByteArray> json;
    QList<Digest> digests;
    QList<QVariant> cells;

    qsizetype size() const { return json.size(); }
    void append(const RecordRows &rows);
    // Room for `count` rows of `stride` cells.
    void reserve(qsizetype count, int stride);
    void squeeze();
};

// The last `count` rows of `rows` destroyed (freeOnWorker() frees rows a batch at a time).
void dropLast(RecordRows &rows, qsizetype count);

// A 64-bit digest of `bytes`, never 0 (which stands for no bytes).
quint64 rowDigest(QByteArrayView bytes);
quint64 rowDigest(QStringView text);

// How a record table makes its rows from records: the compact JSON, then the cells: [0] the
// id, from kDisplayCell each column's display value, then the sort values of the columns
// that have one, then the RecordRoleValues. Immutable once made, so that workers make rows
// with it while the table goes on (a column's functions read only the record they are given,
// and translate() and QLocale are safe from any thread).
class RecordRowMaker
{
public:
    static constexpr int kDisplayCell = 1;

    RecordRowMaker(QList<RecordColumn> columns, QList<RecordRoleValue> roleValues);

    const QList<RecordColumn> &columns() const { return m_columns; }
    const QList<RecordRoleValue> &roleValues() const { return m_roleValues; }
    int stride() const { return m_stride; }
    // The cell of a column's sort value; -1 where it sorts by its display value.
    int sortCell(int column) const { return m_sortCell.at(column); }
    // The cell of a RecordRoleValue's role; -1 where the table keeps none for it.
    int roleCell(int role) const;

    // The rows of `records` added to `rows`.
    void add(RecordRows &rows, const QJsonArray &records) const;

private:
    void addCells(RecordRows &rows, const QJsonObject &record) const;

    QList<RecordColumn> m_columns;
    QList<RecordRoleValue> m_roleValues;
    QList<int> m_sortCell;
    int m_stride = kDisplayCell;
};

// The record's identifier as text, whichever member the product uses.
QString recordId(const QJsonObject &record);

} // namespace zc
