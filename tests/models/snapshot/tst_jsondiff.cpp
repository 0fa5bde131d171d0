// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The comparison rules: values compared by meaning (objects member by member, arrays of
// identified objects by id, arrays of plain values as sets, others by position), and records
// of two snapshots matched by id, repeated ids included.
#include "net/ApiError.h"
#include "snapshot/JsonDiff.h"
#include "snapshot/SnapshotDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object().value("v"_L1);
}

QList<FieldChange> diff(const char *older, const char *newer)
{
    return JsonDiff::compare(parse(older), parse(newer));
}

QStringList paths(const QList<FieldChange> &changes)
{
    QStringList out;
    for (const FieldChange &c : changes)
        out.append(c.path);
    return out;
}

SnapshotCollection collection(const QString &key, const QJsonArray &records)
{
    SnapshotCollection c;
    c.key = key;
    c.product = SnapshotCollectionSpec::find(key)->product;
    c.records = records;
    return c;
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalValuesHaveNoChange()
    {
        QVERIFY(diff(R"({"v":{"a":1,"b":[1,2],"c":{"d":"x"}}})",
                     R"({"v":{"c":{"d":"x"},"b":[1,2],"a":1.0}})")
                    .isEmpty());
    }

    void membersChangeAddAndGo()
    {
        const auto changes = diff(R"({"v":{"name":"a","gone":true,"n":{"x":1}}})",
                                  R"({"v":{"name":"b","new":null,"n":{"x":2}}})");
        QCOMPARE(paths(changes), (QStringList{u"gone"_s, u"n.x"_s, u"name"_s, u"new"_s}));
        QCOMPARE(changes.at(0).oldValue, QJsonValue(true));
        QVERIFY(changes.at(0).newValue.isUndefined());
        QVERIFY(changes.at(3).oldValue.isUndefined());
        QVERIFY(changes.at(3).newValue.isNull());
        QCOMPARE(changes.at(2).oldValue, QJsonValue(u"a"_s));
        QCOMPARE(changes.at(2).newValue, QJsonValue(u"b"_s));
    }

    void scalarArraysAreSets()
    {
        QVERIFY(
            diff(R"({"v":{"d":["a.com","b.com"]}})", R"({"v":{"d":["b.com","a.com"]}})").isEmpty());
        const auto changes =
            diff(R"({"v":{"d":["a.com","b.com"]}})", R"({"v":{"d":["b.com","c.com"]}})");
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().path, u"d"_s);
        QCOMPARE(changes.first().newValue.toArray().size(), 2);
        // The same text as a number is another value.
        QCOMPARE(diff(R"({"v":["1"]})", R"({"v":[1]})").size(), 1);
    }

    void identifiedObjectsMatchById()
    {
        const auto changes = diff(R"({"v":{"s":[{"id":1,"n":"a"},{"id":2,"n":"b"},{"id":3}]}})",
                                  R"({"v":{"s":[{"id":2,"n":"B"},{"id":1,"n":"a"},{"id":4}]}})");
        QCOMPARE(paths(changes), (QStringList{u"s[id=2].n"_s, u"s[id=4]"_s, u"s[id=3]"_s}));
        QVERIFY(changes.at(1).oldValue.isUndefined());
        QVERIFY(changes.at(2).newValue.isUndefined());
    }

    void otherArraysByPosition()
    {
        const auto changes =
            diff(R"({"v":[{"a":1},{"a":2}]})", R"({"v":[{"a":1},{"a":3},{"a":4}]})");
        QCOMPARE(paths(changes), (QStringList{u"[1].a"_s, u"[2]"_s}));
    }

    void typeChangeIsOneChange()
    {
        const auto changes = diff(R"({"v":{"a":{"x":1}}})", R"({"v":{"a":"x"}})");
        QCOMPARE(paths(changes), QStringList{u"a"_s});
    }

    void recordsMatchedById()
    {
        Snapshot older, newer;
        older.collections.append(
            collection(u"zpa.segmentGroups"_s,
                       QJsonArray{QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"one"_s}},
                                  QJsonObject{{u"id"_s, u"2"_s}, {u"name"_s, u"two"_s}},
                                  QJsonObject{{u"id"_s, u"3"_s}, {u"name"_s, u"three"_s}}}));
        newer.collections.append(
            collection(u"zpa.segmentGroups"_s,
                       QJsonArray{QJsonObject{{u"id"_s, u"3"_s}, {u"name"_s, u"three"_s}},
                                  QJsonObject{{u"id"_s, u"2"_s}, {u"name"_s, u"TWO"_s}},
                                  QJsonObject{{u"id"_s, u"4"_s}, {u"name"_s, u"four"_s}}}));
        const SnapshotDiff d = SnapshotDiff::compare(older, newer);
        QCOMPARE(d.collections.size(), 1);
        QVERIFY(!d.isEqual());
        const CollectionDiff &c = d.collections.first();
        QCOMPARE(c.count(RecordChange::Kind::Added), 1);
        QCOMPARE(c.count(RecordChange::Kind::Removed), 1);
        QCOMPARE(c.count(RecordChange::Kind::Changed), 1);
        for (const RecordChange &change : c.changes) {
            if (change.kind == RecordChange::Kind::Changed) {
                QCOMPARE(change.id, u"2"_s);
                QCOMPARE(change.name, u"TWO"_s);
                QCOMPARE(change.fields, (QList<FieldChange>{{u"name"_s, u"two"_s, u"TWO"_s}}));
            } else if (change.kind == RecordChange::Kind::Added) {
                QCOMPARE(change.id, u"4"_s);
            } else {
                QCOMPARE(change.id, u"1"_s);
                QCOMPARE(change.name, u"one"_s);
            }
        }
        QVERIFY(SnapshotDiff::compare(newer, newer).isEqual());
    }

    void repeatedIdsDoNotHideRecords()
    {
        const QJsonObject a{{u"id"_s, u"7"_s}, {u"name"_s, u"a"_s}};
        const QJsonObject b{{u"id"_s, u"7"_s}, {u"name"_s, u"b"_s}};
        Snapshot older, newer;
        older.collections.append(collection(u"zpa.applicationSegments"_s, QJsonArray{a, b}));
        newer.collections.append(collection(u"zpa.applicationSegments"_s, QJsonArray{a}));
        const SnapshotDiff d = SnapshotDiff::compare(older, newer);
        QCOMPARE(d.count(RecordChange::Kind::Removed), 1);
        QCOMPARE(d.collections.first().changes.first().name, u"b"_s);
    }

    void availabilityCounts()
    {
        Snapshot older, newer;
        older.collections.append(collection(u"ztw.connectorGroups"_s, {}));
        SnapshotCollection refused = SnapshotCollection::missing(
            u"ztw.connectorGroups"_s, Product::Ztw, ApiError::make(ApiError::Kind::Forbidden));
        newer.collections.append(refused);
        const SnapshotDiff d = SnapshotDiff::compare(older, newer);
        QVERIFY(!d.isEqual());
        QVERIFY(d.collections.first().unavailable.contains(u"not entitled"_s));
        // Refused on both sides: nothing to compare, nothing changed.
        older.collections = {refused};
        QVERIFY(SnapshotDiff::compare(older, newer).isEqual());
    }

    void activationStatusIsOneRecord()
    {
        Snapshot older, newer;
        older.collections.append(
            collection(u"zia.activation"_s, QJsonArray{QJsonObject{{u"status"_s, u"ACTIVE"_s}}}));
        newer.collections.append(
            collection(u"zia.activation"_s, QJsonArray{QJsonObject{{u"status"_s, u"PENDING"_s}}}));
        const SnapshotDiff d = SnapshotDiff::compare(older, newer);
        QCOMPARE(d.count(RecordChange::Kind::Changed), 1);
        QCOMPARE(d.collections.first().changes.first().id, u"status"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
