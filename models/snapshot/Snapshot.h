// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zc {

struct ApiError;
struct ConnectionSettings;

// One kind of configuration a snapshot keeps (ZPA application segments, ZIdentity users...):
// its stable key in the file, the product that serves it, and how its records are matched
// when two snapshots are compared.
struct SnapshotCollectionSpec
{
    QString key;     // "zpa.applicationSegments"
    Product product; // who serves it
    // The member that identifies a record; empty for a collection of one record (an
    // activation status), whose record is always "status".
    QString idField;
    // A translated title ("Application segments").
    QString title() const;

    // Every collection a snapshot holds, in the order they are taken and shown.
    static const QList<SnapshotCollectionSpec> &all();
    static const SnapshotCollectionSpec *find(const QString &key);
};

// One collection as taken: its records, or why there are none.
struct SnapshotCollection
{
    enum class State
    {
        Present,       // the records, as the API sent them
        NotEntitled,   // 403: the API client may not use the product
        ReadOnly,      // the product answered in read-only maintenance
        NotConfigured, // the connection lacks what the product needs (ZPA customer ID)
        Failed,        // any other error
    };

    QString key;
    Product product = Product::Zia;
    State state = State::Present;
    QString errorKind; // ApiError::kindKey() of the error, when missing
    QString message;   // the error's sentence, when missing
    QJsonArray records;

    bool isPresent() const { return state == State::Present; }
    // Missing because of `error`: its kind decides the state.
    static SnapshotCollection missing(const QString &key, Product product, const ApiError &error);
    static QString stateKey(State state); // "present", "notEntitled", ...
    static bool parseState(const QString &key, State *out);
    // A translated word for the state ("not entitled").
    static QString stateText(State state);
    // The identity of a record of this collection (ids compared as text: 12 and "12" match).
    static QString recordId(const QJsonObject &record, const QString &idField);
    // The name people know a record by (name, displayName, loginName), or empty.
    static QString recordName(const QJsonObject &record);
};

// What ZConsole read from one tenant at one time. Holds configuration only, never a secret or
// a token: the tenant is described by its cloud, vanity domain, API host and ZPA customer ID.
struct Snapshot
{
    QJsonObject tenant;
    QDateTime takenAt; // UTC
    QString zconsoleVersion;
    int formatVersion = 0; // of the file it was read from; 0 for one taken in this run
    QList<SnapshotCollection> collections;

    // The tenant as the settings name it, without the client ID or any secret.
    static QJsonObject describeTenant(const ConnectionSettings &settings);
    // "acme (production)", for lists and reports.
    // "unnamed tenant" when the file names none.
    QString tenantLabel() const;
    const SnapshotCollection *collection(const QString &key) const;
    qsizetype recordCount() const;
};

} // namespace zc
