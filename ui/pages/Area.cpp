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
        return Product::ZIdentity;
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

QString areaDescription(Area area)
{
    switch (area) {
    case Area::DeviceOtp:
        return tr("Device one-time passwords: search a user's Client Connector devices and read "
                  "their OTPs (exit, logout, uninstall, disable), masked until revealed, copied "
                  "to a clipboard that clears itself.");
    case Area::DeepTraces:
        return tr("ZDX deep traces: find a user's device, start a trace, follow it to the end "
                  "and read its health metrics, top processes and events.");
    case Area::UrlLookup:
        return tr("URL lookup: paste or import any number of URLs and see how ZIA categorises "
                  "them, security alerts highlighted, with a summary per category.");
    case Area::AppSegments:
        return tr("ZPA application segments per microtenant: domains, TCP and UDP ports, segment "
                  "and server groups; find the segment that publishes a domain.");
    case Area::ConnectorGroups:
        return tr("Cloud & Branch Connector groups as a tree of groups, VMs and instances with "
                  "their status, zone, NAT IP, gateways and networks.");
    case Area::Users:
        return tr("ZIdentity users: search by login, name or e-mail and see their group "
                  "membership.");
    case Area::Activation:
        return tr("ZIA and Cloud Connector activation: the current status, pending changes, and "
                  "Activate with confirmation.");
    }
    return {};
}

QString areaArrival(Area area)
{
    switch (area) {
    case Area::DeviceOtp:
    case Area::DeepTraces:
        return tr("This view arrives with the helpdesk views. The connection, the activity panel "
                  "and the status bar already work.");
    case Area::UrlLookup:
    case Area::AppSegments:
    case Area::ConnectorGroups:
    case Area::Users:
    case Area::Activation:
        return tr("This view arrives with the admin views. The connection, the activity panel and "
                  "the status bar already work.");
    }
    return {};
}

} // namespace zc
