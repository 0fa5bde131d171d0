// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The flat tables' proxy: its rows against RecordFilterProxyModel's (QSortFilterProxyModel,
// the order tables had before) and against a plain reading of the sort rule, while pages
// append, filters change, rows change, go and come in the middle; in the C locale (no
// collation keys) and in English (collation keys).
#include "common/RecordFilterProxyModel.h"
#include "common/RecordSorter.h"
#include "common/RecordTableModel.h"
#include "common/RecordTableProxyModel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <climits>
#include <functional>
#include <memory>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

// Names (some equal, some empty, digits in them), and a number column whose missing values
// are empty sort values.
QList<RecordColumn> columns()
{
    RecordColumn size;
    size.key = u"size"_s;
    size.display = [](const QJsonObject &o) { return o.value("size"_L1).toVariant(); };
    size.sortValue = [](const QJsonObject &o) {
        return o.contains("size"_L1) ? QVariant(o.value("size"_L1).toInt()) : QVariant();
    };
    return {RecordColumn::member(u"name"_s, "Name"), size, RecordColumn::member(u"note"_s, "Note")};
}

QJsonObject record(int i)
{
    QJsonObject o{{u"name"_s, i % 11 == 0 ? QString() : u"User%1"_s.arg(i * 7 % 300)},
                  {u"note"_s, i % 3 == 0 ? u"Sales"_s : u"finance"_s}};
    if (i % 5 != 0)
        o.insert(u"size"_s, i * 13 % 97);
    return o;
}

QJsonArray page(int first, int count)
{
    QJsonArray records;
    for (int i = first; i < first + count; ++i)
        records.append(record(i));
    return records;
}

QList<int> sourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows << proxy.mapToSource(proxy.index(r, 0)).row();
    return rows;
}

// The rule read plainly, for the name column: names by a case-insensitive numeric collator,
// then letter by letter; equal names in the source's order either way round. Every row of
// `records` passes a filter of `word` in its name or note.
QList<int> expectedByName(const QJsonArray &records, const QString &word, Qt::SortOrder order)
{
    QList<int> rows;
    for (int r = 0; r < records.size(); ++r) {
        const QJsonObject o = records.at(r).toObject();
        if (o.value("name"_L1).toString().contains(word, Qt::CaseInsensitive) ||
            o.value("note"_L1).toString().contains(word, Qt::CaseInsensitive))
            rows << r;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) {
        const QString a = records.at(l)["name"_L1].toString();
        const QString b = records.at(r)["name"_L1].toString();
        int c = collator.compare(a, b);
        if (c == 0)
            c = QString::compare(a, b);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return rows;
}

// A table of two columns whose cells change in every way a source can change them.
class Cells : public QAbstractTableModel
{
public:
    struct Cell
    {
        QString text;
        QVariant sort;
    };
    using Row = QList<Cell>;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Cell &cell = m_rows.at(index.row()).at(index.column());
        return role == Qt::DisplayRole              ? QVariant(cell.text)
               : role == RecordTableModel::SortRole ? cell.sort
                                                    : QVariant();
    }
    void insert(int at, const QList<Row> &rows)
    {
        beginInsertRows({}, at, at + static_cast<int>(rows.size()) - 1);
        for (qsizetype i = 0; i < rows.size(); ++i)
            m_rows.insert(at + i, rows.at(i));
        endInsertRows();
    }
    void remove(int at, int count)
    {
        beginRemoveRows({}, at, at + count - 1);
        m_rows.remove(at, count);
        endRemoveRows();
    }
    void set(int row, int column, const Cell &cell)
    {
        m_rows[row][column] = cell;
        Q_EMIT dataChanged(index(row, column), index(row, column));
    }
    // Rows first..last of a column changed at once: one signal.
    void set(int first, int last, int column, const std::function<Cell()> &cell)
    {
        for (int row = first; row <= last; ++row)
            m_rows[row][column] = cell();
        Q_EMIT dataChanged(index(first, column), index(last, column));
    }
    void reset()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    // The rows the other way round: a layout change of the source's own.
    void reverse()
    {
        Q_EMIT layoutAboutToBeChanged();
        std::reverse(m_rows.begin(), m_rows.end());
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        for (const QModelIndex &i : from)
            to << index(rowCount() - 1 - i.row(), i.column());
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged();
    }

private:
    QList<Row> m_rows;
};

// A cell of Cells at random: names (some empty, some equal but for their case, digits in
// them) in column 0, numbers (some empty) in column 1.
Cells::Cell randomCell(QRandomGenerator &random, int column)
{
    const int n = static_cast<int>(random.bounded(40));
    if (column == 1)
        return Cells::Cell{QString::number(n), n % 9 == 0 ? QVariant() : QVariant(n)};
    // Names that differ in case only: the collator finds them equal.
    const int m = static_cast<int>(random.bounded(2));
    const QString name = n < 4 ? QString() : u"Host%1 %2"_s.arg(n % 20).arg(m ? "b"_L1 : "A"_L1);
    return Cells::Cell{name, n % 3 ? name : name.toLower()};
}

QList<Cells::Row> randomRows(QRandomGenerator &random, int count)
{
    QList<Cells::Row> rows;
    for (int i = 0; i < count; ++i)
        rows.append(Cells::Row{randomCell(random, 0), randomCell(random, 1)});
    return rows;
}

// Holds every thread of the global pool, where background sorts run, until open(): a sort
// then waits with its values read, as one whose worker is still busy does.
class PoolGate
{
public:
    PoolGate()
    {
        m_held = QThreadPool::globalInstance()->maxThreadCount();
        for (int i = 0; i < m_held; ++i)
            QThreadPool::globalInstance()->start([this] { m_gate.acquire(); });
    }
    ~PoolGate() { open(); }
    void open()
    {
        m_gate.release(std::exchange(m_held, 0));
        QThreadPool::globalInstance()->waitForDone();
    }

private:
    QSemaphore m_gate;
    int m_held = 0;
};

// Whether the proxy's background sort has read its values (the worker has them, or waits
// for a thread).
bool readDone(const RecordTableProxyModel &proxy)
{
    const QList<RecordSorter *> sorters = proxy.findChildren<RecordSorter *>();
    return std::none_of(sorters.cbegin(), sorters.cend(),
                        [](const RecordSorter *s) { return s->isReading(); });
}

// Test data: the C locale (no collation keys) and English (collation keys).
void localeRows()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("C") << u"C"_s;
    QTest::newRow("en_US") << u"en_US"_s;
}

