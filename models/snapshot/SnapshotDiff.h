// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonDiff.h"
#include "Snapshot.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace zc {

// A record added, removed or changed between two snapshots.
struct RecordChange
{
    Q_GADGET
public:
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Q_ENUM(Kind)
    Kind kind = Kind::Changed;
    QString id;
    QString name;              // the newer name, or the older one for a removed record
    QJsonObject record;        // Added: the new record; Removed: the old one; Changed: the new one
    QList<FieldChange> fields; // Changed only

    static QString kindKey(Kind kind);  // "added", "removed", "changed"
    static QString kindText(Kind kind); // translated
};

// One collection compared.
struct CollectionDiff
{
    QString key;
    Product product = Product::Zia;
    QString title;
    QList<RecordChange> changes;
    // Set when either side lacks the records: e.g. "old: not entitled; new: present". The
    // records are not compared then; a change of availability counts as a difference.
    QString unavailable;
    bool availabilityChanged = false;

    bool isEqual() const { return changes.isEmpty() && !availabilityChanged; }
    int count(RecordChange::Kind kind) const;
};

// Two snapshots compared collection by collection, records matched by id (rules:
// docs/snapshot-format.md and JsonDiff). Collections appear in SnapshotCollectionSpec order,
// then any other collection either side holds.
struct SnapshotDiff
{
    QJsonObject older; // {tenant, takenAt, zconsoleVersion} of each side
    QJsonObject newer;
    QList<CollectionDiff> collections;

    bool isEqual() const;
    int count(RecordChange::Kind kind) const;
    static SnapshotDiff compare(const Snapshot &older, const Snapshot &newer);
    static CollectionDiff compareCollection(const SnapshotCollection *older,
                                            const SnapshotCollection *newer);
};

} // namespace zc
