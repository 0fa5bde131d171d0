// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zc-bench-coldstart: the time from starting a process to its main window's first paint, for
// `zconsole --demo` and for a minimal Qt Widgets window (zc-bench-minimal-window), measured
// the same way, taking turns, N runs each: the median, the fastest and the slowest, and the
// ratios of the medians and of the fastest. Both write "zconsole: first paint" to stderr at that
// paint when ZCONSOLE_REPORT_FIRST_PAINT is set; the process is ended once the line is read. Each
// run has a fresh HOME and XDG folders (no profile, setting or keychain of the user is read) and
// the offscreen platform. Prints figures; asserts nothing. Run by scripts/bench.sh.

#include "FirstPaintProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;

// Milliseconds from start() to the line, or a negative number when it never came.
double timeToFirstPaint(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(zc::test::firstPaintEnvironment(home.path()));
    process.setStandardInputFile(QProcess::nullDevice());
    // waitForReadyRead() wakes for the read channel only.
    process.setReadChannel(QProcess::StandardError);
    process.setStandardOutputFile(QProcess::nullDevice());
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    double ms = -1;
    while (clock.elapsed() < kTimeoutMs && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
        if (err.contains("zconsole: first paint\n")) {
            ms = clock.nsecsElapsed() / 1e6;
            break;
        }
    }
    process.kill();
    process.waitForFinished(kTimeoutMs);
    if (ms < 0)
        std::fprintf(stderr, "%s: no first paint; stderr:\n%s\n", qPrintable(program),
                     err.constData());
    return ms;
}

struct Figures
{
    double median = 0;
    double fastest = 0;
    double slowest = 0;
};

Figures figuresOf(QList<double> times)
{
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    const double median = n % 2 ? times.at(n / 2) : (times.at(n / 2 - 1) + times.at(n / 2)) / 2;
    return {median, times.first(), times.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: zc-bench-coldstart PATH/TO/zconsole "
                             "PATH/TO/zc-bench-minimal-window [runs]\n");
        return 2;
    }
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 7;
    QList<double> zconsole;
    QList<double> minimal;
    // Taking turns, so that a change of the machine's load falls on both alike.
    for (int i = 0; i < runs; ++i) {
        const double z = timeToFirstPaint(args.at(1), {u"--demo"_s});
        const double m = timeToFirstPaint(args.at(2), {});
        if (z < 0 || m < 0)
            return 1;
        zconsole.append(z);
        minimal.append(m);
    }
    const Figures z = figuresOf(zconsole);
    const Figures m = figuresOf(minimal);
    std::printf("## Cold start to the first painted window (%d runs each, offscreen)\n\n", runs);
    std::printf("| program | median ms | fastest ms | slowest ms |\n|---|---|---|---|\n");
    std::printf("| zconsole --demo | %.1f | %.1f | %.1f |\n", z.median, z.fastest, z.slowest);
    std::printf("| minimal Qt Widgets window | %.1f | %.1f | %.1f |\n", m.median, m.fastest,
                m.slowest);
    std::printf("\nratio of the medians: %.2f\n", z.median / m.median);
    // The fastest runs are the ones the machine's other work disturbed least.
    std::printf("ratio of the fastest: %.2f\n", z.fastest / m.fastest);
    return 0;
}
