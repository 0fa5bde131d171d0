// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The zdx commands of the real zconsole-cli binary against an in-process simulator whose
// clock runs 600 times faster (a 5-minute deep trace completes in about half a second).
#include "CliRunner.h"
#include "SimFixture.h"
#include "TenantData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;

namespace {

zc::sim::SimOptions fastClock()
{
    zc::sim::SimOptions options;
    options.sizes.devices = 30;
    options.sizes.users = 20;
    options.clockScale = 600;
    return options;
}

} // namespace

class TestZdxCli : public QObject
{
    Q_OBJECT

private:
    // A run with the SDK variables for the simulator's secret client, in a throw-away home.
    CliRun run(const QStringList &args) { return m_cli.run(args); }

    QString device(int index)
    {
        return QString::number(m_sim.server().tenantData().devices.at(index).zdxDeviceId);
    }

    QString startTrace(int deviceIndex, const QString &name)
    {
        const CliRun r = run({u"zdx"_s, u"trace"_s, u"start"_s, u"--device"_s, device(deviceIndex),
                              u"--name"_s, name, u"--minutes"_s, u"5"_s, u"--probe-device"_s});
        if (r.exitCode != 0)
            qWarning("%s", describe(r).constData());
        const QJsonValue id = r.json().object().value("trace_id"_L1);
        return id.isDouble() ? QString::number(id.toInteger()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.home().isValid());
        QString error;
        QVERIFY2(m_sim.start(&error), qUtf8Printable(error));
    }

