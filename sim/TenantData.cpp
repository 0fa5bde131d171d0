// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TenantData.h"

#include "SeedSamples.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <array>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

// Everything is drawn from one QRandomGenerator seeded with the tenant's seed, in a fixed
// order, so the same seed and sizes give the same tenant on every run and machine. Tables are
// plain C strings: no regular expression, no JSON, no per-record allocation beyond the
// record's own strings (100,000 users generate in well under a second).

constexpr std::array kFirstNames{
    "James",   "Mary",      "Robert",  "Patricia", "John",    "Jennifer",  "Michael", "Linda",
    "David",   "Elizabeth", "William", "Barbara",  "Richard", "Susan",     "Joseph",  "Jessica",
    "Thomas",  "Sarah",     "Charles", "Karen",    "Daniel",  "Lisa",      "Matthew", "Nancy",
    "Anthony", "Sandra",    "Mark",    "Ashley",   "Steven",  "Emily",     "Paul",    "Michelle",
    "Andrew",  "Amanda",    "Kevin",   "Melissa",  "Brian",   "Stephanie", "George",  "Rebecca",
    "Priya",   "Arjun",     "Wei",     "Mei",      "Hiroshi", "Yuki",      "Olga",    "Ivan",
    "Fatima",  "Omar",      "Lucas",   "Sofia",    "Mateo",   "Valentina", "Noah",    "Emma",
    "Liam",    "Olivia",    "Chloe",   "Lena",     "Jonas",   "Ines",      "Tomas",   "Aisha",
};

constexpr std::array kLastNames{
    "Smith",     "Johnson",  "Williams",  "Brown",   "Jones",    "Garcia",   "Miller",   "Davis",
    "Rodriguez", "Martinez", "Hernandez", "Lopez",   "Gonzalez", "Wilson",   "Anderson", "Thomas",
    "Taylor",    "Moore",    "Jackson",   "Martin",  "Lee",      "Perez",    "Thompson", "White",
    "Harris",    "Sanchez",  "Clark",     "Ramirez", "Lewis",    "Robinson", "Walker",   "Young",
    "Allen",     "King",     "Wright",    "Scott",   "Torres",   "Nguyen",   "Hill",     "Flores",
    "Green",     "Adams",    "Nelson",    "Baker",   "Hall",     "Rivera",   "Campbell", "Mitchell",
    "Carter",    "Roberts",  "Patel",     "Shah",    "Kumar",    "Chen",     "Wang",     "Tanaka",
    "Sato",      "Ivanova",  "Petrov",    "Muller",  "Schmidt",  "Fischer",  "Rossi",    "Ferrari",
    "Dubois",    "Moreau",   "Silva",     "Santos",  "Kowalski", "Novak",    "Haddad",   "Okafor",
    "Mensah",    "Larsen",   "Nielsen",   "OBrien",  "Murphy",
};

constexpr std::array kDepartments{
    "Engineering", "Sales",      "Marketing",        "Finance",  "Human Resources", "IT",
    "Legal",       "Operations", "Customer Support", "Research", "Facilities",      "Security",
};

struct Company
{
    const char *name;
    const char *domainLabel;
};
constexpr std::array kCompanies{
    Company{"Acme Corp", "acme"},
    Company{"Globex", "globex"},
    Company{"Initech", "initech"},
    Company{"Umbrella Health", "umbrella"},
    Company{"Stark Industries", "stark"},
    Company{"Wayne Enterprises", "wayne"},
    Company{"Hooli", "hooli"},
    Company{"Contoso", "contoso"},
};

constexpr std::array kGroupNames{
    "Engineering",      "Sales",          "Finance",          "IT Admins",      "Helpdesk",
    "VPN Users",        "Contractors",    "Executives",       "Remote Workers", "ZPA Pilot",
    "ZDX Pilot",        "Mobile Users",   "Marketing",        "Legal",          "Security Team",
    "Developers",       "Support Tier 1", "Support Tier 2",   "London Office",  "New York Office",
    "Bangalore Office", "Berlin Office",  "Sao Paulo Office", "Interns",        "Data Science",
};

// In the order the notes list them; "otp" first.
constexpr std::array kOtpKinds{
    "otp",
    "exitOtp",
    "logoutOtp",
    "uninstallOtp",
    "revertOtp",
    "ziaDisableOtp",
    "zpaDisableOtp",
    "zdxDisableOtp",
    "zdpDisableOtp",
    "antiTemperingDisableOtp",
    "deceptionSettingsOtp",
};

