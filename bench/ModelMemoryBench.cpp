// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zc-bench-memory: the heap a record table holds per row, for 100,000 ZIdentity users and
// 20,000 ZPA application segments as the simulator serves them (pages of 1,000 and 500),
// kept as the models keep them (RecordTableModel: the parsed JSON of each record) against two
// compact alternatives: each record's raw JSON bytes only (parsed again whenever a cell or a
// detail pane needs it), and those bytes plus the text of every column parsed once. Also the
// time to parse every raw record once, what the alternatives pay for a sort or a filter over
// a column they do not keep. Heap in use from glibc's mallinfo2() before and after, so Linux
// (glibc) only. Prints figures; asserts nothing. Run by scripts/bench.sh.

#include "TenantData.h"
#include "ZidRoutes.h"
#include "ZpaData.h"
#include "common/RecordTableModel.h"
#include "zid/ZidListModels.h"
#include "zpa/AppSegmentModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>
#include <memory>

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
    return {paged("ZIdentity users", UserModel::userColumns(), users, 1000),
            paged("ZPA application segments", AppSegmentModel::segmentColumns(), segments, 500)};
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

// As the models keep records now: RecordTableModel::appendRecords, page by page.
std::unique_ptr<RecordTableModel> asTheyAre(const Dataset &dataset)
{
    auto model = std::make_unique<RecordTableModel>(dataset.columns);
    for (const QByteArray &page : dataset.pages)
        model->appendRecords(QJsonDocument::fromJson(page).array());
    return model;
}

struct CompactRows
{
    QList<QByteArray> raw;
    QList<QList<QVariant>> columns; // empty when only the raw bytes are kept
};

std::unique_ptr<CompactRows> compact(const Dataset &dataset, bool withColumns)
{
    auto rows = std::make_unique<CompactRows>();
    rows->raw.reserve(dataset.rows);
    for (const QByteArray &page : dataset.pages) {
        const QJsonArray records = QJsonDocument::fromJson(page).array();
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            QByteArray raw = QJsonDocument(record).toJson(QJsonDocument::Compact);
            raw.squeeze();
            rows->raw.append(raw);
            if (withColumns) {
                QList<QVariant> cells;
                cells.reserve(dataset.columns.size());
                for (const RecordColumn &column : dataset.columns)
                    cells.append(column.display(record));
                rows->columns.append(cells);
            }
        }
    }
    return rows;
}

// Milliseconds to parse every raw record once.
double parseAllMs(const Dataset &dataset)
{
    const auto rows = compact(dataset, false);
    QElapsedTimer clock;
    clock.start();
    qsizetype members = 0;
    for (const QByteArray &raw : rows->raw)
        members += QJsonDocument::fromJson(raw).object().size();
    const double ms = clock.nsecsElapsed() / 1e6;
    return members > 0 ? ms : -1;
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
    std::printf("| records | rows | JSON bytes/row | as now (parsed JSON) bytes/row | raw JSON "
                "only bytes/row | raw JSON + column texts bytes/row | parse every raw record "
                "ms |\n|---|---|---|---|---|---|---|\n");
    for (const Dataset &dataset : datasets()) {
        const double rows = double(dataset.rows);
        const qint64 now = heldBy(dataset, asTheyAre);
        const qint64 raw = heldBy(dataset, [](const Dataset &d) { return compact(d, false); });
        const qint64 both = heldBy(dataset, [](const Dataset &d) { return compact(d, true); });
        std::printf("| %s | %lld | %.0f | %.0f | %.0f | %.0f | %.0f |\n", dataset.name,
                    qlonglong(dataset.rows), double(dataset.jsonBytes) / rows, double(now) / rows,
                    double(raw) / rows, double(both) / rows, parseAllMs(dataset));
    }
    return 0;
}
