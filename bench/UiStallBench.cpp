// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zc-bench-ui: the longest UI-thread stall while ZIdentity's users load into the users table
// (UserModel::loadAll shown in the application's RecordTableView) from zconsole-sim without
// limits, and the time of each keystroke of a filter typed into its filter field. With "sorted",
// the table is sorted by its first column (login) before the users load, as a saved layout
// that sorts does. Then a click on another column's header, which sorts every row in the
// background: the longest UI-thread gap from the click until the sorted order is painted, and
// the time until then. Then a reload of every user into the table, sorted; the same after
// 40 users went from all over the list (through the simulator's control endpoint), which
// ends in a reset; and the logins of a sorted table changing in place (a dataChanged over every
// row, then one for each of 100 ranges spread over the table, signalled together): the longest
// UI-thread gap until the new order is painted, and the time until then. The load (/proc/loadavg)
// at the start and the end. Prints figures; asserts nothing. Run by scripts/bench.sh (see
// BENCHMARKS.md).

#include "SimProcess.h"
#include "common/RecordTableProxyModel.h"
#include "net/ApiClient.h"
#include "widgets/RecordTableView.h"
#include "zid/ZidListModels.h"
#include "zid/ZidService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

// The 1, 5 and 15 minute loads, or "unknown" where there is no /proc.
QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// The users table with its logins (column 0) changed in place, as the end of a reload that
// finds them changed has them: each row changed shows and sorts by a login made from its old
// one, and one dataChanged over every column comes for each range of rows changed.
class ChangedLogins : public QIdentityProxyModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        QVariant value = QIdentityProxyModel::data(index, role);
        if (index.column() != 0 || (role != Qt::DisplayRole && role != RecordTableModel::SortRole))
            return value;
        const auto row = static_cast<size_t>(index.row());
        const int times = row < m_times.size() ? m_times[row] : 0;
        if (times == 0)
            return value;
        // Far from where the row stood: its login backwards, or a number before it.
        QString login = value.toString();
        if (times % 2 != 0)
            std::reverse(login.begin(), login.end());
        else
            login.prepend(u"%1 "_s.arg(index.row() * 7919 % 100000));
        return login;
    }
    void change(const QList<std::pair<int, int>> &ranges)
    {
        m_times.resize(static_cast<size_t>(rowCount()), 0);
        for (const auto &[first, last] : ranges) {
            for (int row = first; row <= last; ++row)
                ++m_times[static_cast<size_t>(row)];
        }
        for (const auto &[first, last] : ranges)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }

private:
    std::vector<int> m_times;
};

// Figures of one thing done to a table: how long doing it took, the longest UI-thread gap
// from then until the table is painted with the outcome (and how many passed 50 ms), and the
// time until then.
struct Stall
{
    double doneMs = 0;
    double stallMs = 0;
    int over50 = 0;
    double shownMs = 0;

    // Markdown rows for `what`.
    QString rows(const QString &what, const QString &until) const
    {
        return u"| %1 | %2 ms |\n"
               "| the same: longest UI-thread stall until %3 is painted | %4 ms (%5 over 50 ms) "
               "|\n"
               "| the same: until %3 is painted | %6 ms |\n"_s.arg(
                   what, QString::number(doneMs, 'f', 1), until, QString::number(stallMs, 'f', 1),
                   QString::number(over50), QString::number(shownMs, 'f', 1));
    }
};

