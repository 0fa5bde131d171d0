// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotDiff.h"

#include "common/EnumKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::SnapshotDiff)
};

QJsonObject describe(const Snapshot &snapshot)
{
    return QJsonObject{{u"tenant"_s, snapshot.tenant},
                       {u"takenAt"_s, snapshot.takenAt.toUTC().toString(Qt::ISODateWithMs)},
                       {u"zconsoleVersion"_s, snapshot.zconsoleVersion}};
}

QString availability(const SnapshotCollection *collection)
{
    if (!collection)
        return Tr::tr("not in the snapshot");
    QString text = SnapshotCollection::stateText(collection->state);
    if (!collection->isPresent() && !collection->message.isEmpty())
        text += u" ("_s + collection->message + u')';
    return text;
}

QString idFieldOf(const QString &key)
{
    const SnapshotCollectionSpec *spec = SnapshotCollectionSpec::find(key);
    return spec ? spec->idField : u"id"_s;
}

// The records with their identity. A repeated id (the seed document's sample segments share
// one) gets "#2", "#3"... by order of appearance, so that no record hides another.
QList<std::pair<QString, QJsonObject>> identify(const QJsonArray &records, const QString &idField)
{
    QList<std::pair<QString, QJsonObject>> keyed;
    keyed.reserve(records.size());
    QHash<QString, int> seen;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QString id = SnapshotCollection::recordId(record, idField);
        const int repeat = ++seen[id];
        if (repeat > 1)
            id += u'#' + QString::number(repeat);
        keyed.append({id, record});
    }
    return keyed;
}

} // namespace

QString RecordChange::kindKey(Kind kind)
{
    return enumKey(kind);
}

QString RecordChange::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return Tr::tr("added");
    case Kind::Removed:
        return Tr::tr("removed");
    case Kind::Changed:
        return Tr::tr("changed");
    }
    return {};
}

int CollectionDiff::count(RecordChange::Kind kind) const
{
    return static_cast<int>(std::count_if(
        changes.begin(), changes.end(), [kind](const RecordChange &c) { return c.kind == kind; }));
}

bool SnapshotDiff::isEqual() const
{
    return std::all_of(collections.begin(), collections.end(),
                       [](const CollectionDiff &c) { return c.isEqual(); });
}

int SnapshotDiff::count(RecordChange::Kind kind) const
{
    int total = 0;
    for (const CollectionDiff &c : collections)
        total += c.count(kind);
    return total;
}

CollectionDiff SnapshotDiff::compareCollection(const SnapshotCollection *older,
                                               const SnapshotCollection *newer)
{
    const SnapshotCollection *any = newer ? newer : older;
    CollectionDiff diff;
    diff.key = any->key;
    diff.product = any->product;
    const SnapshotCollectionSpec *spec = SnapshotCollectionSpec::find(diff.key);
    diff.title = spec ? spec->title() : diff.key;
    if (!older || !newer || !older->isPresent() || !newer->isPresent()) {
        diff.unavailable = Tr::tr("old: %1; new: %2").arg(availability(older), availability(newer));
        diff.availabilityChanged = !older || !newer || older->state != newer->state;
        return diff;
    }

    const QString idField = idFieldOf(diff.key);
    const auto oldRecords = identify(older->records, idField);
    const auto newRecords = identify(newer->records, idField);
    QHash<QString, QJsonObject> oldById;
    oldById.reserve(oldRecords.size());
    for (const auto &[id, record] : oldRecords)
        oldById.insert(id, record);
    QSet<QString> seen;
    seen.reserve(newRecords.size());
    for (const auto &[id, record] : newRecords) {
        seen.insert(id);
        RecordChange change{
            RecordChange::Kind::Added, id, SnapshotCollection::recordName(record), record, {}};
        const auto old = oldById.constFind(id);
        if (old != oldById.constEnd()) {
            if (*old == record)
                continue;
            change.kind = RecordChange::Kind::Changed;
            JsonDiff::compare(*old, record, {}, &change.fields);
            if (change.fields.isEmpty())
                continue; // equal by meaning (reordered lists, 1 vs 1.0)
        }
        diff.changes.append(change);
    }
    for (const auto &[id, record] : oldRecords) {
        if (!seen.contains(id))
            diff.changes.append({RecordChange::Kind::Removed,
                                 id,
                                 SnapshotCollection::recordName(record),
                                 record,
                                 {}});
    }
    return diff;
}

SnapshotDiff SnapshotDiff::compare(const Snapshot &older, const Snapshot &newer)
{
    SnapshotDiff diff;
    diff.older = describe(older);
    diff.newer = describe(newer);
    QStringList keys;
    for (const SnapshotCollectionSpec &spec : SnapshotCollectionSpec::all())
        keys.append(spec.key);
    for (const Snapshot *side : {&older, &newer}) {
        for (const SnapshotCollection &c : side->collections) {
            if (!keys.contains(c.key))
                keys.append(c.key);
        }
    }
    for (const QString &key : std::as_const(keys)) {
        const SnapshotCollection *a = older.collection(key);
        const SnapshotCollection *b = newer.collection(key);
        if (a || b)
            diff.collections.append(compareCollection(a, b));
    }
    return diff;
}

} // namespace zc
