// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zc-bench-memory: the heap a record table holds per row, for 100,000 ZIdentity users and
// 20,000 ZPA application segments as the simulator serves them (pages of 1,000 and 500):
// kept as RecordTableModel keeps them (each record's compact JSON, its id and its columns'
// display and sort values), appended page by page as a load into an empty table does (with
// the room the lists leave to grow) and set at once as the end of a reload does, against
// the parsed JSON of each record that the model kept before (a QJsonArray of them). Then the
// UI thread's time to add one page (what each page of a load costs: serialising each record
// and making its cells), and the time to parse every record once (what record() costs a row
// that is not remembered), and the end of a reload: the new rows replacing the old, matched
// by id, against one reset. Heap in use from glibc's mallinfo2() before and after, so Linux
// (glibc) only. Prints figures; asserts nothing. Run by scripts/bench.sh.

#include "TenantData.h"
#include "ZidRoutes.h"
#include "ZpaData.h"
#include "common/RecordTableModel.h"
#include "common/RecordTableProxyModel.h"
#include "zid/ZidListModels.h"
#include "zpa/AppSegmentModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

qint64 heapInUse()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd); // small blocks and mmap-ed large ones
#else
    return 0;
#endif
}

struct Dataset
{
    const char *name;
    QList<RecordColumn> columns;
    QList<QByteArray> pages; // the records of each page, a compact JSON array
    qsizetype rows = 0;
    qsizetype jsonBytes = 0;
    bool segments = false;
};

// The records cut into pages of `pageSize`, as the simulator serves them.
Dataset paged(const char *name, QList<RecordColumn> columns, const QJsonArray &records,
              int pageSize)
{
    Dataset dataset{name, std::move(columns), {}, records.size()};
    for (qsizetype first = 0; first < records.size(); first += pageSize) {
        QJsonArray page;
        for (qsizetype i = first; i < std::min(records.size(), first + pageSize); ++i)
            page.append(records.at(i));
        dataset.pages.append(QJsonDocument(page).toJson(QJsonDocument::Compact));
        dataset.jsonBytes += dataset.pages.last().size();
    }
    return dataset;
}

// 100,000 ZIdentity users and 20,000 ZPA segments, generated as the simulator does (seed 1).
QList<Dataset> datasets()
{
    sim::SimDataSizes sizes;
    sizes.users = 100000;
    sizes.zpaSegments = 20000;
    const sim::TenantData tenant = sim::TenantData::generate(1, sizes);
    const sim::ZpaData zpa = sim::ZpaData::generate(1, sizes);
    QJsonArray users;
    for (const sim::SimUser &user : tenant.users)
        users.append(sim::ZidRoutes::userRecord(tenant, user));
    QJsonArray segments;
    for (const sim::ZpaRecord &segment : zpa.segments)
        segments.append(segment.json);
    Dataset segmentSet =
        paged("ZPA application segments", AppSegmentModel::segmentColumns(), segments, 500);
    segmentSet.segments = true;
    return {paged("ZIdentity users", UserModel::userColumns(), users, 1000), segmentSet};
}

// The heap the rows hold: measured with `keep` alive, after the pages' parsed documents are
// gone, as a model that received them page by page holds them.
template<typename Keep> qint64 heldBy(const Dataset &dataset, Keep keep)
{
    const qint64 before = heapInUse();
    [[maybe_unused]] const auto held = keep(dataset);
    const qint64 after = heapInUse();
    return after - before;
}

QList<QJsonArray> parsedPages(const Dataset &dataset)
{
    QList<QJsonArray> pages;
    for (const QByteArray &page : dataset.pages)
        pages.append(QJsonDocument::fromJson(page).array());
    return pages;
}

// The model of the dataset: segments with AppSegmentModel's own per-row values.
std::unique_ptr<RecordTableModel> emptyModel(const Dataset &dataset)
{
    if (dataset.segments)
        return std::make_unique<AppSegmentModel>();
    return std::make_unique<RecordTableModel>(dataset.columns);
}

// As a load into an empty table keeps them: RecordTableModel::appendRecords, page by page.
std::unique_ptr<RecordTableModel> appended(const Dataset &dataset)
{
    auto model = emptyModel(dataset);
    for (const QByteArray &page : dataset.pages)
        model->appendRecords(QJsonDocument::fromJson(page).array());
    return model;
}

// As the end of a reload keeps them: every row at once, the lists without room to spare.
std::unique_ptr<RecordTableModel> setAtOnce(const Dataset &dataset)
{
    auto model = emptyModel(dataset);
    QJsonArray all;
    for (const QByteArray &page : dataset.pages) {
        for (const QJsonValue &record : QJsonDocument::fromJson(page).array())
            all.append(record);
    }
    model->setRecords(all);
    return model;
}

// As the model kept them before: the parsed records in one QJsonArray, page by page.
std::unique_ptr<QJsonArray> parsedJson(const Dataset &dataset)
{
    auto records = std::make_unique<QJsonArray>();
    for (const QByteArray &page : dataset.pages) {
        for (const QJsonValue &record : QJsonDocument::fromJson(page).array())
            records->append(record);
    }
    return records;
}

struct PageTimes
{
    double median = 0;
    double slowest = 0;
};

// Milliseconds appendRecords() takes for each page handed to it (parsed already, as
// PagedFetch::pageArrived hands it on): the median and the slowest page.
PageTimes addPageMs(const Dataset &dataset)
{
    const QList<QJsonArray> pages = parsedPages(dataset);
    auto model = emptyModel(dataset);
    std::vector<double> times;
    for (const QJsonArray &page : pages) {
        QElapsedTimer clock;
        clock.start();
        model->appendRecords(page);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.back()};
}