// Waits until `proxy` (if it is one) has no sort under way.
void waitForOrder(RecordTableProxyModel *proxy)
{
    if (!proxy || !proxy->isSorting())
        return;
    QEventLoop sorting;
    QObject::connect(proxy, &RecordTableProxyModel::sortingChanged, &sorting, &QEventLoop::quit);
    sorting.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: zc-bench-ui PATH/TO/zconsole-sim [users [sorted] [atonce]]\n");
        return 2;
    }
    const int users = args.size() > 2 ? args.at(2).toInt() : 100000;
    const QString loadAtStart = loadAverage();
    const bool sorted = args.mid(3).contains("sorted"_L1);
    // "atonce": the header click sorts on the UI thread, as before background sorts.
    const bool atOnce = args.mid(3).contains("atonce"_L1);
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
    clock.start();
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
    last = clock.nsecsElapsed();
    const qint64 loadStart = last;
    beat.start();
    model.loadAll();
    loop.exec();
    // The heartbeat counts the loading only (not the keystrokes, not the sort below).
    beat.stop();
    const double loadSeconds = (clock.nsecsElapsed() - loadStart) / 1e9;
    const double loadStallMs = std::max<qint64>(0, longest - 2000000) / 1e6;
    const int loadOver50 = over50;

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

    // A click on another column's header once every row is there (the filter cleared
    // first), then one on the same header (descending): the click itself, then the
    // heartbeat's gaps until the proxy has applied the new order and it is painted.
    view.setFilterText(QString());
    QCoreApplication::processEvents();
    auto *proxy = qobject_cast<RecordTableProxyModel *>(view.proxyModel());
    if (proxy && atOnce)
        proxy->setBackgroundSortRows(INT_MAX);
    const int column = sorted ? 1 : 0;
    const QString title = model.headerData(column, Qt::Horizontal).toString();
    // `act`, then the heartbeat's gaps until `wait` returns (the outcome is ready) and the
    // table is painted.
    const auto measure = [&](QAbstractItemView *table, const std::function<void()> &act,
                             const std::function<void()> &wait) {
        longest = 0;
        over50 = 0;
        last = clock.nsecsElapsed();
        const qint64 start = last;
        beat.start();
        act();
        Stall stall;
        stall.doneMs = (clock.nsecsElapsed() - start) / 1e6;
        wait();
        table->viewport()->repaint();
        stall.shownMs = (clock.nsecsElapsed() - start) / 1e6;
        // The gap of the last repaint (and of a sort made at once), which no beat follows.
        const qint64 gap = clock.nsecsElapsed() - last;
        longest = std::max(longest, gap);
        over50 += gap - 2000000 > 50000000 ? 1 : 0;
        beat.stop();
        stall.stallMs = std::max<qint64>(0, longest - 2000000) / 1e6;
        stall.over50 = over50;
        return stall;
    };
    const auto click = [&](Qt::SortOrder order) {
        return measure(
            view.view(), [&] { view.header()->setSortIndicator(column, order); },
            [&] { waitForOrder(proxy); });
    };
    const QString sortedOrder = u"the sorted order"_s;
    const QString firstClick =
        click(Qt::AscendingOrder)
            .rows(u"a header click sorting every row by \"%1\": the click"_s.arg(title),
                  sortedOrder);
    const QString secondClick =
        click(Qt::DescendingOrder).rows(u"a second click on it (descending)"_s, sortedOrder);

    // Every user again into the sorted table: the rows shown stay until the last page, then
    // the model replaces them.
    const Stall reload = measure(
        view.view(), [&] { model.loadAll(); },
        [&] {
            loop.exec();
            waitForOrder(proxy);
        });

    // A reload that cannot be matched by id ends in a reset of the sorted table: 40 users
    // gone from all over the list are more ranges than the model removes one by one. Users
    // who still have devices cannot go; the next row is tried.
    int gone = 0;
    const int step = std::max(1, model.rowCount() / 40);
    for (int i = 0; i < 40; ++i) {
        for (int row = i * step; row < std::min((i + 1) * step, model.rowCount()); ++row) {
            const QJsonObject change{
                {u"collection"_s, u"zid.users"_s},
                {u"action"_s, u"remove"_s},
                {u"id"_s, model.index(row, 0).data(RecordTableModel::RecordIdRole).toString()}};
            if (sim.control({{u"change"_s, change}}, &error)) {
                ++gone;
                break;
            }
        }
    }
    const int shownBefore = model.rowCount();
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    const Stall resetReload = measure(
        view.view(), [&] { model.loadAll(); },
        [&] {
            loop.exec();
            waitForOrder(proxy);
        });

    // A table sorted by login whose logins change in place: over every row in one signal,
    // then in 100 ranges of 100 rows spread over the table, signalled together.
    view.hide();
    ChangedLogins logins;
    logins.setSourceModel(&model);
    RecordTableView changing;
    changing.setModel(&logins);
    changing.resize(1000, 700);
    changing.show();
    auto *changingProxy = qobject_cast<RecordTableProxyModel *>(changing.proxyModel());
    if (changingProxy && atOnce)
        changingProxy->setBackgroundSortRows(INT_MAX);
    changing.header()->setSortIndicator(0, Qt::AscendingOrder);
    waitForOrder(changingProxy);
    QCoreApplication::processEvents();
    const int rows = logins.rowCount();
    const Stall changedAll = measure(
        changing.view(),
        [&] {
            logins.change({{0, rows - 1}});
        },
        [&] { waitForOrder(changingProxy); });
    QList<std::pair<int, int>> spread;
    for (int i = 0; i < 100; ++i)
        spread.append({i * (rows / 100), std::min(rows - 1, i * (rows / 100) + 99)});
    const Stall changedSpread = measure(
        changing.view(), [&] { logins.change(spread); }, [&] { waitForOrder(changingProxy); });

    QTextStream out(stdout);
    out << "## UI thread: " << model.rowCount() << " ZIdentity users into the users table"
        << (sorted ? " sorted by login" : "") << (atOnce ? ", sorted at once" : "") << "\n\n"
        << "| measure | figure |\n|---|---|\n"
        << "| load time (no limits, loopback) | " << QString::number(loadSeconds, 'f', 2)
        << " s |\n"
        << "| longest UI-thread stall while loading | " << QString::number(loadStallMs, 'f', 1)
        << " ms |\n"
        << "| stalls over 50 ms while loading | " << loadOver50 << " |\n"
        << "| slowest filter keystroke (\"" << typed << "\", typed one key at a time) | "
        << QString::number(slowestKeyMs, 'f', 1) << " ms |\n"
        << "| mean filter keystroke | " << QString::number(totalKeyMs / typed.size(), 'f', 1)
        << " ms |\n"
        << "| rows left by the filter | " << rowsLeft << " |\n"
        << "| each keystroke | " << keys.join(u", "_s) << " |\n"
        << firstClick << secondClick
        << reload.rows(u"a reload of every user into the table sorted by \"%1\" (descending): "
                       "the request"_s.arg(title),
                       u"the reloaded table"_s)
        << resetReload.rows(u"the same after %1 users went from all over the list (%2 of %3 "
                            "rows; %4 reset): the request"_s.arg(gone)
                                .arg(shownBefore - model.rowCount())
                                .arg(shownBefore)
                                .arg(resets),
                            u"the reloaded table"_s)
        << changedAll.rows(u"the logins of every row of a table sorted by them change (one "
                           "dataChanged): the signal"_s,
                           u"the new order"_s)
        << changedSpread.rows(u"the logins of 100 ranges of 100 rows change (100 dataChanged "
                              "together): the signals"_s,
                              u"the new order"_s)
        << "| load (1, 5, 15 min) at the start and the end | " << loadAtStart << "; "
        << loadAverage() << " |\n";
    return 0;
}
