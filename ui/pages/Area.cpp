// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Area.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("zc::Area", text);
}
} // namespace

QList<Area> allAreas()
{
    return {Area::DeviceOtp,       Area::DeepTraces, Area::UrlLookup, Area::AppSegments,
            Area::ConnectorGroups, Area::Users,      Area::Activation};
}

Product areaProduct(Area area)
{
    switch (area) {
    case Area::DeviceOtp:
        return Product::Zcc;
    case Area::DeepTraces:
        return Product::Zdx;
    case Area::UrlLookup:
        return Product::Zia;
    case Area::AppSegments:
        return Product::Zpa;
    case Area::ConnectorGroups:
        return Product::Ztw;
    case Area::Users:
        return Product::Zid;
    case Area::Activation:
        return Product::Zia;
    }
    return Product::Zia;
}

QString areaKey(Area area)
{
    switch (area) {
    case Area::DeviceOtp:
        return u"device-otp"_s;
    case Area::DeepTraces:
        return u"deep-traces"_s;
    case Area::UrlLookup:
        return u"url-lookup"_s;
    case Area::AppSegments:
        return u"app-segments"_s;
    case Area::ConnectorGroups:
        return u"connector-groups"_s;
    case Area::Users:
        return u"users"_s;
    case Area::Activation:
        return u"activation"_s;
    }
    return {};
}

QString areaTitle(Area area)
{
    switch (area) {
    case Area::DeviceOtp:
        return tr("Device OTP");
    case Area::DeepTraces:
        return tr("Deep traces");
    case Area::UrlLookup:
        return tr("URL lookup");
    case Area::AppSegments:
        return tr("App segments");
    case Area::ConnectorGroups:
        return tr("Connector groups");
    case Area::Users:
        return tr("Users");
    case Area::Activation:
        return tr("Activation");
    }
    return {};
}

} // namespace zc
