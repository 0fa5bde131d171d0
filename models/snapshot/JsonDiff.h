// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace zc {

// One difference inside a record: where, and the values on each side (Undefined: absent).
struct FieldChange
{
    QString path; // "domainNames", "department.name", "ecVMs[id=42].status", "rules[2]"
    QJsonValue oldValue;
    QJsonValue newValue;

    bool operator==(const FieldChange &other) const = default;
};

// Compares two JSON values by meaning, not by text (docs/snapshot-format.md, "Comparison"):
// - objects member by member, a missing member being "absent";
// - arrays whose elements are all objects with an "id" are matched by id, so that a reordered
//   list is not a change and an element added or removed is one change at "path[id=X]";
// - arrays of plain values (text, numbers, true/false, null) are compared as sets: order and
//   repeats do not matter; when the sets differ the change holds both whole arrays;
// - other arrays element by element, by position;
// - numbers by value (1 and 1.0 are equal), everything else by type and value.
class JsonDiff
{
public:
    // Appends the differences of `older` and `newer` below `path` to *changes.
    static void compare(const QJsonValue &older, const QJsonValue &newer, const QString &path,
                        QList<FieldChange> *changes);
    static QList<FieldChange> compare(const QJsonValue &older, const QJsonValue &newer);
    // The id of an element of an array of identified objects: text, numbers as whole numbers.
    static QString idOf(const QJsonValue &value, const QString &idField = QStringLiteral("id"));
};

} // namespace zc
