// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Tenant snapshots of a large tenant: time and memory to take, save, read and compare a
// snapshot of 100,000 ZIdentity users (and the default ZPA and ZTW data) from the simulator,
// under the published rate limits unless --no-rate-limits. Prints figures; asserts nothing.
//
//   bench_snapshots [--users N] [--changes N] [--no-rate-limits]
#include "DataChanges.h"
#include "SimFixture.h"
#include "TenantData.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotFile.h"
#include "snapshot/SnapshotJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

// The process's peak resident memory in MiB from /proc (Linux); -1 where there is none.
double peakMemoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void report(const char *what, qint64 ms, const QString &extra = {})
{
    std::printf("%-28s %9.2f s   peak RSS %8.1f MiB   %s\n", what, double(ms) / 1000.0,
                peakMemoryMiB(), qPrintable(extra));
    std::fflush(stdout);
}

std::optional<Snapshot> take(ApiClient *client)
{
    SnapshotJob job(client);
    job.setAutoDelete(false);
    job.start();
    if (!test::waitForJob(&job, 30 * 60 * 1000) || job.status() != Job::Status::Succeeded) {
        std::fprintf(stderr, "snapshot failed: %s\n", qPrintable(job.error().message()));
        return std::nullopt;
    }
    return job.snapshot();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The figures only: no request log.
    QLoggingCategory::setFilterRules(u"zconsole.*.debug=false\nzconsole.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(u"users"_s, u"ZIdentity users."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption changesOption(u"changes"_s, u"Users renamed between snapshots."_s,
                                           u"N"_s, u"1000"_s);
    const QCommandLineOption noLimits(u"no-rate-limits"_s, u"Do not enforce rate limits."_s);
    parser.addOptions({usersOption, changesOption, noLimits});
    parser.process(app);

    sim::SimOptions options;
    options.sizes.users = parser.value(usersOption).toInt();
    options.enforceRateLimits = !parser.isSet(noLimits);
    const int changes = parser.value(changesOption).toInt();
    QElapsedTimer timer;
    timer.start();
    test::SimFixture sim(options);
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return 1;
    }
    report("simulator started", timer.restart(),
           u"%1 users, rate limits %2"_s.arg(options.sizes.users)
               .arg(options.enforceRateLimits ? u"on"_s : u"off"_s));

    auto client = sim.makeClient();
    std::optional<Snapshot> before = take(client.get());
    if (!before)
        return 1;
    report("take snapshot", timer.restart(), u"%1 records"_s.arg(before->recordCount()));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"before.zcsnap.json"_s);
    if (!SnapshotFile::write(path, *before, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    report("write file", timer.restart(),
           u"%1 MiB"_s.arg(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 0, 'f', 1));

    SnapshotReadError readError;
    const std::optional<Snapshot> read = SnapshotFile::read(path, &readError);
    if (!read) {
        std::fprintf(stderr, "%s\n", qPrintable(readError.message));
        return 1;
    }
    report("read file", timer.restart());

    const QList<sim::SimUser> users = sim.server().tenantData().users;
    for (int i = 0; i < changes && i < users.size(); ++i)
        sim.server().changeData({u"zid.users"_s,
                                 sim::SimDataChange::Action::Rename,
                                 users.at(i * (users.size() / std::max(changes, 1))).id,
                                 u"Renamed %1"_s.arg(i),
                                 {},
                                 {}});
    timer.restart();
    const std::optional<Snapshot> after = take(client.get());
    if (!after)
        return 1;
    report("take second snapshot", timer.restart());

    const SnapshotDiff diff = SnapshotDiff::compare(*read, *after);
    report("compare", timer.restart(),
           u"%1 changed, %2 added, %3 removed"_s.arg(diff.count(RecordChange::Kind::Changed))
               .arg(diff.count(RecordChange::Kind::Added))
               .arg(diff.count(RecordChange::Kind::Removed)));
    return 0;
}
