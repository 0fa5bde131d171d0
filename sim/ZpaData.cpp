// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZpaData.h"

#include "SeedSamples.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

constexpr std::array kDepartments{"finance", "hr", "engineering", "sales",     "support", "legal",
                                  "payroll", "it", "research",    "analytics", "billing", "ops"};
constexpr std::array kApps{"portal", "wiki", "git", "jira",  "crm",      "erp",     "db",
                           "ssh",    "rdp",  "api", "files", "intranet", "grafana", "vault"};
constexpr std::array kRegions{"US-East", "US-West", "EU-Central", "EU-West", "APAC", "LATAM"};
constexpr std::array kMicrotenantNames{"Finance",  "Engineering", "Retail-EU", "Retail-US",
                                       "Research", "Operations",  "Legal",     "Partners"};

// Port ranges as ZPA sends them: flat from/to string pairs.
constexpr std::array<std::array<const char *, 4>, 10> kTcpPorts{{
    {"443", "443", nullptr, nullptr},
    {"443", "443", nullptr, nullptr},
    {"80", "80", "443", "443"},
    {"8000", "8080", nullptr, nullptr},
    {"22", "22", nullptr, nullptr},
    {"3389", "3389", nullptr, nullptr},
    {"5432", "5432", nullptr, nullptr},
    {"1433", "1433", "1434", "1434"},
    {"1", "65535", nullptr, nullptr},
    {"8443", "8443", "9000", "9100"},
}};
constexpr std::array<std::array<const char *, 4>, 4> kUdpPorts{{
    {"53", "53", nullptr, nullptr},
    {"3478", "3481", nullptr, nullptr},
    {"500", "500", "4500", "4500"},
    {"161", "162", nullptr, nullptr},
}};

template<typename Array> const auto &pick(QRandomGenerator &rng, const Array &array)
{
    return array[rng.bounded(static_cast<quint32>(array.size()))];
}

QJsonArray ports(const std::array<const char *, 4> &flat)
{
    QJsonArray out;
    for (const char *p : flat) {
        if (p)
            out.append(QString::fromLatin1(p));
    }
    return out;
}

QString haystackOf(const QJsonObject &o)
{
    return ZpaData::searchText(o);
}

// HTML-encodes what ZPA encodes in text fields (&, <, >, quotes), sometimes every
// punctuation character as &#x..; like the seed's "&#x2a;&#x2e;example&#x2e;com".
QString encoded(const QString &text, bool hexPunctuation)
{
    QString out;
    for (const QChar c : text) {
        if (hexPunctuation && !c.isLetterOrNumber() && c != u' ')
            out += u"&#x%1;"_s.arg(c.unicode(), 0, 16);
        else if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else if (c == u'"')
            out += u"&quot;"_s;
        else
            out += c;
    }
    return out;
}

struct Tenant
{
    QString id;
    QString name;
    QList<int> segmentGroups; // indexes into ZpaData::segmentGroups
    QList<int> serverGroups;
    int segments = 0;
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : rng(seed ^ 0x5a9a'2011u)
    {}

    QString nextId()
    {
        next += 1 + rng.bounded(17);
        return QString::number(next);
    }
    void stamp(QJsonObject *o)
    {
        const qint64 created = 1'600'000'000 + rng.bounded(100'000'000);
        o->insert(u"creationTime"_s, QString::number(created));
        o->insert(u"modifiedBy"_s, QString::number(216196257331281920LL + 1 + rng.bounded(40)));
        if (rng.bounded(10) < 7)
            o->insert(u"modifiedTime"_s, QString::number(created + rng.bounded(20'000'000)));
    }
    static void own(QJsonObject *o, const Tenant &tenant)
    {
        o->insert(u"microtenantId"_s, tenant.id);
        o->insert(u"microtenantName"_s, tenant.name);
    }

    QRandomGenerator rng;
    qint64 next = 216196257331290000LL;
};

} // namespace

QJsonArray ZpaData::seedSegments()
{
    return SeedSamples::document(SeedSamples::Sample::ZpaApplicationSegments)
        .object()
        .value("list"_L1)
        .toArray();
}

