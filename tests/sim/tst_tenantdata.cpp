// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator's shared people and machines: deterministic, the seed's sample user verbatim
// as user 0, realistic spreads, and fast at benchmark sizes.
#include "SeedSampleFiles.h"
#include "TenantData.h"
#include "ZidRoutes.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;

namespace {

constexpr qint64 kNow = 1'760'000'000;

QString describe(const SimUser &u)
{
    return QStringList{u.id,
                       u.loginName,
                       u.displayName,
                       u.primaryEmail,
                       u.department,
                       u.active ? u"1"_s : u"0"_s,
                       u.source,
                       u.idpId,
                       u.idpName,
                       QString::number(u.zdxUserId),
                       u.groupIds.join(u',')}
        .join(u'|');
}

QString describe(const SimDevice &d)
{
    return QStringList{d.udid,
                       QString::number(d.userIndex),
                       d.hostname,
                       QString::number(d.osType),
                       d.osVersion,
                       d.agentVersion,
                       QString::number(d.registrationState),
                       QString::number(d.lastSeenEpoch),
                       d.macAddress,
                       QString::number(d.zdxDeviceId),
                       d.otpKinds.join(u','),
                       d.emptyOtpKinds.join(u',')}
        .join(u'|');
}

bool isZid(const QString &id)
{
    if (id.size() != 13)
        return false;
    for (QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

} // namespace

class TestTenantData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deterministic()
    {
        const SimDataSizes sizes;
        const TenantData a = TenantData::generate(7, sizes, kNow);
        const TenantData b = TenantData::generate(7, sizes, kNow);
        QCOMPARE(a.users.size(), sizes.users);
        QCOMPARE(a.devices.size(), sizes.devices);
        QCOMPARE(a.groups.size(), sizes.zidGroups);
        QCOMPARE(a.companyName, b.companyName);
        for (int i = 0; i < a.users.size(); ++i)
            QCOMPARE(describe(a.users.at(i)), describe(b.users.at(i)));
        for (int i = 0; i < a.devices.size(); ++i)
            QCOMPARE(describe(a.devices.at(i)), describe(b.devices.at(i)));
        for (int i = 0; i < a.groups.size(); ++i)
            QCOMPARE(a.groups.at(i).id + a.groups.at(i).name,
                     b.groups.at(i).id + b.groups.at(i).name);

        const TenantData other = TenantData::generate(8, sizes, kNow);
        QVERIFY(describe(other.users.at(1)) != describe(a.users.at(1)));
        QVERIFY(describe(other.devices.at(5)) != describe(a.devices.at(5)));
    }

    void seedUserIsUserZeroVerbatim()
    {
        const TenantData t = TenantData::generate(3, {}, kNow);
        const SimUser &u = t.users.at(0);
        QCOMPARE(u.loginName, u"bbb@bbc.com"_s);
        QCOMPARE(u.displayName, u"ad"_s);
        QCOMPARE(u.id, u"ihv1284ang34c"_s);
        const QJsonObject expected = zc::test::seedUserRecord();
        QCOMPARE(ZidRoutes::userRecord(t, u), expected);
        QCOMPARE(t.userByLogin(u"BBB@bbc.com"_s), &t.users.at(0));
        QCOMPARE(t.userById(u"ihv1284ang34c"_s), &t.users.at(0));
    }

    void realisticPeople()
    {
        const TenantData t = TenantData::generate(11, {}, kNow);
        QSet<QString> ids;
        QSet<QString> logins;
        int withDepartment = 0;
        for (int i = 0; i < t.users.size(); ++i) {
            const SimUser &u = t.users.at(i);
            QVERIFY2(isZid(u.id), qPrintable(u.id));
            QVERIFY(!ids.contains(u.id));
            ids.insert(u.id);
            QVERIFY(!logins.contains(u.loginName.toLower()));
            logins.insert(u.loginName.toLower());
            if (i > 0) {
                QVERIFY2(u.loginName.endsWith(u'@' + t.emailDomain), qPrintable(u.loginName));
                QVERIFY(u.loginName.contains(u'.'));
                QVERIFY(u.displayName.contains(u' '));
                QVERIFY(isZid(u.idpId));
            }
            withDepartment += u.department.isEmpty() ? 0 : 1;
            QCOMPARE(t.userByLogin(u.loginName), &u);
        }
        QVERIFY(withDepartment > t.users.size() / 2);
        QVERIFY(withDepartment < t.users.size());
        for (const SimGroup &g : t.groups) {
            QVERIFY(isZid(g.id));
            QVERIFY(!ids.contains(g.id));
        }
    }

    void devicesSpreadOverUsers()
    {
        const TenantData t = TenantData::generate(5, {}, kNow);
        QCOMPARE(t.devicesOfUser(0).size(), 2); // the seed's user: two devices (otp --user test)
        QCOMPARE(t.devicesOfUser(1).size(), 1);
        int none = 0;
        int several = 0;
        for (int i = 0; i < t.users.size(); ++i) {
            const qsizetype n = t.devicesOfUser(i).size();
            none += n == 0 ? 1 : 0;
            several += n >= 2 ? 1 : 0;
            QVERIFY(n <= 3);
        }
        QVERIFY(none > 0);
        QVERIFY(several > 0);

        QSet<int> states;
        QSet<int> osTypes;
        QSet<QString> udids;
        int typicalOtps = 0;
        const QStringList known{u"otp"_s,
                                u"exitOtp"_s,
                                u"logoutOtp"_s,
                                u"uninstallOtp"_s,
                                u"revertOtp"_s,
                                u"ziaDisableOtp"_s,
                                u"zpaDisableOtp"_s,
                                u"zdxDisableOtp"_s,
                                u"zdpDisableOtp"_s,
                                u"antiTemperingDisableOtp"_s,
                                u"deceptionSettingsOtp"_s};
        bool someEmpty = false;
        for (const SimDevice &d : t.devices) {
            states.insert(d.registrationState);
            osTypes.insert(d.osType);
            QVERIFY(!udids.contains(d.udid));
            udids.insert(d.udid);
            QCOMPARE(t.deviceByUdid(d.udid.toLower()), &d);
            QCOMPARE(t.deviceByZdxId(d.zdxDeviceId), &d);
            QVERIFY(!d.hostname.isEmpty());
            QCOMPARE(d.macAddress.size(), 17);
            QVERIFY(d.lastSeenEpoch <= kNow && d.lastSeenEpoch > kNow - 200 * 86400);
            QCOMPARE(d.otpKinds.first(), u"otp"_s);
            for (const QString &kind : d.otpKinds)
                QVERIFY2(known.contains(kind), qPrintable(kind));
            typicalOtps += d.otpKinds.size() >= 6 && d.otpKinds.size() <= 9 ? 1 : 0;
            someEmpty = someEmpty || !d.emptyOtpKinds.isEmpty();
        }
        QVERIFY(typicalOtps > t.devices.size() * 3 / 4);
        QVERIFY(someEmpty);
        for (int state : {1, 2, 3, 5})
            QVERIFY2(states.contains(state), qPrintable(QString::number(state)));
        QCOMPARE(osTypes.size(), 5);
    }

    void emptyTenant()
    {
        SimDataSizes sizes;
        sizes.users = 0;
        sizes.zidGroups = 0;
        const TenantData t = TenantData::generate(1, sizes, kNow);
        QVERIFY(t.users.isEmpty());
        QVERIFY(t.devices.isEmpty()); // devices need owners
        QVERIFY(t.groups.isEmpty());
        QCOMPARE(t.userByLogin(u"bbb@bbc.com"_s), nullptr);
    }

    void benchmarkSizesAreFast()
    {
        SimDataSizes sizes;
        sizes.users = 100'000;
        sizes.devices = 5'000;
        sizes.zidGroups = 200;
        QElapsedTimer timer;
        timer.start();
        const TenantData t = TenantData::generate(42, sizes);
        qInfo("100,000 users, 5,000 devices, 200 groups generated in %lld ms", timer.elapsed());
        QCOMPARE(t.users.size(), 100'000);
        QCOMPARE(t.devices.size(), 5'000);
        QCOMPARE(t.users.at(0).loginName, u"bbb@bbc.com"_s);
        QSet<QString> logins;
        for (const SimUser &u : t.users)
            logins.insert(u.loginName.toLower());
        QCOMPARE(logins.size(), 100'000);
        qsizetype members = 0;
        for (const SimGroup &g : t.groups)
            members += t.usersOfGroup(g.id).size();
        QVERIFY(members >= 100'000);
    }
};

QTEST_GUILESS_MAIN(TestTenantData)
#include "tst_tenantdata.moc"
