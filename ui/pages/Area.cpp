// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Area.h"

#include <QCoreApplication>

#include <array>

namespace zc {

namespace {

struct AreaInfo
{
    Area area;
    Product product;
    const char *key;
    const char *title;
};

// In navigation order.
constexpr std::array kAreas{
    AreaInfo{Area::DeviceOtp, Product::Zcc, "device-otp",
             QT_TRANSLATE_NOOP("zc::Area", "Device OTP")},
    AreaInfo{Area::DeepTraces, Product::Zdx, "deep-traces",
             QT_TRANSLATE_NOOP("zc::Area", "Deep traces")},
    AreaInfo{Area::UrlLookup, Product::Zia, "url-lookup",
             QT_TRANSLATE_NOOP("zc::Area", "URL lookup")},
    AreaInfo{Area::AppSegments, Product::Zpa, "app-segments",
             QT_TRANSLATE_NOOP("zc::Area", "App segments")},
    AreaInfo{Area::ConnectorGroups, Product::Ztw, "connector-groups",
             QT_TRANSLATE_NOOP("zc::Area", "Connector groups")},
    AreaInfo{Area::Users, Product::Zid, "users", QT_TRANSLATE_NOOP("zc::Area", "Users")},
    AreaInfo{Area::Activation, Product::Zia, "activation",
             QT_TRANSLATE_NOOP("zc::Area", "Activation")},
    AreaInfo{Area::ApiExplorer, Product::Zia, "api", QT_TRANSLATE_NOOP("zc::Area", "API")},
    // Reads several products; ZPA's budget is the one a large tenant spends most.
    AreaInfo{Area::Snapshots, Product::Zpa, "snapshots",
             QT_TRANSLATE_NOOP("zc::Area", "Snapshots")},
};

const AreaInfo &info(Area area)
{
    for (const AreaInfo &known : kAreas) {
        if (known.area == area)
            return known;
    }
    return kAreas.front();
}

} // namespace

QList<Area> allAreas()
{
    QList<Area> areas;
    for (const AreaInfo &known : kAreas)
        areas.append(known.area);
    return areas;
}

Product areaProduct(Area area)
{
    return info(area).product;
}

QString areaKey(Area area)
{
    return QString::fromLatin1(info(area).key);
}

QString areaTitle(Area area)
{
    return QCoreApplication::translate("zc::Area", info(area).title);
}

} // namespace zc
