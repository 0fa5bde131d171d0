// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <utility>

namespace zc {

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

// A value a model keeps for every row under a role of its own (any column answers it), made
// once when the row is added: what a delegate, a filter or a count reads for every row
// without parsing the record again.
struct RecordRoleValue
{
    int role = 0;
    std::function<QVariant(const QJsonObject &)> value;
};

} // namespace zc
