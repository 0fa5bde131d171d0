// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zc-bench-fetch: fetch-all against zconsole-sim (a process of its own) with its published
// limits on, on loopback and over an added round trip, as a ratio to the limit-bound floor
// with the 429 count; then the same without limits, pages together against one request at a
// time. Prints figures; asserts nothing. Run by scripts/bench.sh (see BENCHMARKS.md).

#include "SimProcess.h"
#include "net/ApiClient.h"
#include "net/Pager.h"
#include "zia/UrlLookupJob.h"
#include "zid/ZidService.h"
#include "zpa/ZpaService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

constexpr int kSegments = 20000; // 40 ZPA pages of 500
constexpr int kUsers = 100000;   // 100 ZIdentity pages of 1000
constexpr int kUrls = 1000;      // 10 ZIA lookups of 100

enum class Listing
{
    ZpaSegments,
    ZidUsers,
    ZiaUrlLookups,
};

const char *name(Listing listing)
{
    switch (listing) {
    case Listing::ZpaSegments:
        return "ZPA segments (20,000; 40 pages)";
    case Listing::ZidUsers:
        return "ZIdentity users (100,000; 100 pages)";
    case Listing::ZiaUrlLookups:
        return "ZIA URL lookups (1,000 URLs; 10 POSTs)";
    }
    return "";
}

struct Result
{
    double seconds = 0;
    int requests = 0;
    int tooMany = 0;
    qint64 records = 0;
    bool ok = false;
};

// The least time any client that keeps the published limit can take, from sign-in to the
// last answer: a token round trip, the first page (which tells how many there are), and the
// k-th group of `limit` requests no earlier than k windows after the first one.
double floorSeconds(Listing listing, double rtt)
{
    int requests = 0;
    int limit = 1;
    double window = 1.0;
    switch (listing) {
    case Listing::ZpaSegments:
        requests = (kSegments + 499) / 500;
        limit = 20;
        window = 10.0;
        break;
    case Listing::ZidUsers:
        requests = (kUsers + 999) / 1000;
        limit = 10;
        window = 1.0;
        break;
    case Listing::ZiaUrlLookups:
        requests = (kUrls + 99) / 100;
        limit = 1; // POST 1/s
        window = 1.0;
        break;
    }
    const int groups = (requests - 1) / limit;
    return rtt + std::max(2 * rtt, groups * window + rtt);
}

Result run(bench::SimProcess &sim, Listing listing, bool clientLimits, int concurrency)
{
    ApiClient client(sim.settings(), sim.credentials());
    client.rateLimiter()->setEnabled(clientLimits);
    Result result;
    QObject::connect(&client, &ApiClient::activity, [&result](const ActivityEntry &entry) {
        if (entry.kind != ActivityEntry::Kind::Request)
            return;
        ++result.requests;
        if (entry.status == 429)
            ++result.tooMany;
    });
    ZpaService zpa(&client);
    ZidService zid(&client);
    Job *job = nullptr;
    PagedFetch *fetch = nullptr;
    UrlLookupJob *lookups = nullptr;
    switch (listing) {
    case Listing::ZpaSegments:
        job = fetch = zpa.applicationSegments();
        break;
    case Listing::ZidUsers:
        job = fetch = zid.users();
        break;
    case Listing::ZiaUrlLookups: {
        QStringList urls;
        for (int i = 0; i < kUrls; ++i)
            urls << u"host-%1.example.com/path"_s.arg(i);
        job = lookups = new UrlLookupJob(&client, urls);
        break;
    }
    }
    if (fetch)
        fetch->setConcurrency(concurrency);
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job->start();
    loop.exec();
    result.seconds = timer.nsecsElapsed() / 1e9;
    result.ok = job->status() == Job::Status::Succeeded;
    result.records = fetch ? fetch->recordsLoaded() : lookups->results().size();
    if (!result.ok)
        std::fprintf(stderr, "  failed: %s\n", qPrintable(job->error().message()));
    delete job;
    return result;
}

QStringList simArguments(int latencyMs, bool limits)
{
    QStringList args{u"--segments"_s,     QString::number(kSegments),
                     u"--microtenants"_s, u"0"_s,
                     u"--users"_s,        QString::number(kUsers),
                     u"--latency-ms"_s,   QString::number(latencyMs)};
    if (!limits)
        args << u"--no-rate-limits"_s;
    return args;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: zc-bench-fetch PATH/TO/zconsole-sim [latency-ms...]\n");
        return 2;
    }
    QList<int> latencies{0, 150};
    if (args.size() > 2) {
        latencies.clear();
        for (int i = 2; i < args.size(); ++i)
            latencies << args.at(i).toInt();
    }
    QTextStream out(stdout);
    bench::SimProcess sim(args.at(1));
    QString error;

    out << "## Fetch-all under the published limits (simulator enforcing them)\n\n"
        << "| listing | added RTT | time s | floor s | ratio | requests | 429s |\n"
        << "|---|---|---|---|---|---|---|\n";
    out.flush();
    for (const int latency : latencies) {
        if (!sim.start(simArguments(latency, true), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (const Listing listing :
             {Listing::ZpaSegments, Listing::ZidUsers, Listing::ZiaUrlLookups}) {
            const Result r = run(sim, listing, true, PagedFetch::kDefaultConcurrency);
            const double floor = floorSeconds(listing, latency / 1000.0);
            out << "| " << name(listing) << " | " << latency << " ms | "
                << QString::number(r.seconds, 'f', 2) << " | " << QString::number(floor, 'f', 2)
                << " | " << QString::number(r.seconds / floor, 'f', 3) << " | " << r.requests
                << " | " << r.tooMany << (r.ok ? "" : " (FAILED)") << " |\n";
            out.flush();
        }
        sim.stop();
    }

    out << "\n## Without limits: pages together against one request at a time\n\n"
        << "| listing | added RTT | together s | one at a time s | speed-up | requests |\n"
        << "|---|---|---|---|---|---|\n";
    out.flush();
    for (const int latency : latencies) {
        if (!sim.start(simArguments(latency, false), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (const Listing listing : {Listing::ZpaSegments, Listing::ZidUsers}) {
            const Result together = run(sim, listing, false, PagedFetch::kDefaultConcurrency);
            const Result sequential = run(sim, listing, false, 1);
            out << "| " << name(listing) << " | " << latency << " ms | "
                << QString::number(together.seconds, 'f', 2) << " | "
                << QString::number(sequential.seconds, 'f', 2) << " | "
                << QString::number(sequential.seconds / together.seconds, 'f', 2) << "× | "
                << together.requests << (together.ok && sequential.ok ? "" : " (FAILED)") << " |\n";
            out.flush();
        }
        sim.stop();
    }
    return 0;
}