// Milliseconds to parse every row's record once (record() of rows not remembered).
double parseAllMs(const Dataset &dataset)
{
    const auto model = setAtOnce(dataset);
    QElapsedTimer clock;
    clock.start();
    qsizetype members = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        members += model->record(row).size();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    return members > 0 ? ms : -1;
}

// `records` with 10 rows removed, 10 added and 10 changed, spread over the list: a reload
// of a large list a little while after the last one.
QJsonArray reloaded(const QJsonArray &records)
{
    QJsonArray after;
    const qsizetype step = records.size() / 10;
    for (qsizetype row = 0; row < records.size(); ++row) {
        QJsonObject record = records.at(row).toObject();
        if (row % step == 1)
            continue;
        if (row % step == 2)
            record.insert(u"displayName"_s, u"Renamed %1"_s.arg(row));
        after.append(record);
        if (row % step == 3) {
            record.insert(u"id"_s, u"added-%1"_s.arg(row));
            after.append(record);
        }
    }
    return after;
}

double msOf(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return double(clock.nsecsElapsed()) / 1e6;
}

// The UI thread's time at the end of a reload of 100,000 users with 10 rows removed, 10
// added and 10 changed: the new rows replacing the old ones (by id: a few removals,
// insertions and changes; before, one reset), the model alone and under a proxy sorted by
// the first column, at once or (a reset) in the background as tables of that many rows are.
// Each figure includes converting the records into rows, which a reload does page by page as
// they arrive: that is measured alone too (subtracting it gave negative figures when the heap
// was in another state). The best of three runs.
void replaceFigures(const Dataset &users)
{
    QJsonArray before;
    for (const QJsonArray &page : parsedPages(users)) {
        for (const QJsonValue &record : page)
            before.append(record);
    }
    const QJsonArray after = reloaded(before);
    enum Under
    {
        Alone,
        SortedAtOnce,
        SortedInBackground,
        Unders
    };
    double convert = 1e9;
    double keyed[Unders] = {1e9, 1e9, 1e9};
    double reset[Unders] = {1e9, 1e9, 1e9};
    for (int run = 0; run < 3; ++run) {
        RecordTableModel fresh(users.columns);
        convert = std::min(convert, msOf([&] { fresh.replaceRecords(after); }));
        for (int under = Alone; under < Unders; ++under) {
            RecordTableModel model(users.columns);
            RecordTableProxyModel proxy;
            if (under != Alone) {
                if (under == SortedAtOnce)
                    proxy.setBackgroundSortRows(std::numeric_limits<int>::max());
                proxy.setSourceModel(&model);
                proxy.sort(0);
            }
            // Until a background sort's order is in.
            const auto settle = [&proxy] {
                while (proxy.isSorting())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            };
            model.setRecords(before);
            settle();
            const double byId = msOf([&] { model.replaceRecords(after); });
            settle();
            model.setRecords(before);
            settle();
            const double atOnce = msOf([&] { model.setRecords(after); });
            settle();
            keyed[under] = std::min(keyed[under], byId);
            reset[under] = std::min(reset[under], atOnce);
        }
    }
    std::printf("\n## Record models: the end of a reload, %lld users (10 removed, 10 added, 10 "
                "changed)\n\n| the new records in place of the old (converted into rows, then "
                "in place) | model alone ms | under a "
                "proxy sorted at once ms | under a proxy sorting large tables in the background "
                "ms |\n|---|---|---|---|\n",
                qlonglong(before.size()));
    std::printf("| matched by id (replaceRecords) | %.1f | %.1f | %.1f |\n", keyed[Alone],
                keyed[SortedAtOnce], keyed[SortedInBackground]);
    std::printf("| one reset (setRecords, as before) | %.1f | %.1f | %.1f |\n", reset[Alone],
                reset[SortedAtOnce], reset[SortedInBackground]);
    std::printf("| converting them alone (a reload does it page by page while loading) | %.1f | | "
                "|\n",
                convert);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (heapInUse() == 0) {
        std::fprintf(stderr, "zc-bench-memory needs glibc (mallinfo2)\n");
        return 2;
    }
    std::printf("## Record models: heap per row\n\n");
    std::printf("| records | rows | JSON bytes/row | parsed JSON (before) bytes/row | model, "
                "appended page by page bytes/row | model, set at once bytes/row | add a page "
                "ms (median; slowest) | parse every record ms |\n"
                "|---|---|---|---|---|---|---|---|\n");
    for (const Dataset &dataset : datasets()) {
        const double rows = double(dataset.rows);
        const qint64 before = heldBy(dataset, parsedJson);
        const qint64 pages = heldBy(dataset, appended);
        const qint64 once = heldBy(dataset, setAtOnce);
        const PageTimes add = addPageMs(dataset);
        std::printf("| %s | %lld | %.0f | %.0f | %.0f | %.0f | %.1f; %.1f (%lld a page) | %.0f |\n",
                    dataset.name, qlonglong(dataset.rows), double(dataset.jsonBytes) / rows,
                    double(before) / rows, double(pages) / rows, double(once) / rows, add.median,
                    add.slowest, qlonglong(dataset.rows / dataset.pages.size()),
                    parseAllMs(dataset));
    }
    replaceFigures(datasets().constFirst());
    return 0;
}
