// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// NodeTreeModel's tree shape (index, parent, row counts), through an outline of paths such as
// "a/b/c": the smallest subclass that uses it the way the product's tree models do.
#include "common/NodeTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

// Each path is one row, under the row of the path before its last '/' (listed earlier).
class Outline : public NodeTreeModel
{
public:
    Outline()
        : NodeTreeModel(2, nullptr)
    {}

    void setPaths(const QStringList &paths)
    {
        beginResetModel();
        clearNodes();
        m_paths.clear();
        for (const QString &path : paths) {
            const int slash = int(path.lastIndexOf(u'/'));
            const int parentNode = slash < 0 ? -1 : int(m_paths.indexOf(path.left(slash)));
            QCOMPARE(addNode(parentNode), int(m_paths.size()));
            m_paths.append(path);
        }
        endResetModel();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const QString &path = m_paths.at(nodeOf(index));
        return index.column() == 0 ? path : QString::number(path.count(u'/'));
    }

private:
    QStringList m_paths;
};

} // namespace

class TestNodeTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shape()
    {
        Outline outline;
        QAbstractItemModelTester tester(&outline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        outline.setPaths({u"a"_s, u"a/b"_s, u"d"_s, u"a/b/c"_s, u"a/e"_s});

        QCOMPARE(outline.rowCount(), 2);
        QCOMPARE(outline.columnCount(), 2);
        const QModelIndex a = outline.index(0, 0);
        const QModelIndex d = outline.index(1, 0);
        QCOMPARE(a.data().toString(), u"a"_s);
        QCOMPARE(d.data().toString(), u"d"_s);
        QCOMPARE(outline.rowCount(a), 2);
        QCOMPARE(outline.rowCount(d), 0);

        const QModelIndex e = outline.index(1, 1, a);
        QCOMPARE(e.siblingAtColumn(0).data().toString(), u"a/e"_s);
        QCOMPARE(e.data().toString(), u"1"_s);
        QCOMPARE(outline.parent(e), a);

        const QModelIndex b = outline.index(0, 0, a);
        const QModelIndex c = outline.index(0, 0, b);
        QCOMPARE(c.data().toString(), u"a/b/c"_s);
        QCOMPARE(outline.parent(c), b);
        QCOMPARE(outline.parent(b), a);
        QVERIFY(!outline.parent(a).isValid());
    }

    // Rows past the end, columns past the last, children of a column other than the first and
    // indexes of another model have no place in the tree.
    void outsideTheTree()
    {
        Outline outline;
        outline.setPaths({u"a"_s, u"a/b"_s});
        const QModelIndex a = outline.index(0, 0);
        QVERIFY(!outline.index(1, 0).isValid());
        QVERIFY(!outline.index(0, 2).isValid());
        QVERIFY(!outline.index(-1, 0).isValid());
        QVERIFY(!outline.index(1, 0, a).isValid());
        QVERIFY(!outline.index(0, 0, a.siblingAtColumn(1)).isValid());
        QCOMPARE(outline.rowCount(a.siblingAtColumn(1)), 0);

        Outline other;
        other.setPaths({u"x"_s, u"x/y"_s});
        const QModelIndex foreign = other.index(0, 0);
        QCOMPARE(outline.rowCount(foreign), 0);
        QVERIFY(!outline.index(0, 0, foreign).isValid());
        QVERIFY(!outline.parent(other.index(0, 0, foreign)).isValid());
    }

    void resetReplacesTheTree()
    {
        Outline outline;
        QAbstractItemModelTester tester(&outline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        outline.setPaths({u"a"_s, u"a/b"_s, u"a/b/c"_s});
        outline.setPaths({u"x"_s, u"y"_s, u"y/z"_s});
        QCOMPARE(outline.rowCount(), 2);
        const QModelIndex y = outline.index(1, 0);
        QCOMPARE(outline.rowCount(y), 1);
        QCOMPARE(outline.index(0, 0, y).data().toString(), u"y/z"_s);
        QCOMPARE(outline.rowCount(outline.index(0, 0)), 0);
        outline.setPaths({});
        QCOMPARE(outline.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeTreeModel)
#include "tst_nodetreemodel.moc"
