// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotFile.h"

#include "platform/FilePermissions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::SnapshotFile)
};

std::optional<Snapshot> refuse(SnapshotReadError *error, SnapshotReadError::Kind kind,
                               const QString &message)
{
    if (error)
        *error = {kind, message};
    return std::nullopt;
}

// Every record of a collection is a JSON object, whatever the format: what is read is written
// back as format 2, which refuses anything else.
bool recordsAreObjects(const SnapshotCollection &collection, QString *problem)
{
    for (const QJsonValue &record : collection.records) {
        if (!record.isObject()) {
            *problem = Tr::tr("collection \"%1\" holds a record that is not an object.")
                           .arg(collection.key);
            return false;
        }
    }
    return true;
}

// Format 1 kept only the records: {"products": {"zpa": {"applicationSegments": [...]}}},
// the tenant as one string, and no reason for a missing collection.
bool readVersion1(const QJsonObject &root, Snapshot *snapshot, QString *problem)
{
    snapshot->tenant = QJsonObject{{u"vanityDomain"_s, root.value("tenant"_L1).toString()}};
    const QJsonObject products = root.value("products"_L1).toObject();
    for (const SnapshotCollectionSpec &spec : SnapshotCollectionSpec::all()) {
        const QString product = spec.key.section(u'.', 0, 0);
        const QString name = spec.key.section(u'.', 1);
        const QJsonValue records = products.value(product).toObject().value(name);
        SnapshotCollection collection;
        collection.key = spec.key;
        collection.product = spec.product;
        if (records.isUndefined()) {
            collection.state = SnapshotCollection::State::Failed;
            collection.message = Tr::tr("Not in this snapshot (format 1 files do not say why).");
        } else if (!records.isArray()) {
            *problem = Tr::tr("\"%1\" is not a list.").arg(spec.key);
            return false;
        } else {
            collection.records = records.toArray();
            if (!recordsAreObjects(collection, problem))
                return false;
        }
        snapshot->collections.append(collection);
    }
    return true;
}

bool readCollection(const QJsonValue &value, SnapshotCollection *collection, QString *problem)
{
    const QJsonObject object = value.toObject();
    collection->key = object.value("key"_L1).toString();
    if (!value.isObject() || collection->key.isEmpty()) {
        *problem = Tr::tr("a collection has no key.");
        return false;
    }
    if (!parseProduct(object.value("product"_L1).toString(), &collection->product)) {
        *problem = Tr::tr("collection \"%1\" names no known product.").arg(collection->key);
        return false;
    }
    if (!SnapshotCollection::parseState(object.value("state"_L1).toString(), &collection->state)) {
        *problem = Tr::tr("collection \"%1\" has an unknown state.").arg(collection->key);
        return false;
    }
    collection->errorKind = object.value("errorKind"_L1).toString();
    collection->message = object.value("message"_L1).toString();
    const QJsonValue records = object.value("records"_L1);
    if (collection->isPresent() && !records.isArray()) {
        *problem = Tr::tr("collection \"%1\" has no records list.").arg(collection->key);
        return false;
    }
    collection->records = records.toArray();
    return recordsAreObjects(*collection, problem);
}

} // namespace

QByteArray SnapshotFile::toJson(const Snapshot &snapshot)
{
    QJsonArray collections;
    for (const SnapshotCollection &c : snapshot.collections) {
        QJsonObject object{{u"key"_s, c.key},
                           {u"product"_s, productKey(c.product)},
                           {u"state"_s, SnapshotCollection::stateKey(c.state)}};
        if (c.isPresent()) {
            object.insert(u"records"_s, c.records);
        } else {
            object.insert(u"errorKind"_s, c.errorKind);
            object.insert(u"message"_s, c.message);
        }
        collections.append(object);
    }
    const QJsonObject root{
        {u"format"_s, QLatin1StringView(kFormatName)},
        {u"formatVersion"_s, kFormatVersion},
        {u"zconsoleVersion"_s, snapshot.zconsoleVersion},
        {u"takenAt"_s, snapshot.takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"tenant"_s, snapshot.tenant},
        {u"collections"_s, collections},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Snapshot> SnapshotFile::fromJson(const QByteArray &bytes, const QString &name,
                                               SnapshotReadError *error)
{
    using Kind = SnapshotReadError::Kind;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(error, Kind::NotASnapshot,
                      Tr::tr("%1 is not a ZConsole snapshot: it is not a JSON object.").arg(name));
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != QLatin1StringView(kFormatName))
        return refuse(error, Kind::NotASnapshot,
                      Tr::tr("%1 is not a ZConsole snapshot: it has no \"format\": \"%2\".")
                          .arg(name, QLatin1StringView(kFormatName)));
    const QJsonValue versionValue = root.value("formatVersion"_L1);
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || version < kOldestReadableVersion)
        return refuse(error, Kind::Broken,
                      Tr::tr("%1 is a damaged snapshot: its format version is missing or invalid.")
                          .arg(name));
    if (version > kFormatVersion)
        return refuse(
            error, Kind::NewerFormat,
            Tr::tr("%1 was written by a newer ZConsole (snapshot format %2); this version "
                   "reads formats %3 to %4. Update ZConsole to read it.")
                .arg(name)
                .arg(version)
                .arg(kOldestReadableVersion)
                .arg(kFormatVersion));

    Snapshot snapshot;
    snapshot.formatVersion = version;
    snapshot.zconsoleVersion = root.value("zconsoleVersion"_L1).toString();
    snapshot.takenAt = QDateTime::fromString(root.value("takenAt"_L1).toString(), Qt::ISODate);
    QString problem;
    if (!snapshot.takenAt.isValid()) {
        problem = Tr::tr("its time is missing or invalid.");
    } else if (version == 1) {
        readVersion1(root, &snapshot, &problem);
    } else if (!root.value("collections"_L1).isArray() || !root.value("tenant"_L1).isObject()) {
        problem = Tr::tr("it has no tenant or no collections.");
    } else {
        snapshot.tenant = root.value("tenant"_L1).toObject();
        const QJsonArray collections = root.value("collections"_L1).toArray();
        for (const QJsonValue &value : collections) {
            SnapshotCollection collection;
            if (!readCollection(value, &collection, &problem))
                break;
            snapshot.collections.append(collection);
        }
    }
    if (!problem.isEmpty())
        return refuse(error, Kind::Broken,
                      Tr::tr("%1 is a damaged snapshot: %2").arg(name, problem));
    if (error)
        *error = {};
    return snapshot;
}

std::optional<Snapshot> SnapshotFile::read(const QString &path, SnapshotReadError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(error, SnapshotReadError::Kind::Unreadable,
                      Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path, error);
}

bool SnapshotFile::write(const QString &path, const Snapshot &snapshot, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = toJson(snapshot);
    if (!file.open(QIODevice::WriteOnly) || !platform::restrictToOwner(file) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    platform::restrictToOwner(path);
    return true;
}

} // namespace zc
