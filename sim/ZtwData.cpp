// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZtwData.h"

#include "SeedSamples.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <random>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

// Deterministic across platforms: mt19937's sequence is specified, and only its raw output
// is used (the standard distributions differ between library implementations).
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed ^ 0x27d4eb2dU)
    {}
    quint32 next() { return static_cast<quint32>(m_engine()); }
    int below(int n) { return static_cast<int>(next() % static_cast<quint32>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    QString hex(int length)
    {
        QString s;
        for (int i = 0; i < length; ++i)
            s.append(QLatin1Char("0123456789abcdef"[below(16)]));
        return s;
    }
    QString alnum(int length)
    {
        static constexpr char chars[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        QString s;
        for (int i = 0; i < length; ++i)
            s.append(QLatin1Char(chars[below(static_cast<int>(sizeof(chars) - 1))]));
        return s;
    }

private:
    std::mt19937 m_engine;
};

struct Region
{
    const char *platform;
    const char *region;   // as in names: "us-east-1", "eastus", "us-central1"
    const char *zoneKey;  // the group member naming the zone
    const char *zones[3]; // values of that member
    const char *zoneSuffix[3];
    int cityGeoId;
};

constexpr std::array<Region, 9> kRegions{{
    {"AWS",
     "us-east-1",
     "awsAvailabilityZone",
     {"US_EAST_1A", "US_EAST_1B", "US_EAST_1C"},
     {"a", "b", "c"},
     4744709},
    {"AWS",
     "eu-central-1",
     "awsAvailabilityZone",
     {"EU_CENTRAL_1A", "EU_CENTRAL_1B", "EU_CENTRAL_1C"},
     {"a", "b", "c"},
     2925533},
    {"AWS",
     "ap-southeast-2",
     "awsAvailabilityZone",
     {"AP_SOUTHEAST_2A", "AP_SOUTHEAST_2B", "AP_SOUTHEAST_2C"},
     {"a", "b", "c"},
     2147714},
    {"AZURE", "eastus", "azureAvailabilityZone", {"1", "2", "3"}, {"1", "2", "3"}, 4744709},
    {"AZURE", "westeurope", "azureAvailabilityZone", {"1", "2", "3"}, {"1", "2", "3"}, 2759794},
    {"AZURE", "uksouth", "azureAvailabilityZone", {"1", "2", "3"}, {"1", "2", "3"}, 2643743},
    {"GCP",
     "us-central1",
     "gcpAvailabilityZone",
     {"US_CENTRAL1_A", "US_CENTRAL1_B", "US_CENTRAL1_C"},
     {"a", "b", "c"},
     4853423},
    {"GCP",
     "europe-west1",
     "gcpAvailabilityZone",
     {"EUROPE_WEST1_B", "EUROPE_WEST1_C", "EUROPE_WEST1_D"},
     {"b", "c", "d"},
     2800866},
    {"GCP",
     "asia-east1",
     "gcpAvailabilityZone",
     {"ASIA_EAST1_A", "ASIA_EAST1_B", "ASIA_EAST1_C"},
     {"a", "b", "c"},
     1668341},
}};

constexpr std::array<const char *, 5> kBuilds{"346637", "351422", "355810", "358207", "361094"};
constexpr std::array<const char *, 3> kFormFactors{"SMALL", "MEDIUM", "LARGE"};

QJsonObject network(Random &random, qint64 *nextId, const QString &ip, const QString &gateway,
                    const QString &dns, const QString &netmask)
{
    const qint64 dnsId = (*nextId)++;
    const qint64 id = (*nextId)++;
    return QJsonObject{
        {u"id"_s, id},
        {u"ipStart"_s, ip},
        {u"ipEnd"_s, u"0.0.0.0"_s},
        {u"netmask"_s, netmask},
        {u"defaultGateway"_s, gateway},
        {u"nwType"_s, random.chance(85) ? u"AUTOMATIC"_s : u"MANUAL"_s},
        {u"dns"_s, QJsonObject{{u"id"_s, dnsId},
                               {u"ips"_s, QJsonArray{dns}},
                               {u"dnsType"_s, u"AUTOMATIC"_s}}},
    };
}

QString publicIp(Random &random)
{
    static constexpr std::array<int, 6> firsts{3, 13, 18, 34, 52, 54};
    return u"%1.%2.%3.%4"_s.arg(firsts[static_cast<size_t>(random.below(6))])
        .arg(random.below(256))
        .arg(random.below(256))
        .arg(random.between(1, 254));
}

QJsonObject generatedGroup(Random &random, qint64 *nextId)
{
    const Region &region =
        kRegions[static_cast<size_t>(random.below(static_cast<int>(kRegions.size())))];
    const int zone = random.below(3);
    const QString platform = QString::fromLatin1(region.platform);
    const QString regionName = QString::fromLatin1(region.region);
    const bool aws = platform == "AWS"_L1;
    const QString netName =
        aws ? u"vpc-0"_s + random.hex(16)
            : (platform == "AZURE"_L1 ? u"vnet-"_s + random.hex(8) : u"net-"_s + random.hex(8));
    // As in the seed: "us-west-2a" on AWS; "eastus-1" and "us-central1-a" elsewhere.
    const QString zoneName =
        regionName + (aws ? QString() : u"-"_s) + QString::fromLatin1(region.zoneSuffix[zone]);
    const QString name = u"zs-cc-%1-%2"_s.arg(netName, zoneName);
    // One call per draw: the order in which function arguments are evaluated is unspecified.
    const QString image = random.hex(aws ? 16 : 12);
    const QString machine = random.hex(aws ? 16 : 12);
    const QString source =
        aws ? u"ami-0%1_i-0%2"_s.arg(image, machine) : u"image-%1_vm-%2"_s.arg(image, machine);
    const qint64 groupId = (*nextId)++;
    const qint64 locationId = (*nextId)++;
    const QJsonObject template_{
        {u"id"_s, aws ? 316001 : (platform == "AZURE"_L1 ? 316002 : 316003)},
        {u"name"_s, aws ? u"aws-zwlc-id"_s
                        : (platform == "AZURE"_L1 ? u"azure-cc-template"_s : u"gcp-cc-template"_s)},
    };
    const int subnet = random.between(1, 250);
    const QString gateway = u"10.%1.200.1"_s.arg(subnet);
    const QString dns = aws ? u"10.%1.0.2"_s.arg(subnet) : u"168.63.129.16"_s;
    const QString build = QString::fromLatin1(
        kBuilds[static_cast<size_t>(random.below(static_cast<int>(kBuilds.size())))]);

    QJsonArray vms;
    const int vmCount = random.between(1, 3);
    for (int v = 0; v < vmCount; ++v) {
        const qint64 vmId = (*nextId)++;
        const QString vmName = u"%1-VM-%2"_s.arg(name, random.alnum(5));
        const bool active = random.chance(70);
        QJsonArray instances;
        const int instanceCount = random.between(1, 2);
        const QString natIp = publicIp(random);
        for (int i = 0; i < instanceCount; ++i) {
            const qint64 instanceId = (*nextId)++;
            const QString flags = active || random.chance(60) ? u"REGISTERED"_s : u"UNREGISTERED"_s;
            instances.append(QJsonObject{
                {u"id"_s, instanceId},
                {u"name"_s, u"%1_INSTANCE_%2_%3"_s.arg(vmName).arg(i + 1).arg(random.alnum(5))},
                {u"flags"_s, flags},
                {u"ecInstanceType"_s, u"SME"_s},
                {u"registerTime"_s, 0},
                {u"natIp"_s, natIp},
                {u"serviceNw"_s,
                 network(random, nextId, u"10.%1.200.%2"_s.arg(subnet).arg(random.between(10, 250)),
                         gateway, dns, u"255.255.255.0"_s)},
                {u"virtualNw"_s,
                 network(random, nextId, u"0.0.0.0"_s, u"0.0.0.0"_s, u"0.0.0.0"_s, u"0.0.0.0"_s)},
            });
        }
        // Most VMs of a group run the group's build; some lag one behind after an upgrade.
        const QString vmBuild =
            random.chance(80)
                ? build
                : QString::fromLatin1(
                      kBuilds[static_cast<size_t>(random.below(static_cast<int>(kBuilds.size())))]);
        const int lastUpgrade = 1670000000 + random.below(20000000);
        vms.append(QJsonObject{
            {u"id"_s, vmId},
            {u"name"_s, vmName},
            {u"status"_s, random.chance(80) ? QJsonArray{u"REGISTERED"_s, u"PKG_REPO_REGISTERED"_s}
                                            : QJsonArray{u"REGISTERED"_s}},
            {u"operationalStatus"_s, active ? u"ACTIVE"_s : u"INACTIVE"_s},
            {u"provTemplate"_s, template_},
            {u"formFactor"_s,
             QString::fromLatin1(kFormFactors[static_cast<size_t>(random.below(3))])},
            {u"managementNw"_s,
             network(random, nextId, u"10.%1.200.%2"_s.arg(subnet).arg(random.between(10, 250)),
                     gateway, dns, u"255.255.255.0"_s)},
            {u"ecInstances"_s, instances},
            {u"cityGeoId"_s, region.cityGeoId},
            {u"natIp"_s, natIp},
            {u"ziaGateway"_s,
             u"165.225.%1.%2"_s.arg(random.below(256)).arg(random.between(1, 254))},
            {u"zpaBroker"_s, u"%1.%2.%3"_s.arg(random.chance(50) ? u"136.226"_s : u"165.225"_s)
                                 .arg(random.below(256))
                                 .arg(random.between(1, 254))},
            {u"buildVersion"_s, vmBuild},
            {u"lastUpgradeTime"_s, lastUpgrade},
            {u"upgradeStatus"_s, 0},
            {u"upgradeStartTime"_s, 0},
            {u"upgradeEndTime"_s, 7200},
            {u"upgradeDayOfWeek"_s, random.between(1, 7)},
            {u"haStatus"_s, vmCount > 1 ? u"ENABLED"_s : u"DISABLED"_s},
        });
    }

    QJsonObject group{
        {u"id"_s, groupId},
        {u"name"_s, name},
        {u"desc"_s, u"Auto created from "_s + source},
        {u"deployType"_s, u"CLOUD"_s},
        {u"status"_s, QJsonArray{u"CLOUD"_s}},
        {u"platform"_s, platform},
        {QString::fromLatin1(region.zoneKey), QString::fromLatin1(region.zones[zone])},
        {u"location"_s,
         QJsonObject{{u"id"_s, locationId}, {u"name"_s, u"%1-%2"_s.arg(regionName, netName)}}},
        {u"maxEcCount"_s, random.chance(30) ? random.between(2, 4) : 0},
        {u"provTemplate"_s, template_},
        {u"tunnelMode"_s, u"UNENCRYPTED"_s},
        {u"ecVMs"_s, vms},
    };
    return group;
}

} // namespace

QJsonArray ZtwData::seedGroups()
{
    return SeedSamples::document(SeedSamples::Sample::ZtwEcGroups).array();
}

QJsonArray ZtwData::generateGroups(quint32 seed, int count)
{
    QJsonArray groups;
    if (count <= 0)
        return groups;
    const QJsonArray fromSeed = seedGroups();
    for (qsizetype i = 0; i < fromSeed.size() && groups.size() < count; ++i)
        groups.append(fromSeed.at(i));
    Random random(seed);
    qint64 nextId = 64100000;
    while (groups.size() < count)
        groups.append(generatedGroup(random, &nextId));
    return groups;
}

} // namespace zc::sim
