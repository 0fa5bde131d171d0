// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The CLI's listings print the GUI's columns: for every listing a view also shows, the real
// zconsole-cli binary against an in-process simulator prints the model's column keys as the
// CSV header and the model's titles as the table header (plus the members scripts pass on);
// and the CSV that scripts read is the same in every locale and time zone.
#include "CliRunner.h"
#include "SimFixture.h"
#include "TenantData.h"
#include "common/RecordExporter.h"
#include "zcc/DeviceModel.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/ZdxDeviceModel.h"
#include "zia/UrlLookupResultModel.h"
#include "zid/ZidListModels.h"
#include "zpa/AppSegmentModel.h"
#include "zpa/MicrotenantModel.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::RecordColumn;
using zc::test::CliRun;

namespace {

zc::sim::SimOptions options()
{
    zc::sim::SimOptions o;
    o.sizes.users = 40;
    o.sizes.devices = 20;
    o.sizes.zpaSegments = 10;
    o.sizes.zpaMicrotenants = 2;
    o.enforceRateLimits = false; // many short runs; the limits are not what this test is about
    return o;
}

QStringList keysOf(const QList<RecordColumn> &columns)
{
    QStringList keys;
    for (const RecordColumn &column : columns)
        keys << column.key;
    return keys;
}

QStringList titlesOf(const QList<RecordColumn> &columns)
{
    QStringList titles;
    for (const RecordColumn &column : columns)
        titles << column.title();
    return titles;
}

// The first line of a table, cut where two or more spaces separate its titles.
QStringList tableTitles(const QByteArray &out)
{
    const QString first = QString::fromUtf8(out.left(out.indexOf('\n')));
    return first.trimmed().split(QRegularExpression(u" {2,}"_s));
}

} // namespace

class TestCliColumns : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_sim{options()};
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim};

    const zc::sim::TenantData &tenant() { return m_sim.server().tenantData(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qUtf8Printable(error));
    }

    void listingsPrintTheViewsColumns_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("titles");

        // The view's columns, then what scripts pass on and the view hides (titled as keys).
        const auto row = [](const char *name, const QStringList &args,
                            const QList<RecordColumn> &view, const QStringList &appended = {}) {
            QTest::newRow(name) << args << keysOf(view) + appended << titlesOf(view) + appended;
        };
        const QString zdxDevice = QString::number(tenant().devices.at(0).zdxDeviceId);
        row("zid users", {u"zid"_s, u"users"_s}, zc::UserModel::userColumns(), {u"id"_s});
        row("zid groups", {u"zid"_s, u"groups"_s}, zc::GroupModel::groupColumns());
        row("zcc devices", {u"zcc"_s, u"devices"_s}, zc::DeviceModel::deviceColumns());
        row("zdx devices", {u"zdx"_s, u"devices"_s}, zc::ZdxDeviceModel::deviceColumns());
        row("zdx trace list", {u"zdx"_s, u"trace"_s, u"list"_s, u"--device"_s, zdxDevice},
            zc::DeepTraceModel::traceColumns());
        row("zia url-lookup", {u"zia"_s, u"url-lookup"_s, u"facebook.com"_s},
            zc::UrlLookupResultModel::lookupColumns());
        row("zpa segments", {u"zpa"_s, u"segments"_s}, zc::AppSegmentModel::segmentColumns());
        row("zpa microtenants", {u"zpa"_s, u"microtenants"_s},
            zc::MicrotenantModel::microtenantColumns(true));
    }

    void listingsPrintTheViewsColumns()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, titles);

        const CliRun csv = m_cli.run(QStringList{u"--format"_s, u"csv"_s} + args);
        QVERIFY2(csv.exitCode == 0, describe(csv).constData());
        const QString header = QString::fromUtf8(csv.out.left(csv.out.indexOf("\r\n")));
        QCOMPARE(header.split(u','), keys);

        const CliRun table = m_cli.run(QStringList{u"--format"_s, u"table"_s} + args);
        QVERIFY2(table.exitCode == 0, describe(table).constData());
        QCOMPARE(tableTitles(table.out), titles);
    }

    // Scripts read ISO dates in UTC and the API's codes whatever the locale and the time zone;
    // people read their own date format in the table.
    void csvIsTheSameInEveryLocale()
    {
        const auto runIn = [this](const QString &locale, const QString &zone,
                                  const QString &format) {
            QProcessEnvironment env = m_cli.environment();
            env.insert(u"LC_ALL"_s, locale);
            env.insert(u"LANG"_s, locale);
            env.insert(u"TZ"_s, zone);
            return m_cli.run({u"--format"_s, format, u"zcc"_s, u"devices"_s}, env);
        };
        const CliRun english = runIn(u"en_US.UTF-8"_s, u"UTC"_s, u"csv"_s);
        const CliRun german = runIn(u"de_DE.UTF-8"_s, u"Asia/Tokyo"_s, u"csv"_s);
        QVERIFY2(english.exitCode == 0, describe(english).constData());
        QVERIFY2(german.exitCode == 0, describe(german).constData());
        QCOMPARE(german.out, english.out);

        // The first device, as the simulator holds it.
        const zc::sim::SimDevice &device = tenant().devices.at(0);
        const QList<QByteArray> lines = english.out.split('\n');
        const QStringList keys =
            QString::fromUtf8(lines.value(0)).trimmed().split(u','); // no commas in the keys
        QString row;
        for (const QByteArray &line : lines) {
            if (line.contains(device.udid.toUtf8()))
                row = QString::fromUtf8(line).trimmed();
        }
        QVERIFY2(!row.isEmpty(), describe(english).constData());
        const QString lastSeen =
            QDateTime::fromSecsSinceEpoch(device.lastSeenEpoch, Qt::UTC).toString(Qt::ISODate);
        QVERIFY2(lastSeen.endsWith(u'Z'), qUtf8Printable(lastSeen));
        QVERIFY2(row.contains(u',' + lastSeen + u','), qUtf8Printable(row));
        QCOMPARE(keys.indexOf(u"last_seen_time"_s), keys.size() - 2);
        QVERIFY2(row.endsWith(u',' + device.udid), qUtf8Printable(row));
        QVERIFY2(row.startsWith(device.hostname + u','), qUtf8Printable(row));
        QVERIFY2(row.contains(u',' + device.agentVersion + u','), qUtf8Printable(row));

        // The tables show each locale's own date format, so they differ.
        const CliRun englishTable = runIn(u"en_US.UTF-8"_s, u"UTC"_s, u"table"_s);
        const CliRun germanTable = runIn(u"de_DE.UTF-8"_s, u"Asia/Tokyo"_s, u"table"_s);
        QVERIFY2(englishTable.exitCode == 0, describe(englishTable).constData());
        QVERIFY2(germanTable.exitCode == 0, describe(germanTable).constData());
        QVERIFY(englishTable.out != germanTable.out);
        QVERIFY2(englishTable.out.contains("Registered"), describe(englishTable).constData());
        QVERIFY(!englishTable.out.contains(lastSeen.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliColumns)
#include "tst_clicolumns.moc"
