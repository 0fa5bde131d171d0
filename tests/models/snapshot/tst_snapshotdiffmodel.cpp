// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The differences as a tree (collection → record → field) and its filters, under
// QAbstractItemModelTester.
#include "snapshot/SnapshotDiffFilterModel.h"
#include "snapshot/SnapshotDiffModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

Snapshot withGroups(const QJsonArray &groups, const QString &status)
{
    Snapshot s;
    SnapshotCollection c;
    c.key = u"zid.groups"_s;
    c.product = Product::Zid;
    c.records = groups;
    s.collections.append(c);
    SnapshotCollection a;
    a.key = u"zia.activation"_s;
    a.product = Product::Zia;
    a.records = QJsonArray{QJsonObject{{u"status"_s, status}}};
    s.collections.append(a);
    return s;
}

QJsonObject group(const QString &id, const QString &name, const QString &source = u"UI"_s)
{
    return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"source"_s, source}};
}

SnapshotDiff sampleDiff()
{
    const Snapshot older = withGroups(
        {group(u"g1"_s, u"Sales"_s), group(u"g2"_s, u"Finance"_s), group(u"g3"_s, u"Legal"_s)},
        u"ACTIVE"_s);
    const Snapshot newer = withGroups({group(u"g1"_s, u"Sales EMEA"_s, u"SCIM"_s),
                                       group(u"g3"_s, u"Legal"_s), group(u"g4"_s, u"Audit"_s)},
                                      u"ACTIVE"_s);
    return SnapshotDiff::compare(older, newer);
}

// Every row below `parent` of a proxy, as "level:text of column 0".
QStringList rows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        out.append(index.data(SnapshotDiffModel::LevelRole).toString() + u':' +
                   index.data().toString());
        out += rows(model, index);
    }
    return out;
}

} // namespace

class TestSnapshotDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeOfCollectionsRecordsFields()
    {
        SnapshotDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(sampleDiff());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex groups = model.index(0, 0);
        QCOMPARE(groups.data().toString(), u"ZIdentity Groups"_s);
        QCOMPARE(model.index(0, SnapshotDiffModel::ChangeColumn).data().toString(),
                 u"1 added, 1 removed, 1 changed"_s);
        QCOMPARE(model.index(1, SnapshotDiffModel::ChangeColumn).data().toString(),
                 u"No differences"_s);
        QCOMPARE(model.rowCount(groups), 3);
        const QModelIndex changed = model.index(0, 0, groups);
        QCOMPARE(changed.data().toString(), u"Sales EMEA (g1)"_s);
        QCOMPARE(model.rowCount(changed), 2);
        const QModelIndex name = model.index(0, 0, changed);
        QCOMPARE(name.data().toString(), u"name"_s);
        QCOMPARE(model.index(0, SnapshotDiffModel::OldColumn, changed).data().toString(),
                 u"Sales"_s);
        QCOMPARE(model.index(0, SnapshotDiffModel::NewColumn, changed).data().toString(),
                 u"Sales EMEA"_s);
        QCOMPARE(model.parent(name), changed.siblingAtColumn(0));
        QCOMPARE(model.parent(changed), groups);
        // The removed record shows what it was.
        const QModelIndex removed = model.index(2, SnapshotDiffModel::OldColumn, groups);
        QVERIFY(removed.data().toString().contains(u"Finance"_s));
        model.setDiff({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filters()
    {
        SnapshotDiffModel model;
        model.setDiff(sampleDiff());
        SnapshotDiffFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(rows(filter).size(), 2 + 3 + 2);
        QVERIFY(!filter.isFiltering());

        filter.setKinds({RecordChange::Kind::Added});
        QCOMPARE(rows(filter), (QStringList{u"0:ZIdentity Groups"_s, u"1:Audit (g4)"_s}));

        filter.setKinds(
            {RecordChange::Kind::Added, RecordChange::Kind::Removed, RecordChange::Kind::Changed});
        filter.setText(u"scim"_s); // a field's new value
        QCOMPARE(rows(filter),
                 (QStringList{u"0:ZIdentity Groups"_s, u"1:Sales EMEA (g1)"_s, u"2:source"_s}));
        filter.setText(u"sales"_s); // the record's name: all its fields
        QCOMPARE(rows(filter), (QStringList{u"0:ZIdentity Groups"_s, u"1:Sales EMEA (g1)"_s,
                                            u"2:name"_s, u"2:source"_s}));
        filter.setText({});
        filter.setCollection(u"zia.activation"_s);
        QCOMPARE(rows(filter), (QStringList{u"0:ZIA Activation status"_s}));
        QVERIFY(filter.isFiltering());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiffModel)
#include "tst_snapshotdiffmodel.moc"