// Test data: each locale, both columns of columns() that sort, both orders.
void localeColumnOrderRows()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const QString &locale : {u"C"_s, u"en_US"_s}) {
        for (int column : {0, 1}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s column %d %s", qPrintable(locale), column,
                              order == Qt::AscendingOrder ? "ascending" : "descending")
                    << locale << column << order;
            }
        }
    }
}

// Both proxies over one source, each checked by QAbstractItemModelTester.
struct Both
{
    explicit Both(QAbstractItemModel *source)
    {
        table.setSourceModel(source);
        tree.setSourceModel(source);
    }
    void sort(int column, Qt::SortOrder order)
    {
        table.sort(column, order);
        tree.sort(column, order);
    }
    void filter(const QString &text)
    {
        table.setFilterText(text);
        tree.setFilterText(text);
    }
    RecordTableProxyModel table;
    RecordFilterProxyModel tree;
    QAbstractItemModelTester tableTester{&table,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester treeTester{&tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// Random rows (randomRows()), both proxies over them, the table's sorting in the background.
// Made after the locale is set: the proxies take its collator.
struct RandomTable
{
    RandomTable(quint32 seed, int rows)
        : random(seed)
    {
        model.insert(0, randomRows(random, rows));
        proxies.table.setBackgroundSortRows(1);
    }
    QRandomGenerator random;
    Cells model;
    Both proxies{&model};
};

// The users table's names changing in place, as at the end of a reload of a table that shows
// rows: a RecordTableModel whose renamed rows show and sort by their new names, every range
// renamed first, then one dataChanged over every column for each range.
class Renamed : public RecordTableModel
{
public:
    explicit Renamed(int rows)
        : RecordTableModel(::columns())
    {
        appendRecords(page(0, rows));
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.isValid() && index.column() == 0 &&
            (role == Qt::DisplayRole || role == SortRole)) {
            if (const auto it = m_names.constFind(index.row()); it != m_names.cend())
                return *it;
        }
        return RecordTableModel::data(index, role);
    }
    // Each renamed row gets a name of its own, a number of times, some equal to others'.
    void rename(const QList<std::pair<int, int>> &ranges)
    {
        ++m_times;
        for (const auto &[first, last] : ranges) {
            for (int row = first; row <= last; ++row)
                m_names.insert(row, u"Renamed%1"_s.arg((row * 7919 + m_times * 31) % 1000));
        }
        for (const auto &[first, last] : ranges)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    // What the rows' first column shows, in the order of `rows` (source rows).
    QStringList names(const QList<int> &rows) const
    {
        QStringList names;
        for (int row : rows)
            names << index(row, 0).data().toString();
        return names;
    }

private:
    QHash<int, QString> m_names;
    int m_times = 0;
};

// `ranges` ranges of `size` rows spread over `rows` rows.
QList<std::pair<int, int>> scattered(int rows, int ranges, int size)
{
    QList<std::pair<int, int>> spread;
    for (int i = 0; i < ranges; ++i) {
        const int first = i * (rows / ranges);
        spread.append({first, first + size - 1});
    }
    return spread;
}

// Renamed rows, both proxies over them sorting by name (the table in the background from
// `backgroundRows` rows on). Made after the locale is set: the proxies take its collator.
struct SortedNames
{
    SortedNames(int rows, int backgroundRows)
        : model(rows)
    {
        proxies.table.setBackgroundSortRows(backgroundRows);
        proxies.sort(0, Qt::AscendingOrder);
    }
    Renamed model;
    Both proxies{&model};
};

// The rows of `source` as a proxy sorted at once shows them: the order a change must end in.
QList<int> freshlySorted(QAbstractItemModel *source, int column, Qt::SortOrder order,
                         const QString &filter = {})
{
    RecordTableProxyModel fresh;
    fresh.setBackgroundSortRows(INT_MAX);
    fresh.setSourceModel(source);
    fresh.sort(column, order);
    fresh.setFilterText(filter);
    return sourceRows(fresh);
}

} // namespace

class TestRecordTableProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void pagesAppendInSortedOrder_data() { localeColumnOrderRows(); }

    // A source that goes with its parent (a page closing) takes its rows with it, and the proxy
    // says nothing, as Qt's own proxies: a reset then had the view announce a new current
    // record to the page already half destroyed (UBSan: a downcast of a destroyed object).
    void aDestroyedSourceLeavesWithoutASignal()
    {
        auto *model = new RecordTableModel(columns());
        model->setRecords(page(0, 30));
        RecordTableProxyModel proxy;
        proxy.setSourceModel(model);
        proxy.sort(0, Qt::AscendingOrder);
        proxy.setFilterText(u"user"_s);
        QVERIFY(proxy.rowCount() > 0);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy removals(&proxy, &QAbstractItemModel::rowsAboutToBeRemoved);
        delete model;
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(removals.count(), 0);
        QCOMPARE(proxy.sourceModel(), nullptr);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!proxy.index(0, 0).isValid());
        // A new source afterwards is followed as usual, filtered and sorted as before: of five
        // records, the first has no name.
        RecordTableModel next(columns());
        next.setRecords(page(0, 5));
        proxy.setSourceModel(&next);
        QCOMPARE(sourceRows(proxy), expectedByName(page(0, 5), u"user"_s, Qt::AscendingOrder));
        QCOMPARE(proxy.rowCount(), 4);
    }

    // Sorted before any row arrives, as a saved layout has it, then pages of 100 appended:
    // after each, the rows stand as QSortFilterProxyModel sorted them (numbers as numbers,
    // empty values last ascending, equal values in the source's order), with and without a
    // filter typed while they load.
    void pagesAppendInSortedOrder()
    {
        QFETCH(QString, locale);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QLocale::setDefault(QLocale(locale));
        RecordTableModel model(columns());
        Both proxies(&model);
        proxies.sort(column, order);
        QJsonArray all;
        for (int p = 0; p < 8; ++p) {
            if (p == 3)
                proxies.filter(u"user1"_s); // matches rows of later pages too
            if (p == 6)
                proxies.filter(u"sales"_s);
            const QJsonArray records = page(p * 100, 100);
            model.appendRecords(records);
            for (const QJsonValue &v : records)
                all.append(v);
            QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
            if (column == 0) {
                const QString word = p < 3 ? QString() : p < 6 ? u"user1"_s : u"sales"_s;
                QCOMPARE(sourceRows(proxies.table), expectedByName(all, word, order));
            }
        }
        QVERIFY(proxies.table.rowCount() > 0);
        QCOMPARE(proxies.table.rowCount(),
                 static_cast<int>(expectedByName(all, u"sales"_s, order).size()));
    }

