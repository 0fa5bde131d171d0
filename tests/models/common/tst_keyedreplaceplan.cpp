// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// KeyedReplacePlan on lists of keys: the side-by-side walk for few differences, the hash
// where the walk's look ahead is not enough, and no plan where keys are missing, out of
// order or repeated (hash), or the ranges too many. Applying every plan gives the new list.
#include "common/KeyedReplacePlan.h"
#include "common/RecordRows.h"

#include <QStringList>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

QStringList keys(int first, int count)
{
    QStringList list;
    for (int i = first; i < first + count; ++i)
        list << u"k%1"_s.arg(i);
    return list;
}

std::optional<KeyedReplacePlan> plan(const QStringList &before, const QStringList &after,
                                     int maxRanges = 32)
{
    return KeyedReplacePlan::make(
        int(before.size()), [&before](int row) { return rowDigest(before.at(row)); },
        int(after.size()), [&after](int row) { return rowDigest(after.at(row)); },
        [](int, int) { return true; }, maxRanges);
}

// The removals, then the insertions of the plan, applied to `before`.
QStringList applied(QStringList before, const QStringList &after, const KeyedReplacePlan &p)
{
    for (const KeyedReplacePlan::Range &r : p.removed)
        before.remove(r.first, r.last - r.first + 1);
    for (const KeyedReplacePlan::Range &r : p.inserted) {
        for (int row = r.first; row <= r.last; ++row)
            before.insert(row, after.at(row));
    }
    return before;
}

} // namespace

class TestKeyedReplacePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fewDifferencesWalked()
    {
        const QStringList before = keys(0, 1000);
        QStringList after = before;
        after.remove(500, 3);          // removed
        after.insert(100, u"new1"_s);  // inserted
        after.replace(800, u"new2"_s); // k802 replaced in place
        after.append(u"new3"_s);       // added at the end
        const auto p = plan(before, after);
        QVERIFY(p);
        QCOMPARE(applied(before, after, *p), after);
        QCOMPARE(p->removed.size(), 2); // 802, then 500-502
        QCOMPARE(p->removed.front(), (KeyedReplacePlan::Range{802, 802}));
        QCOMPARE(p->inserted.size(), 3);
    }

    void longRunsFoundThroughTheHash()
    {
        const QStringList before = keys(0, 1000);
        QStringList after = before;
        after.remove(200, 300);                    // more than the walk looks ahead
        const QStringList added = keys(5000, 100); // so is this
        for (qsizetype i = 0; i < added.size(); ++i)
            after.insert(600 + i, added.at(i));
        const auto p = plan(before, after);
        QVERIFY(p);
        QCOMPARE(applied(before, after, *p), after);
        QCOMPARE(p->removed, (std::vector<KeyedReplacePlan::Range>{{200, 499}}));
        QCOMPARE(p->inserted, (std::vector<KeyedReplacePlan::Range>{{600, 699}}));
    }

    void noPlanWhereKeysDoNotMatchInOrder()
    {
        const QStringList before = keys(0, 1000);
        QStringList swapped = before; // a short way: walked, the moved key found
        swapped.swapItemsAt(10, 12);
        QVERIFY(!plan(before, swapped));
        QStringList far = before; // a long way: the hash
        far.move(10, 900);
        QVERIFY(!plan(before, far));
        QStringList missing = before;
        missing[400] = QString();
        QVERIFY(!plan(before, missing));
        QVERIFY(!plan(missing, before));
        QStringList repeated = before; // in the old list, found through the hash
        repeated[300] = repeated.at(700);
        repeated.remove(100, 100);
        QVERIFY(!plan(repeated, before.mid(0, 500)));
        QStringList sparse; // 500 removal ranges
        for (int i = 0; i < 1000; i += 2)
            sparse << before.at(i);
        QVERIFY(!plan(before, sparse));
        QVERIFY(plan(before, sparse, 1000));
    }

    void manyChangesBecomeOneRange()
    {
        const QStringList list = keys(0, 1000);
        const auto key = [&list](int row) { return rowDigest(list.at(row)); };
        const auto changed = [](int, int newRow) { return newRow % 10 != 5; };
        const auto p = KeyedReplacePlan::make(1000, key, 1000, key, changed, 32);
        QVERIFY(p);
        QVERIFY(p->removed.empty() && p->inserted.empty());
        QCOMPARE(p->changed, (std::vector<KeyedReplacePlan::Range>{{5, 995}}));
        const auto few = KeyedReplacePlan::make(
            1000, key, 1000, key, [](int, int newRow) { return newRow % 100 != 5; }, 32);
        QVERIFY(few);
        QCOMPARE(few->changed.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestKeyedReplacePlan)
#include "tst_keyedreplaceplan.moc"
