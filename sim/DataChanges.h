// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace zc::sim {

class TenantData;
class ZpaData;

// A change to the simulated tenant's configuration, as an administrator would make it in a
// portal, so that tests can see what a snapshot comparison reports. `collection` is one of
// zpa.applicationSegments, zpa.segmentGroups, zpa.serverGroups, ztw.connectorGroups,
// zid.users, zid.groups.
struct SimDataChange
{
    enum class Action
    {
        Rename, // the record `id` gets `name` (users: their display name)
        Set,    // the record `id` gets the members of `fields` (not users or ZIdentity groups)
        Remove, // the record `id` goes away
        Add,    // `record` (a JSON object with an "id" not yet used) is appended
    };
    QString collection;
    Action action = Action::Rename;
    QString id;
    QString name;
    QJsonObject fields;
    QJsonObject record;
};

// Parses and applies SimDataChange: the control endpoint's {"change": {collection, action
// (rename, set, remove, add), id, name, fields, record}}.
class DataChanges
{
public:
    // False with a sentence when the object is not a valid change.
    static bool parse(const QJsonValue &value, SimDataChange *change, QString *error);
    // False with a sentence when the record is unknown, the id taken, or the change not
    // possible (a user who still has devices cannot be removed).
    static bool apply(const SimDataChange &change, ZpaData &zpa, QJsonArray &ztwGroups,
                      TenantData &tenant, QString *error);
};

} // namespace zc::sim