struct OsProfile
{
    int osType;
    std::array<const char *, 4> versions;
    std::array<const char *, 4> agents;
};
// 1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux
const OsProfile kIos{
    1, {"17.5.1", "18.1", "16.7.8", "17.6"}, {"3.7.1.3", "3.8.0.7", "3.8.0.7", "3.6.0.12"}};
const OsProfile kAndroid{
    2, {"14", "13", "15", "12"}, {"3.7.0.41", "3.8.0.32", "3.8.0.32", "3.6.1.20"}};
const OsProfile kWindows{
    3,
    {"Microsoft Windows 11 Enterprise;64 bit;amd64", "Microsoft Windows 10 Enterprise;64 bit;amd64",
     "Microsoft Windows 11 Pro;64 bit;amd64", "Microsoft Windows 11 Enterprise;64 bit;arm64"},
    {"4.4.0.389", "4.3.0.226", "4.5.0.290", "4.2.0.217"}};
const OsProfile kMac{4,
                     {"Version 14.5 (Build 23F79)", "Version 13.6.7 (Build 22G720)",
                      "Version 15.1 (Build 24B83)", "Version 14.6.1 (Build 23G93)"},
                     {"4.3.0.134", "4.2.0.229", "4.4.0.194", "4.4.0.194"}};
const OsProfile kLinux{
    5,
    {"Ubuntu 22.04.4 LTS", "Ubuntu 24.04 LTS", "Fedora Linux 40", "Red Hat Enterprise Linux 9.4"},
    {"3.7.1.20", "3.8.0.36", "3.8.0.36", "3.7.1.20"}};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : rng(seed)
    {}

    int below(int n) { return n <= 0 ? 0 : static_cast<int>(rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename Array> QString pick(const Array &array)
    {
        return QLatin1StringView(array[static_cast<size_t>(below(static_cast<int>(array.size())))]);
    }

    // 13 lower-case alphanumerics, unique within the tenant.
    QString zid()
    {
        static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (;;) {
            QString id(13, Qt::Uninitialized);
            QChar *out = id.data();
            for (int i = 0; i < 13; ++i)
                out[i] = QLatin1Char(alphabet[below(36)]);
            if (!usedIds.contains(id)) {
                usedIds.insert(id);
                return id;
            }
        }
    }

    QString hex(int digits, bool upper)
    {
        static constexpr char lower[] = "0123456789abcdef";
        static constexpr char upperDigits[] = "0123456789ABCDEF";
        QString s(digits, Qt::Uninitialized);
        QChar *out = s.data();
        for (int i = 0; i < digits; ++i)
            out[i] = QLatin1Char((upper ? upperDigits : lower)[below(16)]);
        return s;
    }

    QString upperAlnum(int length)
    {
        static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QString s(length, Qt::Uninitialized);
        QChar *out = s.data();
        for (int i = 0; i < length; ++i)
            out[i] = QLatin1Char(alphabet[below(36)]);
        return s;
    }

    QRandomGenerator rng;
    QSet<QString> usedIds;
};

// The seed document's sample user (sim/samples/zid-user.json), as user 0 and its
// identity provider.
SimUser seedUser()
{
    const QJsonObject record = SeedSamples::document(SeedSamples::Sample::ZidUser)
                                   .object()
                                   .value("records"_L1)
                                   .toArray()
                                   .first()
                                   .toObject();
    SimUser user;
    user.id = record.value("id"_L1).toString();
    user.loginName = record.value("loginName"_L1).toString();
    user.displayName = record.value("displayName"_L1).toString();
    user.primaryEmail = record.value("primaryEmail"_L1).toString();
    user.department = record.value("department"_L1).toObject().value("name"_L1).toString();
    user.active = record.value("status"_L1).toBool();
    user.source = record.value("source"_L1).toString();
    const QJsonObject idp = record.value("idp"_L1).toObject();
    user.idpId = idp.value("id"_L1).toString();
    user.idpName = idp.value("name"_L1).toString();
    return user;
}

QString firstWord(const QString &displayName)
{
    const qsizetype space = displayName.indexOf(u' ');
    return space < 0 ? displayName : displayName.left(space);
}

const OsProfile &pickOs(Generator &g)
{
    const int r = g.below(100);
    if (r < 55)
        return kWindows;
    if (r < 80)
        return kMac;
    if (r < 88)
        return kIos;
    if (r < 95)
        return kAndroid;
    return kLinux;
}

void fillDevice(Generator &g, SimDevice &device, const SimUser &user, const OsProfile &os,
                QSet<QString> &udids)
{
    for (;;) {
        device.udid = g.hex(8, true) + u'-' + g.hex(4, true) + u'-' + g.hex(4, true) + u'-' +
                      g.hex(4, true) + u'-' + g.hex(12, true);
        if (!udids.contains(device.udid)) {
            udids.insert(device.udid);
            break;
        }
    }
    device.osType = os.osType;
    device.osVersion = QLatin1StringView(os.versions[static_cast<size_t>(g.below(4))]);
    device.agentVersion = QLatin1StringView(os.agents[static_cast<size_t>(g.below(4))]);
    const QString first = firstWord(user.displayName);
    switch (os.osType) {
    case 3:
        device.hostname = (g.chance(65) ? u"LAPTOP-"_s : u"DESKTOP-"_s) + g.upperAlnum(7);
        device.manufacturer =
            g.chance(50) ? u"Dell Inc."_s : (g.chance(60) ? u"LENOVO"_s : u"HP"_s);
        device.model = device.manufacturer == "Dell Inc."_L1 ? u"Latitude 7440"_s
                       : device.manufacturer == "LENOVO"_L1  ? u"ThinkPad X1 Carbon Gen 11"_s
                                                             : u"EliteBook 840 G10"_s;
        break;
    case 4: {
        static constexpr std::array kinds{"MacBook-Pro", "MacBook-Air", "iMac"};
        device.hostname = first + u"s-"_s + g.pick(kinds);
        device.manufacturer = u"Apple Inc."_s;
        device.model = device.hostname.endsWith("iMac"_L1) ? u"iMac21,1"_s : u"MacBookPro18,3"_s;
        break;
    }
    case 5:
        device.hostname =
            g.chance(50) ? first.toLower() + u"-ubuntu"_s : u"dev-"_s + g.hex(4, false);
        device.manufacturer = u"LENOVO"_s;
        device.model = u"ThinkPad P16s"_s;
        break;
    case 1:
        device.hostname = first + (g.chance(80) ? u"'s iPhone"_s : u"'s iPad"_s);
        device.manufacturer = u"Apple Inc."_s;
        device.model = device.hostname.endsWith("iPad"_L1) ? u"iPad13,18"_s : u"iPhone15,2"_s;
        break;
    default:
        device.hostname = g.chance(50) ? u"Pixel 8"_s : first + u"'s Galaxy S23"_s;
        device.manufacturer = device.hostname.startsWith("Pixel"_L1) ? u"Google"_s : u"samsung"_s;
        device.model = device.hostname.startsWith("Pixel"_L1) ? u"Pixel 8"_s : u"SM-S911B"_s;
        break;
    }
    QString mac = g.hex(12, true);
    for (int i = 10; i > 0; i -= 2)
        mac.insert(i, u':');
    device.macAddress = mac;
}

} // namespace

