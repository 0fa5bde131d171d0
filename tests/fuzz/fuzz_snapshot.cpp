// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Snapshot files (docs/snapshot-format.md), formats 1 and 2: read, then written and read
// again, which must give the same snapshot; compared with itself, which must show no
// difference; and compared with an empty snapshot, its differences shown in the tree model
// the Snapshots page and `snapshot diff` use, under QAbstractItemModelTester.
#include "FuzzSupport.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotDiffModel.h"
#include "snapshot/SnapshotFile.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = zc::fuzz::bytes(data, size);
    zc::SnapshotReadError error;
    const std::optional<zc::Snapshot> snapshot =
        zc::SnapshotFile::fromJson(input, u"fuzz.zcsnap.json"_s, &error);
    if (!snapshot) {
        ZC_FUZZ_CHECK(error.kind != zc::SnapshotReadError::Kind::None);
        ZC_FUZZ_CHECK(error.message.contains(u"fuzz.zcsnap.json"_s));
        return 0;
    }
    ZC_FUZZ_CHECK(!error);

    // What we write, we read back as it was.
    zc::SnapshotReadError again;
    const std::optional<zc::Snapshot> reread =
        zc::SnapshotFile::fromJson(zc::SnapshotFile::toJson(*snapshot), u"again"_s, &again);
    ZC_FUZZ_CHECK(reread.has_value());
    ZC_FUZZ_CHECK(reread->collections.size() == snapshot->collections.size());
    ZC_FUZZ_CHECK(reread->recordCount() == snapshot->recordCount());
    ZC_FUZZ_CHECK(reread->tenant == snapshot->tenant);
    ZC_FUZZ_CHECK(zc::SnapshotDiff::compare(*snapshot, *reread).isEqual());

    ZC_FUZZ_CHECK(zc::SnapshotDiff::compare(*snapshot, *snapshot).isEqual());
    ZC_FUZZ_CHECK(!snapshot->tenantLabel().isNull());

    const zc::SnapshotDiff diff = zc::SnapshotDiff::compare(zc::Snapshot{}, *snapshot);
    zc::SnapshotDiffModel model;
    zc::fuzz::exercise(&model, [&] { model.setDiff(diff); });
    return 0;
}