    // The current row and the selection (persistent indexes) follow their rows when a page
    // merges in around them, and when the sort changes.
    void selectionFollowsItsRowsThroughAMerge()
    {
        RecordTableModel model(columns());
        model.appendRecords(page(0, 200));
        RecordTableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(0, Qt::AscendingOrder);
        QItemSelectionModel selection(&proxy);
        const QModelIndex current = proxy.index(50, 2);
        const QJsonObject currentRecord =
            current.data(RecordTableModel::RawJsonRole).toJsonObject();
        selection.setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
        selection.select(proxy.index(120, 0), QItemSelectionModel::Select);
        const QJsonObject selectedRecord =
            proxy.index(120, 0).data(RecordTableModel::RawJsonRole).toJsonObject();
        // Whether the current cell and the selected ones are those of the same records.
        const auto followed = [&] {
            const QModelIndexList selected = selection.selectedIndexes();
            return selection.currentIndex().column() == 2 &&
                   selection.currentIndex().data(RecordTableModel::RawJsonRole).toJsonObject() ==
                       currentRecord &&
                   selected.size() == 2 &&
                   std::any_of(selected.cbegin(), selected.cend(), [&](const QModelIndex &i) {
                       return i.data(RecordTableModel::RawJsonRole).toJsonObject() ==
                              selectedRecord;
                   });
        };
        const int before = selection.currentIndex().row();
        model.appendRecords(page(200, 500)); // rows land before and after both
        QVERIFY(selection.currentIndex().row() != before);
        QVERIFY(followed());
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(selection.currentIndex().data(RecordTableModel::RawJsonRole).toJsonObject(),
                 currentRecord);
        proxy.sort(-1);
        QCOMPARE(sourceRows(proxy).size(), 700);
        QCOMPARE(sourceRows(proxy).first(), 0);
        QCOMPARE(sourceRows(proxy).last(), 699);
        QCOMPARE(selection.currentIndex().data(RecordTableModel::RawJsonRole).toJsonObject(),
                 currentRecord);
        // Sorted in the background: nothing moves until the order comes, then both follow.
        proxy.setBackgroundSortRows(1);
        const int unsorted = selection.currentIndex().row();
        proxy.sort(0, Qt::DescendingOrder);
        QVERIFY(proxy.isSorting());
        QCOMPARE(selection.currentIndex().row(), unsorted);
        QTRY_VERIFY(!proxy.isSorting());
        QVERIFY(selection.currentIndex().row() != unsorted);
        QVERIFY(followed());
    }

    // Source rows removed leave the sorted, filtered proxy as removals of the rows shown, a few
    // ranges of them: the selection and the current cell stay on their records, and the rows
    // left stand as a fresh proxy shows them. Scattered over more than 16 ranges, one reset.
    void removedRowsLeaveAsRemovals()
    {
        QRandomGenerator random(7);
        Cells model;
        model.insert(0, randomRows(random, 300));
        RecordTableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(0, Qt::AscendingOrder);
        proxy.setFilterText(u"1"_s);
        QVERIFY(proxy.rowCount() > 50);
        // Source rows 100..104 are shown at places apart from each other.
        const auto shownOf = [&](int first, int last) {
            int shown = 0;
            for (int row = first; row <= last; ++row)
                shown += proxy.mapFromSource(model.index(row, 0)).isValid() ? 1 : 0;
            return shown;
        };
        int first = 0;
        while (shownOf(first, first + 4) < 3)
            ++first;
        // The current cell and a selected row on records that stay, one below the removed rows.
        QItemSelectionModel selection(&proxy);
        const QPersistentModelIndex current = proxy.index(proxy.rowCount() - 1, 1);
        const QPersistentModelIndex selected = proxy.index(0, 0);
        QVERIFY(proxy.mapToSource(current).row() > first + 4 ||
                proxy.mapToSource(current).row() < first);
        const QString currentText = current.data().toString();
        const QString selectedText = selected.data().toString();
        selection.setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
        selection.select(selected, QItemSelectionModel::Select);
        const auto same = [&] {
            RecordTableProxyModel fresh;
            fresh.setSourceModel(&model);
            fresh.sort(0, Qt::AscendingOrder);
            fresh.setFilterText(u"1"_s);
            return sourceRows(proxy) == sourceRows(fresh);
        };
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removals(&proxy, &QAbstractItemModel::rowsAboutToBeRemoved);
        const int shown = shownOf(first, first + 4);
        model.remove(first, 5);
        QCOMPARE(resets.count(), 0);
        QVERIFY(removals.count() >= 1 && removals.count() <= shown);
        QVERIFY(same());
        QVERIFY(current.isValid() && selected.isValid());
        QCOMPARE(selection.currentIndex(), QModelIndex(current));
        QCOMPARE(current.data().toString(), currentText);
        QCOMPARE(selected.data().toString(), selectedText);
        QVERIFY(selection.isSelected(selected));
        // Rows scattered all over: one reset, the rows left as a fresh proxy has them.
        removals.clear();
        model.remove(0, 150);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(removals.count(), 0);
        QVERIFY(same());
    }