TenantData TenantData::generate(quint32 seed, const SimDataSizes &sizes)
{
    return generate(seed, sizes, QDateTime::currentSecsSinceEpoch());
}

TenantData TenantData::generate(quint32 seed, const SimDataSizes &sizes, qint64 now)
{
    TenantData t;
    Generator g(seed);
    t.generatedAtEpoch = now;

    const Company &company = kCompanies[static_cast<size_t>(g.below(int(kCompanies.size())))];
    t.companyName = QLatin1StringView(company.name);
    t.emailDomain = QLatin1StringView(company.domainLabel) + u".example"_s;

    g.usedIds.reserve(std::max(0, sizes.users) + std::max(0, sizes.zidGroups) + 64);
    // The seed's identifiers are reserved so that no generated record takes them.
    const SimUser sample = seedUser();
    g.usedIds.insert(sample.id);
    g.usedIds.insert(sample.idpId);
    for (const char *department : kDepartments)
        t.departmentIds.insert(QLatin1StringView(department), g.zid());

    struct Idp
    {
        QString id;
        QString name;
    };
    const QList<Idp> idps{
        {sample.idpId, sample.idpName}, {g.zid(), u"Azure AD"_s}, {g.zid(), u"ZIdentity"_s}};

    // Groups first, so that users can name theirs.
    const int groupCount = std::max(0, sizes.zidGroups);
    t.groups.reserve(groupCount);
    for (int i = 0; i < groupCount; ++i) {
        SimGroup group;
        group.id = g.zid();
        group.name = i < int(kGroupNames.size())
                         ? QString(QLatin1StringView(kGroupNames[static_cast<size_t>(i)]))
                         : u"Project Team %1"_s.arg(i - int(kGroupNames.size()) + 1);
        group.description = u"Members of %1"_s.arg(group.name);
        group.source = g.chance(60) ? u"SCIM"_s : u"UI"_s;
        t.groups.append(group);
    }

    const int userCount = std::max(0, sizes.users);
    t.users.reserve(userCount);
    QHash<QString, int> loginBases;
    loginBases.reserve(userCount);
    for (int i = 0; i < userCount; ++i) {
        SimUser user;
        if (i == 0) {
            // The seed document's sample record, verbatim.
            user = sample;
        } else {
            const QString first = g.pick(kFirstNames);
            const QString last = g.pick(kLastNames);
            const QString base = first.toLower() + u'.' + last.toLower();
            const int n = ++loginBases[base];
            user.id = g.zid();
            user.loginName = (n == 1 ? base : base + QString::number(n)) + u'@' + t.emailDomain;
            user.displayName = first + u' ' + last;
            user.primaryEmail = user.loginName;
            if (!g.chance(8))
                user.department = g.pick(kDepartments);
            user.active = !g.chance(5);
            const int source = g.below(100);
            user.source = source < 60 ? u"SCIM"_s : source < 75 ? u"JIT"_s : u"UI"_s;
            const Idp &idp =
                user.source == "UI"_L1 && g.chance(50) ? idps.at(2) : idps.at(g.below(2));
            user.idpId = idp.id;
            user.idpName = idp.name;
        }
        user.zdxUserId = 8100000 + i * 7 + g.below(7);
        if (groupCount > 0) {
            const int memberships = g.chance(15) ? 3 : g.chance(40) ? 2 : 1;
            for (int m = 0; m < memberships; ++m) {
                const QString &groupId = t.groups.at(g.below(groupCount)).id;
                if (!user.groupIds.contains(groupId))
                    user.groupIds.append(groupId);
            }
        }
        t.users.append(std::move(user));
    }

    // The tenant's OTP kinds: always "otp", most of the others.
    QStringList tenantOtpKinds;
    for (const char *kind : kOtpKinds) {
        if (qstrcmp(kind, "otp") == 0 || g.chance(85))
            tenantOtpKinds.append(QLatin1StringView(kind));
    }
    if (tenantOtpKinds.size() < 9) {
        // Keep "most devices get 6 to 9 kinds" possible.
        for (const char *kind : kOtpKinds) {
            if (tenantOtpKinds.size() >= 9)
                break;
            if (!tenantOtpKinds.contains(QLatin1StringView(kind)))
                tenantOtpKinds.append(QLatin1StringView(kind));
        }
        QStringList ordered;
        for (const char *kind : kOtpKinds) {
            if (tenantOtpKinds.contains(QLatin1StringView(kind)))
                ordered.append(QLatin1StringView(kind));
        }
        tenantOtpKinds = ordered;
    }

    // Devices: user 0 (the seed's) has two, user 1 one; the rest go to random users, at most
    // three each while that is possible, so that some users have 2 or 3 and some none.
    const int deviceCount = userCount == 0 ? 0 : std::max(0, sizes.devices);
    t.devices.reserve(deviceCount);
    QList<int> perUser(userCount, 0);
    QSet<QString> udids;
    udids.reserve(deviceCount);
    const bool capPossible = deviceCount <= userCount * 3;
    for (int d = 0; d < deviceCount; ++d) {
        int owner;
        if (d < 2 || userCount <= 2) {
            owner = userCount <= 2 ? d % userCount : 0;
        } else if (d == 2) {
            owner = 1;
        } else {
            owner = 2 + g.below(userCount - 2);
            for (int attempt = 0; capPossible && perUser.at(owner) >= 3 && attempt < 16; ++attempt)
                owner = 2 + g.below(userCount - 2);
        }
        ++perUser[owner];
        SimDevice device;
        device.userIndex = owner;
        const OsProfile &os = d == 0 ? kWindows : d == 1 ? kIos : d == 2 ? kMac : pickOs(g);
        fillDevice(g, device, t.users.at(owner), os, udids);
        const int state = g.below(100);
        device.registrationState = d < 3        ? 1
                                   : state < 88 ? 1
                                   : state < 92 ? 2
                                   : state < 95 ? 3
                                   : state < 97 ? 4
                                                : 5;
        if (device.registrationState == 1 || device.registrationState == 5)
            device.lastSeenEpoch = now - g.below(7 * 24 * 3600);
        else
            device.lastSeenEpoch = now - (10 + g.below(110)) * 24 * 3600 - g.below(24 * 3600);
        device.registeredEpoch = device.lastSeenEpoch - (30 + g.below(670)) * qint64(24 * 3600);
        device.zdxDeviceId = 70000000 + d * 17 + g.below(17);

        // Most devices get 6 to 9 of the tenant's kinds (always "otp"); older clients fewer.
        const int wanted = g.chance(90) ? 6 + g.below(4) : 3 + g.below(3);
        QList<int> notTaken; // indexes into tenantOtpKinds; "otp" (0) is always taken
        for (int k = 1; k < tenantOtpKinds.size(); ++k)
            notTaken.append(k);
        for (int taken = 1; taken < wanted && !notTaken.isEmpty(); ++taken)
            notTaken.removeAt(g.below(int(notTaken.size())));
        QStringList ordered{u"otp"_s};
        for (int k = 1; k < tenantOtpKinds.size(); ++k) {
            if (!notTaken.contains(k))
                ordered.append(tenantOtpKinds.at(k));
        }
        device.otpKinds = ordered;
        if (device.otpKinds.size() > 1 && g.chance(12))
            device.emptyOtpKinds.append(
                device.otpKinds.at(1 + g.below(int(device.otpKinds.size()) - 1)));
        t.devices.append(std::move(device));
    }

    t.index();
    return t;
}