    void devicesJson()
    {
        const CliRun r = run({u"zdx"_s, u"devices"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        const QJsonArray devices = r.json().array();
        QCOMPARE(devices.size(), 30);
        const QJsonObject first = devices.first().toObject();
        QCOMPARE(first.keys(), (QStringList{u"id"_s, u"name"_s, u"userid"_s}));
        QCOMPARE(first.value("name"_L1).toString(),
                 m_sim.server().tenantData().devices.at(0).hostname);
    }

    void devicesQueryCsvAndTable()
    {
        const QString hostname = m_sim.server().tenantData().devices.at(7).hostname;
        CliRun r = run({u"--format"_s, u"csv"_s, u"zdx"_s, u"devices"_s, u"--query"_s, hostname});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.value(0), QByteArray("id,name,userid\r"));
        QVERIFY2(r.out.contains(hostname.toUtf8()), describe(r).constData());

        r = run({u"zdx"_s, u"devices"_s, u"--query"_s, u"no-such-device"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array().size(), 0);

        r = run({u"--format"_s, u"table"_s, u"zdx"_s, u"devices"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.startsWith("ID "));
    }

    void traceLifecycle()
    {
        // Real time while the refusals and the list run (the trace stays not_started).
        m_sim.server().setClockScale(1);
        const QString traceId = startTrace(2, u"CLI trace"_s);
        QVERIFY(!traceId.isEmpty());

        // A second one on the same device is refused with the server's reason.
        CliRun r = run(
            {u"zdx"_s, u"trace"_s, u"start"_s, u"--device"_s, device(2), u"--name"_s, u"again"_s});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        QVERIFY2(r.err.contains("already has an active deep trace"), describe(r).constData());
        QVERIFY(r.out.isEmpty());

        r = run({u"zdx"_s, u"trace"_s, u"list"_s, u"--device"_s, device(2)});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonArray traces = r.json().array();
        QCOMPARE(traces.size(), 1);
        const QJsonObject trace = traces.first().toObject();
        QCOMPARE(QString::number(trace.value("trace_id"_L1).toInteger()), traceId);
        QVERIFY(trace.value("trace_details"_L1).toObject().contains("session_name"_L1));
        QVERIFY(trace.contains("created_at"_L1));

        // 30 s + 5 min at 600x: done in about 0.55 s.
        m_sim.server().setClockScale(600);
        QTest::qWait(900);
        r = run({u"zdx"_s, u"trace"_s, u"show"_s, u"--device"_s, device(2), u"--trace"_s, traceId});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonObject shown = r.json().object();
        QCOMPARE(shown.value("trace"_L1).toObject().value("status"_L1).toString(), u"completed"_s);
        QVERIFY(shown.value("top_processes"_L1).isObject());
        for (const char *key :
             {"health_metrics", "webprobe_metrics", "cloudpath_metrics", "cloudpath", "events"})
            QVERIFY2(shown.value(QLatin1StringView(key)).isArray(), key);
        QCOMPARE(shown.value("health_metrics"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("instances"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("metrics"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("datapoints"_L1)
                     .toArray()
                     .size(),
                 5);

        r = run({u"--format"_s, u"table"_s, u"zdx"_s, u"trace"_s, u"show"_s, u"--device"_s,
                 device(2), u"--trace"_s, traceId});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        for (const char *section : {"Deep trace", "Health metrics", "Top processes", "Events"})
            QVERIFY2(r.out.contains(section), describe(r).constData());
        QVERIFY(r.out.contains("Completed")); // the view's text; CSV has the API's "completed"
        QVERIFY(r.out.contains("CPU (%)"));

        r = run(
            {u"--format"_s, u"csv"_s, u"zdx"_s, u"trace"_s, u"list"_s, u"--device"_s, device(2)});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.startsWith("trace_id,session_name,status,progress,created_at,"));
        QVERIFY(r.out.contains(",completed,100%,"));

        r = run(
            {u"zdx"_s, u"trace"_s, u"delete"_s, u"--device"_s, device(2), u"--trace"_s, traceId});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.isEmpty());
        r = run({u"zdx"_s, u"trace"_s, u"list"_s, u"--device"_s, device(2)});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array().size(), 0);

        r = run({u"zdx"_s, u"trace"_s, u"show"_s, u"--device"_s, device(2), u"--trace"_s, traceId});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        r = run(
            {u"zdx"_s, u"trace"_s, u"delete"_s, u"--device"_s, device(2), u"--trace"_s, traceId});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
    }

    void traceShowPrintsTheWebProbeAndTheCloudPath()
    {
        m_sim.server().setClockScale(600);
        const CliRun started = run({u"zdx"_s, u"trace"_s, u"start"_s, u"--device"_s, device(5),
                                    u"--name"_s, u"Teams is slow"_s, u"--app"_s, u"2"_s,
                                    u"--web-probe"_s, u"21"_s, u"--cloudpath-probe"_s, u"22"_s});
        QVERIFY2(started.exitCode == 0, describe(started).constData());
        const QString traceId =
            QString::number(started.json().object().value("trace_id"_L1).toInteger());
        QTest::qWait(900); // 30 s + 5 min at 600x

        CliRun r =
            run({u"zdx"_s, u"trace"_s, u"show"_s, u"--device"_s, device(5), u"--trace"_s, traceId});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().object().value("cloudpath"_L1).toArray().size(), 5 * 3);
        QCOMPARE(r.json().object().value("webprobe_metrics"_L1).toArray().size(), 6);

        r = run({u"--format"_s, u"table"_s, u"zdx"_s, u"trace"_s, u"show"_s, u"--device"_s,
                 device(5), u"--trace"_s, traceId});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        for (const char *section : {"Web probe (page fetch)", "Cloud path legs (whole trace)",
                                    "Cloud path hops (whole trace)", "teams.microsoft.com",
                                    "Z-Tunnel 2.0", "Server response (ms)"})
            QVERIFY2(r.out.contains(section), section);

        r = run({u"--format"_s, u"csv"_s, u"zdx"_s, u"trace"_s, u"show"_s, u"--device"_s, device(5),
                 u"--trace"_s, traceId});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        // Records end in CRLF (RFC 4180), the section titles and gaps in LF.
        const QStringList lines = QString::fromUtf8(r.out).split(QRegularExpression(u"\r?\n"_s));
        // Times as scripts read them in every locale: ISO 8601 in UTC.
        const QRegularExpression iso(u"\\A\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\z"_s);
        for (const QString &section : {u"# Health metrics"_s, u"# Web probe (page fetch)"_s}) {
            const qsizetype first = lines.indexOf(section) + 2;
            QVERIFY2(first >= 2 && lines.at(first - 1).startsWith(u"timestamp,"_s),
                     qUtf8Printable(section));
            QVERIFY2(iso.match(lines.at(first).section(u',', 0, 0)).hasMatch(),
                     qUtf8Printable(lines.at(first)));
        }
        // The web probe: one row a minute, the slowest marked once.
        qsizetype at = lines.indexOf(u"# Web probe (page fetch)"_s);
        QVERIFY(at >= 0);
        QCOMPARE(lines.at(at + 1), u"timestamp,dns_time,tcp_connect_time,ssl_handshake_time,"
                                   "server_response_time,download_time,page_fetch_time,"
                                   "availability,slowest"_s);
        int slowest = 0;
        for (qsizetype i = at + 2; i < at + 7; ++i)
            slowest += lines.at(i).endsWith(u",true"_s) ? 1 : 0;
        QCOMPARE(slowest, 1);
        QVERIFY(lines.at(at + 7).isEmpty());
        // The hops: which one loses packets, which one adds the most latency, which is silent.
        at = lines.indexOf(u"# Cloud path hops (whole trace)"_s);
        QVERIFY(at >= 0);
        const QStringList header = lines.at(at + 1).split(u',');
        QCOMPARE(header.first(), u"leg"_s);
        const qsizetype ip = header.indexOf(u"ip"_s), note = header.indexOf(u"note"_s);
        QVERIFY(ip > 0 && note > 0);
        QStringList flagged;
        for (qsizetype i = at + 2; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            const QStringList cells = lines.at(i).split(u',');
            const QStringList flags = cells.at(note).split(u';', Qt::SkipEmptyParts);
            if (flags.contains("lossy"_L1))
                flagged << u"lossy "_s + cells.at(ip).section(u'.', 0, 1);
            if (flags.contains("adds_most_latency"_L1))
                flagged << u"slow "_s + cells.at(ip).section(u'.', 0, 1);
            if (flags.contains("unresponsive"_L1))
                flagged << u"silent "_s + cells.at(ip);
        }
        QCOMPARE(flagged, (QStringList{u"lossy 62.115"_s, u"silent *"_s, u"slow 104.44"_s}));
        m_sim.server().setClockScale(600);
    }

    void badUsageSendsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("minutes 7")
            << QStringList{u"zdx"_s,    u"trace"_s, u"start"_s,     u"--device"_s, u"1"_s,
                           u"--name"_s, u"x"_s,     u"--minutes"_s, u"7"_s};
        QTest::newRow("no name") << QStringList{u"zdx"_s, u"trace"_s, u"start"_s, u"--device"_s,
                                                u"1"_s};
        QTest::newRow("no device") << QStringList{u"zdx"_s, u"trace"_s, u"list"_s};
        QTest::newRow("show without trace")
            << QStringList{u"zdx"_s, u"trace"_s, u"show"_s, u"--device"_s, u"1"_s};
        QTest::newRow("unknown") << QStringList{u"zdx"_s, u"traces"_s};
        QTest::newRow("unknown trace command") << QStringList{u"zdx"_s, u"trace"_s, u"stop"_s};
    }

    void badUsageSendsNothing()
    {
        QFETCH(QStringList, args);
        m_sim.server().clearRecordedRequests();
        const CliRun r = run(args);
        QVERIFY2(r.finished && r.exitCode == 2, describe(r).constData());
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(m_sim.server().recordedRequests().size(), 0);
    }

    void helpMentionsTheCommands()
    {
        const CliRun r = run({u"zdx"_s, u"trace"_s, u"start"_s, u"--help"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.contains("--minutes"));
        QVERIFY(r.out.contains("--probe-device"));
    }

private:
    zc::test::SimFixture m_sim{fastClock()};
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim, 30000};
};

QTEST_GUILESS_MAIN(TestZdxCli)
#include "tst_zdxcli.moc"
