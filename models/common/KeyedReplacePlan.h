// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>
#include <vector>

namespace zc {

// How a list of keyed rows becomes a new list of the same kind through few row signals:
// the old rows whose key went are removed, the new ones inserted where the new list has
// them, and the rows that stay but differ are changed. Applying the plan always gives the
// new list. Only where every row has a key, the keys that stay keep their order, and the
// removals and insertions take at most `maxRanges` contiguous ranges between them;
// otherwise there is no plan (the caller resets). Changes in more than `maxRanges` ranges
// become one range from the first changed row to the last.
//
// Keys are 64-bit digests of the rows' ids (rowDigest()), 0 where a row has none. The
// lists are first walked side by side, keys compared in place with a short look ahead where
// they differ (a comparison a row); where that finds no way, through a hash of the old keys.
// A key that stays out of order means no plan, and so does a key repeated in either list
// where the hash is used (the walk matches a key repeated in the same places of both lists
// in order: the plan still gives the new list).
struct KeyedReplacePlan
{
    struct Range
    {
        int first = 0;
        int last = 0;
        bool operator==(const Range &) const = default;
    };
    std::vector<Range> removed;  // rows of the old list, the last range first
    std::vector<Range> inserted; // rows of the new list, in order
    std::vector<Range> changed;  // rows of the new list, in order

    using Key = std::function<quint64(int row)>;
    // `same(oldRow, newRow)`: whether a row that stays is unchanged.
    static std::optional<KeyedReplacePlan> make(int oldCount, const Key &oldKey, int newCount,
                                                const Key &newKey,
                                                const std::function<bool(int, int)> &same,
                                                int maxRanges);
};

} // namespace zc