void TenantData::index()
{
    // Unique across every TenantData of the process: a cache never mistakes one for another.
    static std::atomic<quint64> lastRevision{0};
    m_revision = ++lastRevision;
    m_userByLogin.clear();
    m_userById.clear();
    m_deviceByUdid.clear();
    m_deviceByZdxId.clear();
    m_groupById.clear();
    m_usersByGroup.clear();
    m_devicesByUser = QList<QList<int>>(users.size());
    m_userByLogin.reserve(users.size());
    m_userById.reserve(users.size());
    for (int i = 0; i < users.size(); ++i) {
        const SimUser &user = users.at(i);
        m_userByLogin.insert(user.loginName.toLower(), i);
        m_userById.insert(user.id, i);
        for (const QString &groupId : user.groupIds)
            m_usersByGroup[groupId].append(i);
    }
    for (int i = 0; i < groups.size(); ++i)
        m_groupById.insert(groups.at(i).id, i);
    m_deviceByUdid.reserve(devices.size());
    m_deviceByZdxId.reserve(devices.size());
    for (int i = 0; i < devices.size(); ++i) {
        const SimDevice &device = devices.at(i);
        m_deviceByUdid.insert(device.udid.toLower(), i);
        m_deviceByZdxId.insert(device.zdxDeviceId, i);
        if (device.userIndex >= 0 && device.userIndex < m_devicesByUser.size())
            m_devicesByUser[device.userIndex].append(i);
    }
}

