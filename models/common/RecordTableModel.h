// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JobFollower.h"
#include "net/ApiError.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace zc {

class PagedFetch;

// One column of a record table: a stable key (used for settings, CSV headers and the CLI),
// a translatable header, and how to show and sort a record's value.
struct RecordColumn
{
    QString key;
    const char *header = nullptr; // marked with QT_TRANSLATE_NOOP("zc::RecordColumn", ...)
    // A header that is not translated (a name that comes with the data, such as a metric);
    // used when header is null.
    QString fixedHeader;
    std::function<QVariant(const QJsonObject &)> display;
    // What sorting compares; display() when unset. Numbers and dates sort as such.
    std::function<QVariant(const QJsonObject &)> sortValue;
    // What scripts read (the CLI's CSV): the same in every locale and language, such as
    // true/false, ISO 8601 UTC dates, numbers with a dot, the API's own codes; display() when
    // unset. Views and the GUI's export show display(), what people read.
    std::function<QVariant(const QJsonObject &)> plainValue;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;

    // The header people see: header translated, or fixedHeader.
    QString title() const;

    // A column that shows what `display` makes of the record.
    static RecordColumn computed(const QString &key, const char *header,
                                 std::function<QVariant(const QJsonObject &)> display);
    // A column that shows one member of the record as text (arrays joined with ", ").
    static RecordColumn member(const QString &key, const char *header);
    // A column titled with its key that shows a member (`key` itself when empty) as plain
    // text (RecordExporter::valueText): what the CLI prints for records no view shows.
    static RecordColumn plain(const QString &key, const QString &member = {});
    // plain() columns from (key, member) pairs.
    static QList<RecordColumn>
    plainList(std::initializer_list<std::pair<QString, QString>> keysAndMembers);
    // `columns`, then a plain() column for each of `members` that no column has as its key:
    // what a script passes to the next command (an id) where a view hides it.
    static QList<RecordColumn> withPlain(QList<RecordColumn> columns, const QStringList &members);
};

// A table of API records (JSON objects) with named columns. Views show it, proxies filter
// and sort it by SortRole, and every row hands out its raw record through RawJsonRole for
// detail panes and export. Loading into an empty table shows the rows page by page; loading
// into a table that shows rows replaces them all at once when the last page arrived, so a
// failure or a cancel leaves the previous rows untouched. A list stopped because it paged
// forever (ApiError::Kind::EndlessPaging) shows what arrived, with the error.
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

    void setRecords(const QJsonArray &records);
    void appendRecords(const QJsonArray &records);
    void clear();

    QJsonObject record(int row) const;
    QJsonArray records() const { return m_records; }
    const QList<RecordColumn> &columns() const { return m_columns; }
    int columnIndex(const QString &key) const;
    // What the column shows in each row, top to bottom.
    QStringList columnTexts(int column) const;

    // Follows a paged fetch: progress is relayed, rows appear page by page in an empty table
    // or are replaced when it finishes, and a failure leaves the rows as they were (but for
    // EndlessPaging: what arrived is shown). A fetch already under way is cancelled.
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
    // Follows the fetch as load() does, with `apply(records)` in place of setRecords(); it
    // returns the count loaded() reports.
    void follow(PagedFetch *fetch, std::function<int(const QJsonArray &records)> apply);
    // Follows any job the same way (JobFollower): `apply(job)` replaces the rows.
    template<typename J> void follow(J *job, std::function<int(std::type_identity_t<J> *)> apply)
    {
        m_jobs.follow(job, std::move(apply));
    }

private:
    QList<RecordColumn> m_columns;
    QJsonArray m_records;
    JobFollower<RecordTableModel> m_jobs{this};
};

// The record's identifier as text, whichever member the product uses.
QString recordId(const QJsonObject &record);

} // namespace zc
