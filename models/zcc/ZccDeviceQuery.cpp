// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZccDeviceQuery.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

struct OsName
{
    int osType;
    QLatin1StringView key;
    QLatin1StringView name;
};
constexpr std::array kOsNames{
    OsName{1, "ios"_L1, "iOS"_L1},         OsName{2, "android"_L1, "Android"_L1},
    OsName{3, "windows"_L1, "Windows"_L1}, OsName{4, "macos"_L1, "macOS"_L1},
    OsName{5, "linux"_L1, "Linux"_L1},
};

} // namespace

QString ZccDeviceQuery::apiKey() const
{
    return username.toLower() + u'\n' + QString::number(osType);
}

namespace zcc {

int osTypeFromName(const QString &name)
{
    for (const OsName &os : kOsNames) {
        if (name.compare(os.key, Qt::CaseInsensitive) == 0)
            return os.osType;
    }
    return 0;
}

QString osTypeName(int osType)
{
    for (const OsName &os : kOsNames) {
        if (os.osType == osType)
            return os.name;
    }
    return QString::number(osType);
}

QString registrationStateName(const QJsonValue &state)
{
    static const std::array names{
        QT_TRANSLATE_NOOP("zc::ZccService", "Registered"),
        QT_TRANSLATE_NOOP("zc::ZccService", "Unregistered"),
        QT_TRANSLATE_NOOP("zc::ZccService", "Removal Pending"),
        QT_TRANSLATE_NOOP("zc::ZccService", "Removed"),
        QT_TRANSLATE_NOOP("zc::ZccService", "Quarantined"),
    };
    int code = 0;
    if (state.isDouble()) {
        code = state.toInt();
    } else {
        const QString text = state.toString().trimmed();
        bool ok = false;
        code = text.toInt(&ok);
        if (!ok) {
            for (size_t i = 0; i < names.size(); ++i) {
                if (text.compare(QLatin1StringView(names[i]), Qt::CaseInsensitive) == 0)
                    code = int(i) + 1;
            }
            if (code == 0)
                return text;
        }
    }
    if (code >= 1 && code <= int(names.size()))
        return QCoreApplication::translate("zc::ZccService", names[size_t(code - 1)]);
    return QCoreApplication::translate("zc::ZccService", "Unknown (%1)").arg(code);
}

QJsonArray filterByHostname(const QJsonArray &devices, const QString &hostname)
{
    if (hostname.isEmpty())
        return devices;
    QJsonArray matching;
    for (const QJsonValue &device : devices) {
        if (device.toObject()
                .value("machineHostname"_L1)
                .toString()
                .contains(hostname, Qt::CaseInsensitive))
            matching.append(device);
    }
    return matching;
}

} // namespace zcc

} // namespace zc
