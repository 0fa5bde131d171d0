// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zc::sim {

// The people and machines of the simulated tenant, shared by ZIdentity (users, groups), Client
// Connector (devices, OTPs) and ZDX (devices, users), so that a helpdesk flow works across
// products: find a user in ZIdentity, their device in ZCC, its ZDX device for a deep trace.
// Generated deterministically from the seed; the seed document's sample user (bbb@bbc.com) is
// always user 0.
struct SimUser
{
    QString id;        // ZIdentity id, 13 lower-case alphanumerics ("ihv1284ang34c")
    QString loginName; // e-mail style login
    QString displayName;
    QString primaryEmail;
    QString department; // may be empty
    bool active = true;
    QString source; // "UI", "SCIM", "JIT"
    QString idpId;
    QString idpName;
    int zdxUserId = 0; // ZDX's numeric user id
    QStringList groupIds;
};

struct SimGroup
{
    QString id;
    QString name;
    QString description;
    QString source;
};

struct SimDevice
{
    QString udid;      // ZCC unique device id
    int userIndex = 0; // into TenantData::users
    QString hostname;  // machineHostname
    int osType = 3;    // 1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux
    QString osVersion;
    QString agentVersion; // Client Connector version
    // 1 Registered, 2 Unregistered, 3 Removal Pending, 4 Removed, 5 Quarantined
    int registrationState = 1;
    qint64 lastSeenEpoch = 0; // seconds
    QString macAddress;
    int zdxDeviceId = 0; // ZDX's numeric device id
    // The OTP kinds this device's tenant returns (a subset of the keys in oneapi-notes.md).
    QStringList otpKinds;
    // Added: kinds (among otpKinds) that come back as empty strings, as the portal notes allow.
    QStringList emptyOtpKinds;
    qint64 registeredEpoch = 0; // seconds; registration_time
    QString manufacturer;       // "Dell Inc.", "Apple Inc.", ...
    QString model;              // "Latitude 7440", "MacBookPro18,3", "iPhone15,2"
};

class TenantData
{
public:
    static TenantData generate(quint32 seed, const SimDataSizes &sizes);
    // Added: the same with an explicit "now" (epoch seconds) that last-seen and registration
    // times are relative to; generate(seed, sizes) uses the current time.
    static TenantData generate(quint32 seed, const SimDataSizes &sizes, qint64 nowEpochSecs);

    QList<SimUser> users;
    QList<SimGroup> groups;
    QList<SimDevice> devices;

    const SimUser *userByLogin(const QString &login) const; // case-insensitive
    const SimDevice *deviceByUdid(const QString &udid) const;
    const SimDevice *deviceByZdxId(int zdxDeviceId) const;
    QList<int> devicesOfUser(int userIndex) const;

    // Added for ZIdentity and ZCC.
    QString companyName;                   // "Acme Corp"; logins end in @<company>.example
    QString emailDomain;                   // "acme.example"
    QHash<QString, QString> departmentIds; // department name -> ZIdentity id
    qint64 generatedAtEpoch = 0;           // the "now" of generate()
    const SimUser *userById(const QString &id) const;
    int userIndexById(const QString &id) const; // -1 when unknown
    const SimGroup *groupById(const QString &id) const;
    QList<int> usersOfGroup(const QString &groupId) const; // user indexes, ascending
    // After users, groups or devices were changed in place (the control endpoint's changes).
    void reindex() { index(); }
    // Changes whenever the data is indexed anew (generated or changed): what a cache of
    // answers built from it compares.
    quint64 revision() const { return m_revision; }

private:
    QHash<QString, int> m_userByLogin;
    QHash<QString, int> m_deviceByUdid;
    QHash<int, int> m_deviceByZdxId;
    QHash<QString, int> m_userById;
    QHash<QString, int> m_groupById;
    QHash<QString, QList<int>> m_usersByGroup;
    QList<QList<int>> m_devicesByUser;
    quint64 m_revision = 0;
    void index();
};

} // namespace zc::sim
