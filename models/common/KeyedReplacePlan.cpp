// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeyedReplacePlan.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace zc {

namespace {

// The contiguous runs of the rows `pick` chooses among 0..count-1.
template<typename Pick> std::vector<KeyedReplacePlan::Range> runs(int count, Pick pick)
{
    std::vector<KeyedReplacePlan::Range> ranges;
    for (int row = 0; row < count; ++row) {
        if (!pick(row))
            continue;
        if (!ranges.empty() && ranges.back().last == row - 1)
            ranges.back().last = row;
        else
            ranges.push_back({row, row});
    }
    return ranges;
}

// How far the walk looks ahead where keys differ.
constexpr int kLookAhead = 64;

// Per new row the old row of its key (-1: a new key), found by walking both lists side by
// side: equal keys match, and where they differ a short look ahead in either list finds the
// rows removed, inserted or replaced there. Hashes no key, so a reload that changed a few
// rows of 100,000 costs a comparison a row. False where the look ahead finds nothing, or
// after more than `maxSteps` differences: the caller matches through a hash.
bool walk(int oldCount, const KeyedReplacePlan::Key &oldKey, int newCount,
          const KeyedReplacePlan::Key &newKey, int maxSteps, std::vector<int> &oldOf)
{
    // The first d in 1..kLookAhead (and at most `room`) where `at(d)` holds, 0 if none.
    const auto ahead = [](int room, auto at) {
        for (int d = 1; d <= std::min(room, kLookAhead); ++d) {
            if (at(d))
                return d;
        }
        return 0;
    };
    int i = 0;
    int j = 0;
    int steps = 0;
    while (i < oldCount && j < newCount) {
        const quint64 oldId = oldKey(i);
        const quint64 newId = newKey(j);
        if (oldId == 0 || newId == 0)
            return false;
        if (oldId == newId) {
            oldOf[static_cast<size_t>(j)] = i;
            ++i;
            ++j;
            continue;
        }
        if (++steps > maxSteps)
            return false;
        if (const int d = ahead(oldCount - 1 - i, [&](int k) { return oldKey(i + k) == newId; })) {
            i += d; // old rows removed
        } else if (const int e =
                       ahead(newCount - 1 - j, [&](int k) { return newKey(j + k) == oldId; })) {
            j += e; // new rows inserted
        } else if (const int f = ahead(std::min(oldCount - 1 - i, newCount - 1 - j),
                                       [&](int k) { return oldKey(i + k) == newKey(j + k); })) {
            i += f; // rows replaced by others
            j += f;
        } else {
            return false;
        }
    }
    return true;
}

// Per new row the old row of its key, through a hash of the old keys: false where a key is
// empty or repeated, or the keys that stay are in another order.
bool match(int oldCount, const KeyedReplacePlan::Key &oldKey, int newCount,
           const KeyedReplacePlan::Key &newKey, std::vector<int> &oldOf)
{
    QHash<quint64, int> oldRows;
    oldRows.reserve(oldCount);
    for (int row = 0; row < oldCount; ++row) {
        const quint64 key = oldKey(row);
        if (key == 0 || oldRows.contains(key))
            return false;
        oldRows.insert(key, row);
    }
    std::vector<char> stays(static_cast<size_t>(oldCount), 0);
    QSet<quint64> added; // new keys, for repeats among them
    int lastKept = -1;
    for (int row = 0; row < newCount; ++row) {
        const quint64 key = newKey(row);
        if (key == 0)
            return false;
        const auto found = oldRows.constFind(key);
        if (found == oldRows.cend()) {
            if (added.contains(key))
                return false;
            added.insert(key);
            continue;
        }
        const int old = found.value();
        if (stays[static_cast<size_t>(old)] || old < lastKept)
            return false; // repeated, or the rows that stay in another order
        stays[static_cast<size_t>(old)] = 1;
        oldOf[static_cast<size_t>(row)] = old;
        lastKept = old;
    }
    return true;
}

} // namespace

std::optional<KeyedReplacePlan> KeyedReplacePlan::make(int oldCount, const Key &oldKey,
                                                       int newCount, const Key &newKey,
                                                       const std::function<bool(int, int)> &same,
                                                       int maxRanges)
{
    std::vector<int> oldOf(static_cast<size_t>(newCount), -1);
    const bool walked = walk(oldCount, oldKey, newCount, newKey, 2 * maxRanges, oldOf);
    if (!walked) {
        std::fill(oldOf.begin(), oldOf.end(), -1);
        if (!match(oldCount, oldKey, newCount, newKey, oldOf))
            return std::nullopt;
    }
    std::vector<char> stays(static_cast<size_t>(oldCount), 0);
    for (const int old : oldOf) {
        if (old >= 0)
            stays[static_cast<size_t>(old)] = 1;
    }

    KeyedReplacePlan plan;
    plan.removed = runs(oldCount, [&stays](int row) { return !stays[static_cast<size_t>(row)]; });
    plan.inserted =
        runs(newCount, [&oldOf](int row) { return oldOf[static_cast<size_t>(row)] < 0; });
    if (plan.removed.size() + plan.inserted.size() > static_cast<size_t>(maxRanges))
        return std::nullopt;
    if (walked) {
        // A key the walk took as removed and as inserted moved: out of order, as match() says.
        QSet<quint64> removedKeys;
        for (const Range &range : plan.removed) {
            for (int row = range.first; row <= range.last; ++row)
                removedKeys.insert(oldKey(row));
        }
        for (const Range &range : plan.inserted) {
            for (int row = range.first; row <= range.last; ++row) {
                if (removedKeys.contains(newKey(row)))
                    return std::nullopt;
            }
        }
    }
    std::reverse(plan.removed.begin(), plan.removed.end());
    plan.changed = runs(newCount, [&oldOf, &same](int row) {
        const int old = oldOf[static_cast<size_t>(row)];
        return old >= 0 && !same(old, row);
    });
    if (plan.changed.size() > static_cast<size_t>(maxRanges))
        plan.changed = {{plan.changed.front().first, plan.changed.back().last}};
    return plan;
}

} // namespace zc
