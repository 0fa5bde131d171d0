// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DataChanges.h"

#include "TenantData.h"
#include "ZpaData.h"

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

using Action = SimDataChange::Action;

QString idText(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

// The change applied to records kept as JSON objects (ZPA, ZTW): `at(i)` reads record i,
// `store(i, json)` replaces it, `erase(i)` and `append(json)` edit the list.
struct JsonList
{
    std::function<qsizetype()> size;
    std::function<QJsonObject(qsizetype)> at;
    std::function<void(qsizetype, const QJsonObject &)> store;
    std::function<void(qsizetype)> erase;
    std::function<void(const QJsonObject &)> append;
};

qsizetype indexOf(const JsonList &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (idText(list.at(i).value("id"_L1)) == id)
            return i;
    }
    return -1;
}

bool applyToJson(const SimDataChange &change, const JsonList &list, QString *error)
{
    if (change.action == Action::Add) {
        if (indexOf(list, idText(change.record.value("id"_L1))) >= 0) {
            *error = u"A record with this id exists already."_s;
            return false;
        }
        list.append(change.record);
        return true;
    }
    const qsizetype i = indexOf(list, change.id);
    if (i < 0) {
        *error = u"No record with id %1."_s.arg(change.id);
        return false;
    }
    if (change.action == Action::Remove) {
        list.erase(i);
        return true;
    }
    QJsonObject record = list.at(i);
    if (change.action == Action::Rename)
        record.insert(u"name"_s, change.name);
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
        record.insert(it.key(), it.value());
    list.store(i, record);
    return true;
}

JsonList zpaList(QList<ZpaRecord> &records)
{
    return {[&records] { return records.size(); },
            [&records](qsizetype i) { return records.at(i).json; },
            [&records](qsizetype i, const QJsonObject &json) {
                records[i].json = json;
                records[i].haystack = ZpaData::searchText(json);
            },
            [&records](qsizetype i) { records.removeAt(i); },
            [&records](const QJsonObject &json) {
                const QString microtenant = json.value("microtenantId"_L1).toString();
                records.append({json, microtenant.isEmpty() ? u"0"_s : microtenant,
                                ZpaData::searchText(json)});
            }};
}

JsonList arrayList(QJsonArray &array)
{
    return {[&array] { return array.size(); },
            [&array](qsizetype i) { return array.at(i).toObject(); },
            [&array](qsizetype i, const QJsonObject &json) { array.replace(i, json); },
            [&array](qsizetype i) { array.removeAt(i); },
            [&array](const QJsonObject &json) { array.append(json); }};
}

bool applyToUsers(const SimDataChange &change, TenantData &tenant, QString *error)
{
    if (change.action == Action::Add) {
        SimUser user;
        user.id = change.record.value("id"_L1).toString();
        user.loginName = change.record.value("loginName"_L1).toString();
        user.displayName = change.record.value("displayName"_L1).toString();
        user.primaryEmail = change.record.value("primaryEmail"_L1).toString(user.loginName);
        user.source = u"UI"_s;
        if (user.id.isEmpty() || user.loginName.isEmpty() || tenant.userById(user.id) ||
            tenant.userByLogin(user.loginName)) {
            *error = u"A new user needs an unused id and loginName."_s;
            return false;
        }
        tenant.users.append(user);
    } else {
        const int i = tenant.userIndexById(change.id);
        if (i < 0) {
            *error = u"No user with id %1."_s.arg(change.id);
            return false;
        }
        if (change.action == Action::Rename) {
            tenant.users[i].displayName = change.name;
        } else if (change.action == Action::Remove) {
            if (!tenant.devicesOfUser(i).isEmpty()) {
                *error = u"The user still has devices."_s;
                return false;
            }
            tenant.users.removeAt(i);
            for (SimDevice &device : tenant.devices) {
                if (device.userIndex > i)
                    --device.userIndex;
            }
        } else {
            *error = u"Users can be renamed, removed or added."_s;
            return false;
        }
    }
    tenant.reindex();
    return true;
}

bool applyToGroups(const SimDataChange &change, TenantData &tenant, QString *error)
{
    if (change.action == Action::Add) {
        const SimGroup group{change.record.value("id"_L1).toString(),
                             change.record.value("name"_L1).toString(),
                             change.record.value("description"_L1).toString(), u"UI"_s};
        if (group.id.isEmpty() || tenant.groupById(group.id)) {
            *error = u"A new group needs an unused id."_s;
            return false;
        }
        tenant.groups.append(group);
    } else {
        const SimGroup *found = tenant.groupById(change.id);
        if (!found) {
            *error = u"No group with id %1."_s.arg(change.id);
            return false;
        }
        const qsizetype i = found - tenant.groups.constData();
        if (change.action == Action::Rename) {
            tenant.groups[i].name = change.name;
        } else if (change.action == Action::Remove) {
            tenant.groups.removeAt(i);
            for (SimUser &user : tenant.users)
                user.groupIds.removeAll(change.id);
        } else {
            *error = u"Groups can be renamed, removed or added."_s;
            return false;
        }
    }
    tenant.reindex();
    return true;
}

} // namespace

bool DataChanges::parse(const QJsonValue &value, SimDataChange *change, QString *error)
{
    const QJsonObject object = value.toObject();
    static const QStringList collections{
        u"zpa.applicationSegments"_s, u"zpa.segmentGroups"_s, u"zpa.serverGroups"_s,
        u"ztw.connectorGroups"_s,     u"zid.users"_s,         u"zid.groups"_s};
    change->collection = object.value("collection"_L1).toString();
    if (!value.isObject() || !collections.contains(change->collection)) {
        *error = u"\"change\" needs a collection among %1."_s.arg(collections.join(u", "_s));
        return false;
    }
    const QString action = object.value("action"_L1).toString();
    if (action == "rename"_L1)
        change->action = Action::Rename;
    else if (action == "set"_L1)
        change->action = Action::Set;
    else if (action == "remove"_L1)
        change->action = Action::Remove;
    else if (action == "add"_L1)
        change->action = Action::Add;
    else {
        *error = u"\"action\" must be rename, set, remove or add."_s;
        return false;
    }
    change->id = idText(object.value("id"_L1));
    change->name = object.value("name"_L1).toString();
    change->fields = object.value("fields"_L1).toObject();
    change->record = object.value("record"_L1).toObject();
    if (change->action == Action::Add ? change->record.isEmpty() : change->id.isEmpty()) {
        *error = u"\"add\" needs a record; the other actions an id."_s;
        return false;
    }
    if (change->action == Action::Rename && change->name.isEmpty()) {
        *error = u"\"rename\" needs a name."_s;
        return false;
    }
    return true;
}

bool DataChanges::apply(const SimDataChange &change, ZpaData &zpa, QJsonArray &ztwGroups,
                        TenantData &tenant, QString *error)
{
    if (change.collection == "zid.users"_L1)
        return applyToUsers(change, tenant, error);
    if (change.collection == "zid.groups"_L1)
        return applyToGroups(change, tenant, error);
    if (change.collection == "ztw.connectorGroups"_L1)
        return applyToJson(change, arrayList(ztwGroups), error);
    QList<ZpaRecord> &records = change.collection == "zpa.applicationSegments"_L1 ? zpa.segments
                                : change.collection == "zpa.segmentGroups"_L1 ? zpa.segmentGroups
                                                                              : zpa.serverGroups;
    return applyToJson(change, zpaList(records), error);
}

} // namespace zc::sim