    // Whatever the source does (pages appended, rows inserted in the middle, removed, their
    // sort values or texts changed, a reset, a sort of its own), and whatever the filter and
    // the sort: the rows stand as in QSortFilterProxyModel. Sorting in the background, the
    // views see the order last shown (as a proxy sorted that way at once shows it; after a
    // reset, the source's) until the one asked for comes, while sorts are made and given
    // up; once a value of the column
    // shown sorted changed (sorted again in the background too), they see the same rows
    // until then, in the order they stood (bigChangesResortInTheBackground checks that).
    void followsEverySourceChange_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("background");
        for (const QString &locale : {u"C"_s, u"en_US"_s}) {
            for (bool background : {false, true}) {
                QTest::addRow("%s %s", qPrintable(locale),
                              background ? "sorting in the background" : "sorting at once")
                    << locale << background;
            }
        }
    }

    void followsEverySourceChange()
    {
        QFETCH(QString, locale);
        QFETCH(bool, background);
        QLocale::setDefault(QLocale(locale));
        Cells model;
        QRandomGenerator random(13);
        const auto anyRow = [&](int from) {
            return static_cast<int>(random.bounded(std::max(1, model.rowCount() - from)));
        };
        Both proxies(&model);
        if (background)
            proxies.table.setBackgroundSortRows(1);
        RecordTableProxyModel shown;
        shown.setBackgroundSortRows(INT_MAX);
        shown.setSourceModel(&model);
        int applied = 0;
        connect(&proxies.table, &RecordTableProxyModel::sortingChanged, this,
                [&](bool sorting) { applied += sorting ? 0 : 1; });
        const QStringList filters{QString(), u"host1"_s, u"a"_s, u"3"_s, u"host"_s};
        int most = 0;
        bool staleOrder = false;
        for (int step = 0; step < 500; ++step) {
            const int count = model.rowCount();
            switch (random.bounded(12)) {
            case 0:
            case 1:
            case 2:
                model.insert(count, randomRows(random, 20)); // a page
                break;
            case 3:
                model.insert(anyRow(0), randomRows(random, 3));
                break;
            case 4:
                if (count > 2)
                    model.remove(anyRow(2), 2);
                break;
            case 5:
                if (count > 0) {
                    const int column = static_cast<int>(random.bounded(2));
                    model.set(anyRow(0), column, randomCell(random, column));
                    staleOrder |= background && column == shown.sortColumn();
                }
                break;
            case 6: {
                const QString filter = filters.at(static_cast<int>(random.bounded(filters.size())));
                proxies.filter(filter);
                shown.setFilterText(filter);
                break;
            }
            case 7:
                proxies.sort(static_cast<int>(random.bounded(3)) - 1,
                             random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            case 8:
                if (random.bounded(8) == 0)
                    model.reset();
                else
                    model.reverse();
                // Sorting in the background, the views get the source's order until the sort
                // asked for comes.
                if (proxies.table.isSorting()) {
                    shown.sort(-1);
                    staleOrder = false;
                }
                break;
            case 9:
                QCoreApplication::processEvents();
                break;
            case 10:
                QTRY_VERIFY(!proxies.table.isSorting());
                break;
            default:
                break;
            }
            if (!proxies.table.isSorting()) {
                QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
                shown.sort(proxies.table.sortColumn(), proxies.table.sortOrder());
                staleOrder = false;
            }
            if (staleOrder) {
                QList<int> rows = sourceRows(proxies.table);
                QList<int> expected = sourceRows(shown);
                std::sort(rows.begin(), rows.end());
                std::sort(expected.begin(), expected.end());
                QCOMPARE(rows, expected);
            } else {
                QCOMPARE(sourceRows(proxies.table), sourceRows(shown));
            }
            most = std::max(most, model.rowCount());
        }
        QVERIFY(most > 100);
        if (background)
            QVERIFY(applied > 10);
        else
            QCOMPARE(applied, 0);
    }

    void backgroundSortGivesTheSynchronousOrder_data() { localeColumnOrderRows(); }

    // Random names and numbers, equal and empty ones among them, over several of the
    // worker's runs: the background sort orders them exactly as the sort made at once, and as
    // QSortFilterProxyModel; until it is done the views keep the order they had.
    void backgroundSortGivesTheSynchronousOrder()
    {
        QFETCH(QString, locale);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QLocale::setDefault(QLocale(locale));
        Cells model;
        QRandomGenerator random(7);
        model.insert(0, randomRows(random, 9000));
        Both proxies(&model);
        RecordTableProxyModel atOnce;
        atOnce.setBackgroundSortRows(INT_MAX);
        atOnce.setSourceModel(&model);
        QCOMPARE(proxies.table.backgroundSortRows(), 5000);
        proxies.table.setBackgroundSortRows(1);
        const QList<int> before = sourceRows(proxies.table);
        QSignalSpy sorting(&proxies.table, &RecordTableProxyModel::sortingChanged);
        QSignalSpy layouts(&proxies.table, &QAbstractItemModel::layoutChanged);
        proxies.sort(column, order);
        atOnce.sort(column, order);
        QVERIFY(proxies.table.isSorting());
        QCOMPARE(proxies.table.sortColumn(), column);
        QCOMPARE(proxies.table.sortOrder(), order);
        QCOMPARE(sourceRows(proxies.table), before);
        QCOMPARE(layouts.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!proxies.table.isSorting(), 30000);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(sorting.at(0).at(0).toBool(), true);
        QCOMPARE(sorting.at(1).at(0).toBool(), false);
        QCOMPARE(sourceRows(proxies.table), sourceRows(atOnce));
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
        // The other way round, from the keys of the same column.
        const Qt::SortOrder other =
            order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        proxies.sort(column, other);
        atOnce.sort(column, other);
        QTRY_VERIFY_WITH_TIMEOUT(!proxies.table.isSorting(), 30000);
        QCOMPARE(sourceRows(proxies.table), sourceRows(atOnce));
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
    }

    // While the background sort waits for its worker, pages arrive and a filter is typed: the
    // views see them in the order they had (as a proxy sorted that way at once shows them);
    // then the new order comes with every page and the filter in place.
    void pagesAndFilterWhileSortingEndInPlace_data() { localeRows(); }

    void pagesAndFilterWhileSortingEndInPlace()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        RecordTableModel model(columns());
        QJsonArray all = page(0, 3000);
        model.appendRecords(all);
        Both proxies(&model);
        proxies.sort(1, Qt::AscendingOrder); // at once: fewer rows than 5,000
        QVERIFY(!proxies.table.isSorting());
        RecordTableProxyModel shown; // the order the views keep meanwhile
        shown.setSourceModel(&model);
        shown.sort(1, Qt::AscendingOrder);
        QCOMPARE(sourceRows(proxies.table), sourceRows(shown));
        proxies.table.setBackgroundSortRows(1);
        QItemSelectionModel selection(&proxies.table);
        std::unique_ptr<PoolGate> gate = std::make_unique<PoolGate>();
        proxies.table.sort(0, Qt::DescendingOrder);
        QVERIFY(proxies.table.isSorting());
        QCOMPARE(sourceRows(proxies.table), sourceRows(shown));
        const auto append = [&](int first) {
            const QJsonArray records = page(first, 500);
            model.appendRecords(records);
            for (const QJsonValue &v : records)
                all.append(v);
            QCOMPARE(sourceRows(proxies.table),
                     proxies.table.isSorting() ? sourceRows(shown) : sourceRows(proxies.tree));
        };
        append(3000); // while it reads the values
        QTRY_VERIFY(readDone(proxies.table));
        append(3500); // while the worker sorts
        proxies.table.setFilterText(u"user1"_s);
        shown.setFilterText(u"user1"_s);
        QCOMPARE(sourceRows(proxies.table), sourceRows(shown));
        const QModelIndex current = proxies.table.index(10, 2);
        const QJsonObject currentRecord =
            current.data(RecordTableModel::RawJsonRole).toJsonObject();
        selection.setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
        append(4000);
        QVERIFY(proxies.table.isSorting());
        QCOMPARE(proxies.table.sortColumn(), 0);
        QCOMPARE(proxies.table.sortOrder(), Qt::DescendingOrder);
        gate->open();
        QTRY_VERIFY(!proxies.table.isSorting());
        QCOMPARE(sourceRows(proxies.table), expectedByName(all, u"user1"_s, Qt::DescendingOrder));
        proxies.tree.sort(0, Qt::DescendingOrder);
        proxies.tree.setFilterText(u"user1"_s);
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
        QCOMPARE(selection.currentIndex().data(RecordTableModel::RawJsonRole).toJsonObject(),
                 currentRecord);
        append(4500); // into the new order
        QCOMPARE(sourceRows(proxies.table), expectedByName(all, u"user1"_s, Qt::DescendingOrder));
    }

    // Values the background sort had read change before its order comes: those rows stand
    // where their new values go.
    void valuesChangedWhileSortingEndInPlace()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        RandomTable table(41, 2000);
        Cells &model = table.model;
        Both &proxies = table.proxies;
        {
            PoolGate gate;
            proxies.sort(0, Qt::AscendingOrder);
            QTRY_VERIFY(readDone(proxies.table));
            for (int i = 0; i < 60; ++i) {
                const int column = i % 3 == 0 ? 1 : 0;
                model.set(static_cast<int>(table.random.bounded(2000)), column,
                          randomCell(table.random, column));
            }
            model.insert(2000, randomRows(table.random, 100));
            model.set(2050, 0, randomCell(table.random, 0));
            QVERIFY(proxies.table.isSorting());
        }
        QTRY_VERIFY(!proxies.table.isSorting());
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
    }

    // Rows put among those the background sort had read, or taken from them: it starts again
    // over the rows as they are, and its order comes once.
    void rowsInsertedOrRemovedWhileSorting()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        RandomTable table(43, 2000);
        Cells &model = table.model;
        Both &proxies = table.proxies;
        QSignalSpy layouts(&proxies.table, &QAbstractItemModel::layoutChanged);
        for (int column : {1, 0}) {
            {
                PoolGate gate;
                proxies.sort(column, Qt::DescendingOrder);
                QTRY_VERIFY(readDone(proxies.table));
                if (column == 1)
                    model.insert(700, randomRows(table.random, 30));
                else
                    model.remove(10, 25);
                QVERIFY(proxies.table.isSorting());
                QTRY_VERIFY(readDone(proxies.table));
            }
            QTRY_VERIFY(!proxies.table.isSorting());
            QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
        }
        QCOMPARE(layouts.size(), 2);
    }

    // A newer sort gives the older one up: only its order comes, in one layout change; back
    // to the order shown, or to no order, while a sort is made, applies at once.
    void aNewerSortSupersedes()
    {
        RecordTableModel model(columns());
        model.appendRecords(page(0, 2000));
        Both proxies(&model);
        proxies.table.setBackgroundSortRows(1);
        QSignalSpy layouts(&proxies.table, &QAbstractItemModel::layoutChanged);
        QSignalSpy sorting(&proxies.table, &RecordTableProxyModel::sortingChanged);
        {
            PoolGate gate;
            proxies.table.sort(0, Qt::AscendingOrder);
            QTRY_VERIFY(readDone(proxies.table));
            proxies.sort(1, Qt::DescendingOrder); // the tree at once, the table in the background
            QCOMPARE(proxies.table.sortColumn(), 1);
            QCOMPARE(proxies.table.sortOrder(), Qt::DescendingOrder);
            QVERIFY(proxies.table.isSorting());
        }
        QTRY_VERIFY(!proxies.table.isSorting());
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));

        const QList<int> shown = sourceRows(proxies.table);
        proxies.table.sort(0, Qt::AscendingOrder);
        QVERIFY(proxies.table.isSorting());
        proxies.table.sort(1, Qt::DescendingOrder); // the order shown
        QVERIFY(!proxies.table.isSorting());
        QCOMPARE(proxies.table.sortColumn(), 1);
        QCOMPARE(sourceRows(proxies.table), shown);
        QCOMPARE(sorting.size(), 4);

        proxies.sort(0, Qt::AscendingOrder);
        QVERIFY(proxies.table.isSorting());
        proxies.sort(-1, Qt::AscendingOrder); // unsorted: at once
        QVERIFY(!proxies.table.isSorting());
        QCOMPARE(proxies.table.sortColumn(), -1);
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
        QCOMPARE(sourceRows(proxies.table).first(), 0);
        // Nothing of the sorts given up comes later.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(layouts.size(), 2);
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
    }

    // A view that asks for another sort when one's order comes: that one is made, and the
    // proxy says it is sorting until it is done, without a word in between.
    void aSortAskedForWhenAnOrderComes()
    {
        RandomTable table(47, 1000);
        Both &proxies = table.proxies;
        QSignalSpy sorting(&proxies.table, &RecordTableProxyModel::sortingChanged);
        bool asked = false;
        bool sortingThen = false;
        connect(&proxies.table, &QAbstractItemModel::layoutChanged, this, [&] {
            if (std::exchange(asked, true))
                return;
            proxies.table.sort(1, Qt::DescendingOrder);
            sortingThen = proxies.table.isSorting();
        });
        proxies.table.sort(0, Qt::AscendingOrder);
        QTRY_VERIFY(asked);
        QVERIFY(sortingThen);
        QTRY_VERIFY(!proxies.table.isSorting());
        QCOMPARE(proxies.table.sortColumn(), 1);
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(sorting.at(0).at(0).toBool(), true);
        QCOMPARE(sorting.at(1).at(0).toBool(), false);
        proxies.tree.sort(1, Qt::DescendingOrder);
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
    }

    // A reset of the source, a source destroyed, or the proxy destroyed while the worker
    // sorts: the sort asked for applies at once (or goes with the proxy), and what the worker
    // made is dropped without touching either (ASan and UBSan in CI).
    void resetOrDestructionWhileSorting()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        RecordTableModel model(columns());
        model.appendRecords(page(0, 3000));
        auto proxy = std::make_unique<RecordTableProxyModel>();
        proxy->setBackgroundSortRows(1);
        proxy->setSourceModel(&model);
        auto tester = std::make_unique<QAbstractItemModelTester>(
            proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy layouts(proxy.get(), &QAbstractItemModel::layoutChanged);
        {
            PoolGate gate;
            proxy->sort(0, Qt::DescendingOrder);
            QTRY_VERIFY(readDone(*proxy));
            // A table this large (any, here) shows the source's order after a reset, the
            // sort asked for made again from its rows.
            model.setRecords(page(0, 100));
            QVERIFY(proxy->isSorting());
            QCOMPARE(proxy->sortColumn(), 0);
            QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
            QList<int> sourceOrder(100);
            std::iota(sourceOrder.begin(), sourceOrder.end(), 0);
            QCOMPARE(sourceRows(*proxy), sourceOrder);
        }
        QTRY_VERIFY(!proxy->isSorting());
        QCOMPARE(sourceRows(*proxy), expectedByName(page(0, 100), {}, Qt::DescendingOrder));
        QCoreApplication::processEvents();
        QCOMPARE(layouts.size(), 1); // the new sort's order: nothing of the one given up
        // Smaller than backgroundSortRows(): sorted at once, the sort under way given up.
        {
            PoolGate gate;
            proxy->sort(0, Qt::AscendingOrder);
            QVERIFY(proxy->isSorting());
            proxy->setBackgroundSortRows(101);
            model.setRecords(page(0, 100));
            QVERIFY(!proxy->isSorting());
            QCOMPARE(proxy->sortOrder(), Qt::AscendingOrder);
            QCOMPARE(sourceRows(*proxy), expectedByName(page(0, 100), {}, Qt::AscendingOrder));
        }
        QCoreApplication::processEvents();
        QCOMPARE(layouts.size(), 1);
        proxy->setBackgroundSortRows(1);

        // The source destroyed: a new one is sorted as asked.
        model.appendRecords(page(100, 2900));
        auto *doomed = new RecordTableModel(columns());
        doomed->appendRecords(page(0, 3000));
        proxy->setSourceModel(doomed);
        {
            PoolGate gate;
            proxy->sort(0, Qt::AscendingOrder);
            QTRY_VERIFY(readDone(*proxy));
            delete doomed;
            QVERIFY(!proxy->isSorting());
            QCOMPARE(proxy->rowCount(), 0);
        }
        QCoreApplication::processEvents();
        proxy->setSourceModel(&model);
        QVERIFY(proxy->isSorting());
        QTRY_VERIFY(!proxy->isSorting());
        QCOMPARE(sourceRows(*proxy), expectedByName(page(0, 3000), {}, Qt::AscendingOrder));

        // The proxy destroyed while the worker waits, then while it runs.
        {
            PoolGate gate;
            proxy->sort(1, Qt::AscendingOrder);
            QTRY_VERIFY(readDone(*proxy));
            tester.reset();
            proxy.reset();
        }
        for (int i = 0; i < 3; ++i) {
            proxy = std::make_unique<RecordTableProxyModel>();
            proxy->setBackgroundSortRows(1);
            proxy->setSourceModel(&model);
            proxy->sort(i, Qt::DescendingOrder);
            QTRY_VERIFY(readDone(*proxy));
            proxy.reset();
        }
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
    }

    void bigChangesResortInTheBackground_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<Qt::SortOrder>("order");
        for (const QString &locale : {u"C"_s, u"en_US"_s}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s %s", qPrintable(locale),
                              order == Qt::AscendingOrder ? "ascending" : "descending")
                    << locale << order;
            }
        }
    }

    // The names of 6,000 rows sorted by name change at once: the views see the new names where
    // their rows stood, with the busy signal, until the new order comes in one layout change,
    // the order a fresh sort makes, the current cell and the selection with their rows. A few
    // rows renamed then are sorted again at once, as before.
    void bigChangesResortInTheBackground()
    {
        QFETCH(QString, locale);
        QFETCH(Qt::SortOrder, order);
        QLocale::setDefault(QLocale(locale));
        Renamed model(6000);
        Both proxies(&model);
        RecordTableProxyModel &table = proxies.table;
        QCOMPARE(table.backgroundSortRows(), 5000);
        proxies.sort(0, order);
        QTRY_VERIFY_WITH_TIMEOUT(!table.isSorting(), 30000);
        QItemSelectionModel selection(&table);
        selection.setCurrentIndex(table.index(100, 2), QItemSelectionModel::ClearAndSelect);
        selection.select(table.index(4000, 1), QItemSelectionModel::Select);
        const int currentRow = table.mapToSource(table.index(100, 2)).row();
        const int selectedRow = table.mapToSource(table.index(4000, 1)).row();
        const QList<int> before = sourceRows(table);
        QSignalSpy sorting(&table, &RecordTableProxyModel::sortingChanged);
        QSignalSpy layouts(&table, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        {
            PoolGate gate;
            model.rename({{0, 5999}});
            QVERIFY(table.isSorting());
            QCOMPARE(table.sortColumn(), 0);
            QCOMPARE(table.sortOrder(), order);
            QCOMPARE(sorting.size(), 1);
            QCOMPARE(sorting.at(0).at(0).toBool(), true);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(sourceRows(table), before);
            QStringList shown;
            for (int r = 0; r < table.rowCount(); ++r)
                shown << table.index(r, 0).data().toString();
            QCOMPARE(shown, model.names(before));
            QVERIFY(shown != model.names(freshlySorted(&model, 0, order)));
            QTRY_VERIFY(readDone(table));
            QCoreApplication::processEvents();
            QCOMPARE(sourceRows(table), before);
            QCOMPARE(layouts.size(), 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!table.isSorting(), 30000);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(sorting.at(1).at(0).toBool(), false);
        QCOMPARE(sourceRows(table), freshlySorted(&model, 0, order));
        QCOMPARE(sourceRows(table), sourceRows(proxies.tree));
        QVERIFY(sourceRows(table) != before);
        QCOMPARE(table.mapToSource(selection.currentIndex()).row(), currentRow);
        QCOMPARE(selection.currentIndex().column(), 2);
        const QModelIndexList selected = selection.selectedIndexes();
        QCOMPARE(selected.size(), 2);
        QVERIFY(std::any_of(selected.cbegin(), selected.cend(), [&](const QModelIndex &i) {
            return i.column() == 1 && table.mapToSource(i).row() == selectedRow;
        }));

        model.rename({{10, 59}});
        QVERIFY(!table.isSorting());
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(sourceRows(table), freshlySorted(&model, 0, order));
    }

    // Ranges renamed one at a time, the event loop running between them, are each sorted at
    // once; a hundred that come together (a reload ending in many ranges) add up: the first
    // are sorted at once, the rest in the background, not one layout change each. A hundred
    // ranges of 5 rows in a table of 1,000 cost little, and are all sorted at once.
    void changesThatComeTogetherAddUp()
    {
        Renamed model(6000);
        RecordTableProxyModel table;
        table.setSourceModel(&model);
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.sort(0, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!table.isSorting(), 30000);
        for (int i = 0; i < 5; ++i) {
            model.rename({{i * 1000, i * 1000 + 199}});
            QVERIFY(!table.isSorting());
            QCOMPARE(sourceRows(table), freshlySorted(&model, 0, Qt::AscendingOrder));
            QCoreApplication::processEvents();
        }
        QSignalSpy layouts(&table, &QAbstractItemModel::layoutChanged);
        model.rename(scattered(6000, 100, 50));
        QVERIFY(table.isSorting());
        QVERIFY(layouts.size() > 0);
        QVERIFY(layouts.size() < 100);
        QTRY_VERIFY_WITH_TIMEOUT(!table.isSorting(), 30000);
        QCOMPARE(sourceRows(table), freshlySorted(&model, 0, Qt::AscendingOrder));

        Renamed small(1000);
        RecordTableProxyModel smallTable;
        smallTable.setSourceModel(&small);
        smallTable.sort(0, Qt::DescendingOrder);
        small.rename(scattered(1000, 100, 5));
        QVERIFY(!smallTable.isSorting());
        QCOMPARE(sourceRows(smallTable), freshlySorted(&small, 0, Qt::DescendingOrder));
    }

    // Rows put among those the re-sort read, taken from them, or appended while it waits: it
    // starts again over the rows as they are (or merges the appended ones), says it sorts once
    // and is done once, and its order is a fresh sort's.
    void rowsInsertedOrRemovedWhileResorting()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        RandomTable random(53, 3000);
        Cells &model = random.model;
        RecordTableProxyModel &table = random.proxies.table;
        table.setBackgroundSortRows(1000);
        random.proxies.sort(0, Qt::AscendingOrder);
        QTRY_VERIFY(!table.isSorting());
        for (int round = 0; round < 3; ++round) {
            QSignalSpy sorting(&table, &RecordTableProxyModel::sortingChanged);
            {
                PoolGate gate;
                const QList<int> before = sourceRows(table);
                model.set(0, model.rowCount() - 1, 0, [&] { return randomCell(random.random, 0); });
                QVERIFY(table.isSorting());
                QCOMPARE(sourceRows(table), before);
                QTRY_VERIFY(readDone(table));
                if (round == 0)
                    model.insert(1500, randomRows(random.random, 40));
                else if (round == 1)
                    model.remove(100, 30);
                else
                    model.insert(model.rowCount(), randomRows(random.random, 40));
                QVERIFY(table.isSorting());
                QCOMPARE(readDone(table), round == 2);
                QTRY_VERIFY(readDone(table));
            }
            QTRY_VERIFY(!table.isSorting());
            QCOMPARE(sorting.size(), 2);
            QCOMPARE(sourceRows(table), sourceRows(random.proxies.tree));
            QCOMPARE(sourceRows(table), freshlySorted(&model, 0, Qt::AscendingOrder));
        }
    }

    // A filter in force while the names change, and one typed while the re-sort waits: the
    // views see the rows that pass, in the order the rows stood; then the new order, filtered.
    void aFilterWhileResorting()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        SortedNames names(6000, 2000);
        RecordTableProxyModel &table = names.proxies.table;
        QTRY_VERIFY_WITH_TIMEOUT(!table.isSorting(), 30000);
        const QList<int> order = sourceRows(table);
        // The rows of `order` that pass `filter` now.
        const auto passing = [&](const QString &filter) {
            RecordTableProxyModel unsorted;
            unsorted.setSourceModel(&names.model);
            unsorted.setFilterText(filter);
            const QList<int> rows = sourceRows(unsorted);
            QList<int> kept;
            std::copy_if(order.cbegin(), order.cend(), std::back_inserter(kept),
                         [&](int row) { return rows.contains(row); });
            return kept;
        };
        names.proxies.filter(u"user2"_s);
        QCOMPARE(sourceRows(table), passing(u"user2"_s));
        const int passed = table.rowCount();
        {
            PoolGate gate;
            names.model.rename({{0, 2999}}); // those no longer pass
            QVERIFY(table.isSorting());
            QCOMPARE(sourceRows(table), passing(u"user2"_s));
            QVERIFY(table.rowCount() > 0);
            QVERIFY(table.rowCount() < passed);
            QTRY_VERIFY(readDone(table));
            names.proxies.filter(u"renamed2"_s);
            QVERIFY(!sourceRows(table).isEmpty());
            QCOMPARE(sourceRows(table), passing(u"renamed2"_s));
            QVERIFY(table.isSorting());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!table.isSorting(), 30000);
        QCOMPARE(sourceRows(table),
                 freshlySorted(&names.model, 0, Qt::AscendingOrder, u"renamed2"_s));
        QCOMPARE(sourceRows(table), sourceRows(names.proxies.tree));
    }

    // A reset of a sorted table of backgroundSortRows() rows or more (a reload whose rows
    // could not be matched by id ends so): the views get the source's rows at once, in its
    // order and filtered, the header still saying the sort asked for, and the sorted order
    // comes from the background as one layout change. A smaller table is sorted at once. A
    // new source and a layout change of the source's own do the same.
    void aLargeResetSortsInTheBackground()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        RecordTableModel model(columns());
        model.setRecords(page(0, 6000));
        Both proxies(&model);
        QCOMPARE(proxies.table.backgroundSortRows(), 5000);
        proxies.sort(0, Qt::DescendingOrder);
        QTRY_VERIFY(!proxies.table.isSorting());
        proxies.filter(u"sales"_s);
        QSignalSpy sorting(&proxies.table, &RecordTableProxyModel::sortingChanged);
        QSignalSpy layouts(&proxies.table, &QAbstractItemModel::layoutChanged);
        const auto inSourceOrder = [](const QJsonArray &records) {
            QList<int> rows;
            for (int r = 0; r < records.size(); ++r) {
                if (records.at(r)["note"_L1].toString() == "Sales"_L1)
                    rows << r;
            }
            return rows;
        };
        const QJsonArray next = page(3000, 7000);
        {
            PoolGate gate;
            model.setRecords(next);
            QVERIFY(proxies.table.isSorting());
            QCOMPARE(proxies.table.sortColumn(), 0);
            QCOMPARE(proxies.table.sortOrder(), Qt::DescendingOrder);
            QCOMPARE(sourceRows(proxies.table), inSourceOrder(next));
            QCOMPARE(sorting.size(), 1);
        }
        QTRY_VERIFY(!proxies.table.isSorting());
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(sourceRows(proxies.table), expectedByName(next, u"sales"_s, Qt::DescendingOrder));
        QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));

        // Fewer rows than that: sorted at once.
        model.setRecords(page(0, 4999));
        QVERIFY(!proxies.table.isSorting());
        QCOMPARE(sourceRows(proxies.table),
                 expectedByName(page(0, 4999), u"sales"_s, Qt::DescendingOrder));
        QCOMPARE(sorting.size(), 2);

        // A new source of many rows, then a layout change of its own (Cells::reverse()).
        Cells cells;
        QRandomGenerator random(5);
        cells.insert(0, randomRows(random, 8000));
        proxies.filter({});
        proxies.table.setSourceModel(&cells);
        proxies.tree.setSourceModel(&cells);
        for (int round = 0; round < 2; ++round) {
            QVERIFY(proxies.table.isSorting());
            QCOMPARE(proxies.table.sortColumn(), 0);
            QList<int> all(cells.rowCount());
            std::iota(all.begin(), all.end(), 0);
            QCOMPARE(sourceRows(proxies.table), all);
            QTRY_VERIFY(!proxies.table.isSorting());
            QCOMPARE(sourceRows(proxies.table), freshlySorted(&cells, 0, Qt::DescendingOrder));
            QCOMPARE(sourceRows(proxies.table), sourceRows(proxies.tree));
            cells.reverse();
        }
    }

    // Values the re-sort read change again before its order comes: a few are sorted at once
    // in the order shown and again when the order comes; many start it again. A newer sort
    // gives it up; back to the order shown after values changed sorts again rather than
    // keeping an order those values left; a reset applies the sort at once; a source
    // destroyed leaves without a word.
    void resortMeetsChangesSortsAndResets()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        SortedNames names(3000, 1000);
        RecordTableProxyModel &table = names.proxies.table;
        QTRY_VERIFY(!table.isSorting());
        QSignalSpy sorting(&table, &RecordTableProxyModel::sortingChanged);
        // Every name changed while the worker is held and `meanwhile` done; then the order
        // that comes is a fresh sort's.
        const auto renameAll = [&](const std::function<void()> &meanwhile) {
            {
                PoolGate gate;
                names.model.rename({{0, 2999}});
                QVERIFY(table.isSorting());
                meanwhile();
                QVERIFY(table.isSorting());
                QTRY_VERIFY(readDone(table));
            }
            QTRY_VERIFY(!table.isSorting());
            QCOMPARE(sourceRows(table),
                     freshlySorted(&names.model, table.sortColumn(), table.sortOrder()));
            QCOMPARE(sourceRows(table), sourceRows(names.proxies.tree));
        };
        for (const int again : {50, 3000}) {
            renameAll([&] {
                QTRY_VERIFY(readDone(table));
                QCoreApplication::processEvents(); // the event loop ran: a new burst
                names.model.rename({{0, again - 1}});
                // Started again (reading), or waiting still with the values read.
                QCOMPARE(readDone(table), again == 50);
            });
        }
        QCOMPARE(sorting.size(), 4);
        // The other way round: the keys kept are older than the names, so it reads them.
        renameAll([&] {
            names.proxies.sort(0, Qt::DescendingOrder);
            QVERIFY(!readDone(table));
        });
        QCOMPARE(table.sortOrder(), Qt::DescendingOrder);
        renameAll([&] {
            names.proxies.sort(1, Qt::DescendingOrder);
            QCOMPARE(table.sortColumn(), 1);
        });
        QCOMPARE(table.sortColumn(), 1);
        QCOMPARE(sorting.size(), 8);
        // Sorting by name, the sizes shown sorted change (a dataChanged over every column);
        // back to them, they are sorted again.
        renameAll([&] {
            names.proxies.sort(0, Qt::AscendingOrder);
            QCoreApplication::processEvents();
            names.model.rename({{0, 2999}});
            QCoreApplication::processEvents();
            names.proxies.sort(1, Qt::DescendingOrder);
            QCOMPARE(table.sortColumn(), 1);
        });
        QCOMPARE(table.sortColumn(), 1);

        {
            PoolGate gate;
            names.model.rename({{0, 2999}});
            QVERIFY(table.isSorting());
            // Sorted again from the new rows, in the background (2,000 rows).
            names.model.setRecords(page(0, 2000));
            QVERIFY(table.isSorting());
        }
        QTRY_VERIFY(!table.isSorting());
        QCOMPARE(sourceRows(table), sourceRows(names.proxies.tree));
        QSignalSpy layouts(&table, &QAbstractItemModel::layoutChanged);
        QCoreApplication::processEvents();
        QCOMPARE(layouts.size(), 0);

        auto *doomed = new Renamed(3000);
        table.setSourceModel(doomed);
        QTRY_VERIFY(!table.isSorting()); // sorted in the background: 3,000 rows
        QCOMPARE(layouts.size(), 1);
        layouts.clear();
        {
            PoolGate gate;
            doomed->rename({{0, 2999}});
            QVERIFY(table.isSorting());
            QTRY_VERIFY(readDone(table));
            QSignalSpy resets(&table, &QAbstractItemModel::modelAboutToBeReset);
            delete doomed;
            QVERIFY(!table.isSorting());
            QCOMPARE(table.rowCount(), 0);
            QCOMPARE(resets.size(), 0);
        }
        QCoreApplication::processEvents();
        QCOMPARE(layouts.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordTableProxyModel)
#include "tst_recordtableproxymodel.moc"
