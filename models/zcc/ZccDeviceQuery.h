// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace zc {

// What a device search asks for. `username` and `osType` go to the API (getDevices filters
// on them); the API has no hostname filter, so `hostname` is applied here, on the client, to
// machineHostname (case-insensitive substring).
struct ZccDeviceQuery
{
    QString username; // exact login, case-insensitive (as getDevices' username)
    QString hostname; // client-side filter
    int osType = 0;   // 0: any; 1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux

    // The key of the API query (hostname excluded): what the device-list cache is keyed on.
    QString apiKey() const;
    bool operator==(const ZccDeviceQuery &other) const = default;
};

namespace zcc {
// "windows", "macos", "linux", "ios", "android" (case-insensitive) → 3, 4, 5, 1, 2; 0 when
// the name is unknown.
int osTypeFromName(const QString &name);
// "Windows", "macOS", "Linux", "iOS", "Android"; the number itself when unknown.
QString osTypeName(int osType);
// Registration state of getDevices ("Registered", or a number 1..5) as a translated word.
QString registrationStateName(const QJsonValue &state);
// Devices whose machineHostname contains `hostname` (case-insensitive); all when empty.
QJsonArray filterByHostname(const QJsonArray &devices, const QString &hostname);
} // namespace zcc

} // namespace zc