const SimUser *TenantData::userByLogin(const QString &login) const
{
    const auto it = m_userByLogin.constFind(login.toLower());
    return it == m_userByLogin.constEnd() ? nullptr : &users.at(it.value());
}

const SimDevice *TenantData::deviceByUdid(const QString &udid) const
{
    const auto it = m_deviceByUdid.constFind(udid.toLower());
    return it == m_deviceByUdid.constEnd() ? nullptr : &devices.at(it.value());
}

const SimDevice *TenantData::deviceByZdxId(int zdxDeviceId) const
{
    const auto it = m_deviceByZdxId.constFind(zdxDeviceId);
    return it == m_deviceByZdxId.constEnd() ? nullptr : &devices.at(it.value());
}

QList<int> TenantData::devicesOfUser(int userIndex) const
{
    return userIndex >= 0 && userIndex < m_devicesByUser.size() ? m_devicesByUser.at(userIndex)
                                                                : QList<int>();
}

const SimUser *TenantData::userById(const QString &id) const
{
    const int index = userIndexById(id);
    return index < 0 ? nullptr : &users.at(index);
}

int TenantData::userIndexById(const QString &id) const
{
    return m_userById.value(id, -1);
}

const SimGroup *TenantData::groupById(const QString &id) const
{
    const auto it = m_groupById.constFind(id);
    return it == m_groupById.constEnd() ? nullptr : &groups.at(it.value());
}

QList<int> TenantData::usersOfGroup(const QString &groupId) const
{
    return m_usersByGroup.value(groupId);
}

} // namespace zc::sim
