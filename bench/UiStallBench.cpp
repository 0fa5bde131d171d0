// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zc-bench-ui: the longest UI-thread stall while ZIdentity's users load into the users table
// (UserModel::loadAll shown in the application's RecordTableView) from zconsole-sim without
// limits, and the time of each keystroke of a filter typed into its filter field. With "sorted",
// the table is sorted by its first column (login) before the users load, as a saved layout
// that sorts does; then the time a click on another column's header takes to sort every row.
// Prints figures; asserts nothing. Run by scripts/bench.sh (see BENCHMARKS.md).

#include "SimProcess.h"
#include "net/ApiClient.h"
#include "widgets/RecordTableView.h"
#include "zid/ZidListModels.h"
#include "zid/ZidService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: zc-bench-ui PATH/TO/zconsole-sim [users [sorted]]\n");
        return 2;
    }
    const int users = args.size() > 2 ? args.at(2).toInt() : 100000;
    const bool sorted = args.size() > 3 && args.at(3) == "sorted"_L1;
    bench::SimProcess sim(args.at(1));
    QString error;
    if (!sim.start({u"--no-rate-limits"_s, u"--users"_s, QString::number(users)}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ApiClient client(sim.settings(), sim.credentials());
    client.rateLimiter()->setEnabled(false);
    ZidService service(&client);
    UserModel model(&service);
    RecordTableView view;
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    if (sorted)
        view.proxyModel()->sort(0, Qt::AscendingOrder);

    // A heartbeat every 2 ms: the longest gap between beats, less the period, is the longest
    // time the UI thread did not get to its events.
    QElapsedTimer clock;
    // On a shared machine one gap can be the scheduler's, not the application's: how many
    // gaps passed 50 ms tells a slow spot from a hiccup.
    qint64 last = 0;
    qint64 longest = 0;
    int over50 = 0;
    QTimer beat;
    beat.setInterval(2);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        over50 += now - last - 2000000 > 50000000 ? 1 : 0;
        last = now;
    });
    QEventLoop loop;
    QObject::connect(&model, &RecordTableModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &RecordTableModel::failed, &loop, &QEventLoop::quit);
    clock.start();
    beat.start();
    model.loadAll();
    loop.exec();
    // The heartbeat counts the loading only (not the keystrokes, not the sort below).
    beat.stop();
    const double loadSeconds = clock.nsecsElapsed() / 1e9;
    const double loadStallMs = std::max<qint64>(0, longest - 2000000) / 1e6;

    // Typing a filter: each keystroke filters every row, then the view repaints. Each one's
    // time and the rows it left tell which keystroke is slow (the one that drops rows, the one
    // that only narrows).
    const QString typed = u"user1234"_s;
    double slowestKeyMs = 0;
    double totalKeyMs = 0;
    QStringList keys;
    for (int i = 1; i <= typed.size(); ++i) {
        QElapsedTimer key;
        key.start();
        view.setFilterText(typed.left(i));
        view.view()->viewport()->repaint();
        QCoreApplication::processEvents();
        const double ms = key.nsecsElapsed() / 1e6;
        slowestKeyMs = std::max(slowestKeyMs, ms);
        totalKeyMs += ms;
        keys << u"\"%1\" %2 ms (%3 rows)"_s.arg(typed.left(i), QString::number(ms, 'f', 1))
                    .arg(view.visibleRowCount());
    }

    const int rowsLeft = view.visibleRowCount();

    // A click on another column's header once every row is there: the whole table sorted
    // again (the filter cleared first), then painted.
    view.setFilterText(QString());
    QCoreApplication::processEvents();
    const int column = sorted ? 1 : 0;
    QElapsedTimer resort;
    resort.start();
    view.header()->setSortIndicator(column, Qt::AscendingOrder);
    view.view()->viewport()->repaint();
    QCoreApplication::processEvents();
    const double resortMs = resort.nsecsElapsed() / 1e6;
    const QString resortTitle = model.headerData(column, Qt::Horizontal).toString();

    QTextStream out(stdout);
    out << "## UI thread: " << model.rowCount() << " ZIdentity users into the users table"
        << (sorted ? " sorted by login" : "") << "\n\n"
        << "| measure | figure |\n|---|---|\n"
        << "| load time (no limits, loopback) | " << QString::number(loadSeconds, 'f', 2)
        << " s |\n"
        << "| longest UI-thread stall while loading | " << QString::number(loadStallMs, 'f', 1)
        << " ms |\n"
        << "| stalls over 50 ms while loading | " << over50 << " |\n"
        << "| slowest filter keystroke (\"" << typed << "\", typed one key at a time) | "
        << QString::number(slowestKeyMs, 'f', 1) << " ms |\n"
        << "| mean filter keystroke | " << QString::number(totalKeyMs / typed.size(), 'f', 1)
        << " ms |\n"
        << "| rows left by the filter | " << rowsLeft << " |\n"
        << "| each keystroke | " << keys.join(u", "_s) << " |\n"
        << "| sorting every row by \"" << resortTitle << "\" (a header click) | "
        << QString::number(resortMs, 'f', 1) << " ms |\n";
    return 0;
}
