// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Snapshot.h"

#include "JsonDiff.h"

#include "net/ApiError.h"
#include "oneapi/ConnectionSettings.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::Snapshot)
};

struct StateName
{
    SnapshotCollection::State state;
    QLatin1StringView key;
};

constexpr StateName kStates[] = {
    {SnapshotCollection::State::Present, "present"_L1},
    {SnapshotCollection::State::NotEntitled, "notEntitled"_L1},
    {SnapshotCollection::State::ReadOnly, "readOnly"_L1},
    {SnapshotCollection::State::NotConfigured, "notConfigured"_L1},
    {SnapshotCollection::State::Failed, "failed"_L1},
};

} // namespace

QString SnapshotCollectionSpec::title() const
{
    static const QHash<QString, const char *> titles{
        {u"zpa.applicationSegments"_s, QT_TRANSLATE_NOOP("zc::Snapshot", "Application segments")},
        {u"zpa.segmentGroups"_s, QT_TRANSLATE_NOOP("zc::Snapshot", "Segment groups")},
        {u"zpa.serverGroups"_s, QT_TRANSLATE_NOOP("zc::Snapshot", "Server groups")},
        {u"ztw.connectorGroups"_s, QT_TRANSLATE_NOOP("zc::Snapshot", "Connector groups")},
        {u"zid.users"_s, QT_TRANSLATE_NOOP("zc::Snapshot", "Users")},
        {u"zid.groups"_s, QT_TRANSLATE_NOOP("zc::Snapshot", "Groups")},
        {u"zia.activation"_s, QT_TRANSLATE_NOOP("zc::Snapshot", "Activation status")},
        {u"ztw.activation"_s, QT_TRANSLATE_NOOP("zc::Snapshot", "Activation status")},
    };
    const char *title = titles.value(key);
    return productName(product) + u' ' + (title ? Tr::tr(title) : key);
}

const QList<SnapshotCollectionSpec> &SnapshotCollectionSpec::all()
{
    static const QList<SnapshotCollectionSpec> specs{
        {u"zpa.applicationSegments"_s, Product::Zpa, u"id"_s},
        {u"zpa.segmentGroups"_s, Product::Zpa, u"id"_s},
        {u"zpa.serverGroups"_s, Product::Zpa, u"id"_s},
        {u"ztw.connectorGroups"_s, Product::Ztw, u"id"_s},
        {u"zid.users"_s, Product::Zid, u"id"_s},
        {u"zid.groups"_s, Product::Zid, u"id"_s},
        {u"zia.activation"_s, Product::Zia, {}},
        {u"ztw.activation"_s, Product::Ztw, {}},
    };
    return specs;
}

const SnapshotCollectionSpec *SnapshotCollectionSpec::find(const QString &key)
{
    for (const SnapshotCollectionSpec &spec : all()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

SnapshotCollection SnapshotCollection::missing(const QString &key, Product product,
                                               const ApiError &error)
{
    SnapshotCollection collection;
    collection.key = key;
    collection.product = product;
    switch (error.kind) {
    case ApiError::Kind::Forbidden:
        collection.state = State::NotEntitled;
        break;
    case ApiError::Kind::ReadOnly:
        collection.state = State::ReadOnly;
        break;
    case ApiError::Kind::InvalidInput:
        collection.state = State::NotConfigured;
        break;
    default:
        collection.state = State::Failed;
        break;
    }
    collection.errorKind = ApiError::kindKey(error.kind);
    collection.message = error.message();
    return collection;
}

QString SnapshotCollection::stateKey(State state)
{
    for (const StateName &name : kStates) {
        if (name.state == state)
            return name.key;
    }
    return {};
}

bool SnapshotCollection::parseState(const QString &key, State *out)
{
    for (const StateName &name : kStates) {
        if (name.key == key) {
            *out = name.state;
            return true;
        }
    }
    return false;
}

QString SnapshotCollection::stateText(State state)
{
    switch (state) {
    case State::Present:
        return Tr::tr("present");
    case State::NotEntitled:
        return Tr::tr("not entitled");
    case State::ReadOnly:
        return Tr::tr("read-only");
    case State::NotConfigured:
        return Tr::tr("not configured");
    case State::Failed:
        return Tr::tr("failed");
    }
    return {};
}

QString SnapshotCollection::recordId(const QJsonObject &record, const QString &idField)
{
    return idField.isEmpty() ? u"status"_s : JsonDiff::idOf(record, idField);
}

QString SnapshotCollection::recordName(const QJsonObject &record)
{
    for (const auto key : {"name"_L1, "displayName"_L1, "loginName"_L1}) {
        const QString name = record.value(key).toString();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

QJsonObject Snapshot::describeTenant(const ConnectionSettings &settings)
{
    return QJsonObject{
        {u"cloud"_s, cloudKey(settings.cloud)},
        {u"vanityDomain"_s, settings.vanityDomain},
        {u"apiHost"_s, settings.apiHost().toString()},
        {u"zpaCustomerId"_s, settings.zpaCustomerId},
    };
}

QString Snapshot::tenantLabel() const
{
    QString name = tenant.value("vanityDomain"_L1).toString();
    if (name.isEmpty())
        name = QUrl(tenant.value("apiHost"_L1).toString()).host();
    // A file that names no tenant (format 1 made it optional) still gets a label to list.
    if (name.isEmpty())
        name = Tr::tr("unnamed tenant");
    const QString cloud = tenant.value("cloud"_L1).toString();
    return cloud.isEmpty() ? name : Tr::tr("%1 (%2)").arg(name, cloud);
}

const SnapshotCollection *Snapshot::collection(const QString &key) const
{
    for (const SnapshotCollection &c : collections) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

qsizetype Snapshot::recordCount() const
{
    qsizetype count = 0;
    for (const SnapshotCollection &c : collections)
        count += c.records.size();
    return count;
}

} // namespace zc
