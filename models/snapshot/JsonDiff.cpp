// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "JsonDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + u'.' + member;
}

bool isPlain(const QJsonValue &value)
{
    return !value.isObject() && !value.isArray();
}

bool allIdentified(const QJsonArray &array)
{
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &value) {
        return value.isObject() && !JsonDiff::idOf(value).isEmpty();
    });
}

// A plain value as text that tells types apart: "s:abc", "n:1", "b:true", "null".
QString plainKey(const QJsonValue &value)
{
    if (value.isString())
        return u"s:"_s + value.toString();
    if (value.isDouble())
        return u"n:"_s + QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"b:true"_s : u"b:false"_s;
    return u"null"_s;
}

QSet<QString> plainSet(const QJsonArray &array)
{
    QSet<QString> set;
    for (const QJsonValue &value : array)
        set.insert(plainKey(value));
    return set;
}

void compareById(const QJsonArray &older, const QJsonArray &newer, const QString &path,
                 QList<FieldChange> *changes)
{
    QHash<QString, QJsonValue> oldById;
    for (const QJsonValue &value : older)
        oldById.insert(JsonDiff::idOf(value), value);
    QSet<QString> seen;
    for (const QJsonValue &value : newer) {
        const QString id = JsonDiff::idOf(value);
        seen.insert(id);
        const QString at = path + u"[id="_s + id + u']';
        const auto old = oldById.constFind(id);
        if (old == oldById.constEnd())
            changes->append({at, QJsonValue(QJsonValue::Undefined), value});
        else
            JsonDiff::compare(*old, value, at, changes);
    }
    for (const QJsonValue &value : older) {
        const QString id = JsonDiff::idOf(value);
        if (!seen.contains(id))
            changes->append(
                {path + u"[id="_s + id + u']', value, QJsonValue(QJsonValue::Undefined)});
    }
}

void compareArrays(const QJsonArray &older, const QJsonArray &newer, const QString &path,
                   QList<FieldChange> *changes)
{
    if (older.isEmpty() && newer.isEmpty())
        return;
    if (allIdentified(older) && allIdentified(newer)) {
        compareById(older, newer, path, changes);
        return;
    }
    if (std::all_of(older.begin(), older.end(), isPlain) &&
        std::all_of(newer.begin(), newer.end(), isPlain)) {
        if (plainSet(older) != plainSet(newer))
            changes->append({path, older, newer});
        return;
    }
    const qsizetype common = std::min(older.size(), newer.size());
    for (qsizetype i = 0; i < std::max(older.size(), newer.size()); ++i) {
        const QString at = path + u'[' + QString::number(i) + u']';
        if (i < common)
            JsonDiff::compare(older.at(i), newer.at(i), at, changes);
        else if (i < older.size())
            changes->append({at, older.at(i), QJsonValue(QJsonValue::Undefined)});
        else
            changes->append({at, QJsonValue(QJsonValue::Undefined), newer.at(i)});
    }
}

} // namespace

QString JsonDiff::idOf(const QJsonValue &value, const QString &idField)
{
    const QJsonValue id = value.toObject().value(idField);
    if (id.isDouble())
        return QString::number(id.toDouble(), 'g', 17);
    return id.toString();
}

void JsonDiff::compare(const QJsonValue &older, const QJsonValue &newer, const QString &path,
                       QList<FieldChange> *changes)
{
    if (older.isObject() && newer.isObject()) {
        const QJsonObject a = older.toObject();
        const QJsonObject b = newer.toObject();
        QStringList keys = a.keys();
        for (const QString &key : b.keys()) {
            if (!a.contains(key))
                keys.append(key);
        }
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys))
            compare(a.value(key), b.value(key), join(path, key), changes);
        return;
    }
    if (older.isArray() && newer.isArray()) {
        compareArrays(older.toArray(), newer.toArray(), path, changes);
        return;
    }
    if (older != newer)
        changes->append({path, older, newer});
}

QList<FieldChange> JsonDiff::compare(const QJsonValue &older, const QJsonValue &newer)
{
    QList<FieldChange> changes;
    compare(older, newer, {}, &changes);
    return changes;
}

} // namespace zc