ZpaData ZpaData::generate(quint32 seed, const SimDataSizes &sizes)
{
    ZpaData data;
    Generator g(seed);
    const int total = std::max(0, sizes.zpaSegments);
    const QJsonArray samples = seedSegments();
    const int sampleCount = std::min(total, static_cast<int>(samples.size()));

    // Microtenants; Default ("0") is implicit and not listed.
    QList<Tenant> tenants{{u"0"_s, u"Default"_s, {}, {}, 0}};
    for (int i = 0; i < std::max(0, sizes.zpaMicrotenants); ++i) {
        const quint32 n = static_cast<quint32>(i);
        const QString name = n < kMicrotenantNames.size()
                                 ? QString::fromLatin1(kMicrotenantNames[n])
                                 : u"Microtenant %1"_s.arg(i + 1);
        QJsonObject o{
            {u"id"_s, g.nextId()},
            {u"name"_s, name},
            {u"description"_s, encoded(u"Microtenant for %1 & partners"_s.arg(name), false)},
            {u"enabled"_s, true},
            {u"criteriaAttribute"_s, u"AuthDomain"_s},
            {u"criteriaAttributeValues"_s, QJsonArray{u"%1.acme-corp.com"_s.arg(name.toLower())}},
            {u"operator"_s, u"AND"_s},
            {u"priority"_s, QString::number(i + 1)},
        };
        g.stamp(&o);
        const QString id = o.value("id"_L1).toString();
        data.microtenants.append({o, id, name.toLower()});
        data.m_microtenantIds.insert(id);
        tenants.append({id, name, {}, {}, 0});
    }

    // Which microtenant each generated segment lives in: Default holds about 40%.
    QList<int> tenantOf;
    tenantOf.reserve(total - sampleCount);
    for (int i = sampleCount; i < total; ++i) {
        int t = 0;
        if (tenants.size() > 1 && g.rng.bounded(10) >= 4)
            t = 1 + static_cast<int>(g.rng.bounded(static_cast<quint32>(tenants.size() - 1)));
        tenantOf.append(t);
        ++tenants[t].segments;
    }

    // The samples' groups, under the seed's shared id.
    if (sampleCount > 0) {
        for (const QJsonValue &sample : samples) {
            for (const QJsonValue &server : sample.toObject().value("serverGroups"_L1).toArray()) {
                const QJsonObject o = server.toObject();
                const QString name = o.value("name"_L1).toString();
                bool known = false;
                for (const ZpaRecord &r : std::as_const(data.serverGroups))
                    known = known || r.json.value("name"_L1).toString() == name;
                if (!known)
                    data.serverGroups.append({o, u"0"_s, name.toLower()});
            }
        }
        for (const char *name : {"SIPA", "ZPA"}) {
            const QString n = QString::fromLatin1(name);
            const QJsonObject o{{u"id"_s, u"7207654021241"_s},
                                {u"name"_s, n},
                                {u"enabled"_s, true},
                                {u"configSpace"_s, u"DEFAULT"_s},
                                {u"creationTime"_s, u"1613673769"_s},
                                {u"modifiedBy"_s, u"7207654021241"_s}};
            data.segmentGroups.append({o, u"0"_s, n.toLower()});
        }
    }

    // Segment and server groups of each microtenant.
    for (Tenant &tenant : tenants) {
        const int segmentGroups = std::clamp(2 + tenant.segments / 40, 2, 200);
        for (int i = 0; i < segmentGroups; ++i) {
            const QString dept = QString::fromLatin1(pick(g.rng, kDepartments));
            QString name =
                (dept.size() <= 2 ? dept.toUpper() : dept.at(0).toUpper() + dept.mid(1)) +
                u" apps"_s;
            if (i >= 4)
                name += u' ' + QString::number(i + 1);
            if (tenant.id != "0"_L1)
                name = tenant.name + u" - "_s + name;
            QJsonObject o{
                {u"id"_s, g.nextId()},
                {u"name"_s, name},
                {u"description"_s, encoded(u"Applications of %1 & co."_s.arg(dept), false)},
                {u"enabled"_s, g.rng.bounded(20) != 0},
                {u"configSpace"_s, u"DEFAULT"_s}};
            g.stamp(&o);
            Generator::own(&o, tenant);
            tenant.segmentGroups.append(static_cast<int>(data.segmentGroups.size()));
            data.segmentGroups.append({o, tenant.id, name.toLower()});
        }
        const int serverGroups = std::clamp(2 + tenant.segments / 100, 2, 100);
        for (int i = 0; i < serverGroups; ++i) {
            QString name = QString::fromLatin1(pick(g.rng, kRegions)) + u" connectors"_s;
            name += u' ' + QString::number(i + 1);
            if (tenant.id != "0"_L1)
                name = tenant.name + u" - "_s + name;
            const QString connectorGroupId = g.nextId();
            QJsonObject o{
                {u"id"_s, g.nextId()},
                {u"name"_s, name},
                {u"description"_s, QString()},
                {u"enabled"_s, true},
                {u"configSpace"_s, u"DEFAULT"_s},
                {u"dynamicDiscovery"_s, g.rng.bounded(4) != 0},
                {u"ipAnchored"_s, false},
                {u"appConnectorGroups"_s, QJsonArray{QJsonObject{{u"id"_s, connectorGroupId},
                                                                 {u"name"_s, name + u" group"_s},
                                                                 {u"enabled"_s, true}}}},
                {u"servers"_s, QJsonArray{}},
            };
            g.stamp(&o);
            Generator::own(&o, tenant);
            tenant.serverGroups.append(static_cast<int>(data.serverGroups.size()));
            data.serverGroups.append({o, tenant.id, name.toLower()});
        }
    }

    // The segments: the samples first, then the generated ones.
    data.segments.reserve(total);
    for (int i = 0; i < sampleCount; ++i) {
        const QJsonObject o = samples.at(i).toObject();
        data.segments.append({o, u"0"_s, haystackOf(o)});
    }
    for (int i = sampleCount; i < total; ++i) {
        const Tenant &tenant = tenants.at(tenantOf.at(i - sampleCount));
        const QString dept = QString::fromLatin1(pick(g.rng, kDepartments));
        const QString app = QString::fromLatin1(pick(g.rng, kApps));
        const QString number = QString::number(i).rightJustified(4, u'0');
        const QString name = u"%1-%2-%3"_s.arg(dept, app, number);

        QJsonArray domains;
        const int domainCount = 1 + static_cast<int>(g.rng.bounded(3));
        bool wildcard = false;
        for (int d = 0; d < domainCount; ++d) {
            if (d == 0 && g.rng.bounded(5) == 0) {
                domains.append(u"*.%1%2.acme-corp.internal"_s.arg(dept, number));
                wildcard = true;
            } else if (d == 0) {
                domains.append(u"%1%2.%3.acme-corp.com"_s.arg(app, number, dept));
            } else {
                domains.append(u"%1%2-%3.%4.acme-corp.net"_s.arg(app, number).arg(d).arg(dept));
            }
        }

        const Tenant &owner = tenant;
        const ZpaRecord &group = data.segmentGroups.at(owner.segmentGroups.at(
            static_cast<int>(g.rng.bounded(static_cast<quint32>(owner.segmentGroups.size())))));
        QJsonArray servers;
        const int serverCount = 1 + (g.rng.bounded(4) == 0 ? 1 : 0);
        for (int s = 0; s < serverCount && s < owner.serverGroups.size(); ++s) {
            const QJsonObject full =
                data.serverGroups.at(owner.serverGroups.at((i + s) % owner.serverGroups.size()))
                    .json;
            QJsonObject brief;
            for (const char *key : {"id", "creationTime", "modifiedBy", "name", "enabled",
                                    "configSpace", "dynamicDiscovery"})
                brief.insert(QLatin1StringView(key), full.value(QLatin1StringView(key)));
            servers.append(brief);
        }

        QJsonObject o{
            {u"id"_s, g.nextId()},
            {u"name"_s, name},
            {u"domainNames"_s, domains},
            {u"serverGroups"_s, servers},
            {u"enabled"_s, g.rng.bounded(10) != 0},
            {u"passiveHealthEnabled"_s, true},
            {u"doubleEncrypt"_s, false},
            {u"configSpace"_s, u"DEFAULT"_s},
            {u"bypassType"_s, u"NEVER"_s},
            {u"healthCheckType"_s, u"DEFAULT"_s},
            {u"isCnameEnabled"_s, true},
            {u"ipAnchored"_s, g.rng.bounded(6) == 0},
            {u"healthReporting"_s, u"ON_ACCESS"_s},
            {u"segmentGroupId"_s, group.json.value("id"_L1)},
            {u"segmentGroupName"_s, group.json.value("name"_L1)},
        };
        const quint32 protocols = g.rng.bounded(20);
        if (protocols != 0) // one in twenty is UDP only
            o.insert(u"tcpPortRanges"_s, ports(pick(g.rng, kTcpPorts)));
        if (protocols == 0 || protocols >= 17)
            o.insert(u"udpPortRanges"_s, ports(pick(g.rng, kUdpPorts)));
        const quint32 describe = g.rng.bounded(4);
        if (wildcard && describe == 0)
            o.insert(u"description"_s, encoded(domains.at(0).toString(), true));
        else if (describe == 1)
            o.insert(u"description"_s,
                     encoded(u"%1 for %2 & partners <%3>"_s.arg(app, dept, tenant.name), false));
        else if (describe == 2)
            o.insert(u"description"_s, u"%1 %2"_s.arg(dept, app));
        g.stamp(&o);
        Generator::own(&o, tenant);
        data.segments.append({o, tenant.id, haystackOf(o)});
    }
    return data;
}

QString ZpaData::searchText(const QJsonObject &o)
{
    QString text = o.value("name"_L1).toString();
    for (const QJsonValue &domain : o.value("domainNames"_L1).toArray())
        text += u'\n' + domain.toString();
    return text.toLower();
}

} // namespace zc::sim
