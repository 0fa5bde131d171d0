// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The differences as JSON, CSV rows and an HTML report: absent values left out, spreadsheet
// formulas neutralised, markup in the data escaped.
#include "snapshot/SnapshotDiffExport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

SnapshotDiff sampleDiff()
{
    const auto snapshot = [](const QJsonArray &records) {
        Snapshot s;
        s.tenant = QJsonObject{{u"vanityDomain"_s, u"acme"_s}};
        s.takenAt = QDateTime::fromString(u"2026-12-01T08:00:00Z"_s, Qt::ISODate);
        SnapshotCollection c;
        c.key = u"zpa.applicationSegments"_s;
        c.product = Product::Zpa;
        c.records = records;
        s.collections.append(c);
        return s;
    };
    return SnapshotDiff::compare(
        snapshot({QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"=cmd()"_s}, {u"old"_s, 1}},
                  QJsonObject{{u"id"_s, u"2"_s}, {u"name"_s, u"gone"_s}}}),
        snapshot({QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"<b>x</b>"_s}, {u"new"_s, true}}}));
}

} // namespace

class TestSnapshotDiffExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const QJsonObject json =
            QJsonDocument::fromJson(SnapshotDiffExport::json(sampleDiff())).object();
        QCOMPARE(json.value("equal"_L1), false);
        const QJsonObject c = json.value("collections"_L1).toArray().first().toObject();
        QCOMPARE(c.value("removed"_L1).toArray().first().toObject().value("id"_L1), u"2"_s);
        const QJsonArray fields =
            c.value("changed"_L1).toArray().first().toObject().value("fields"_L1).toArray();
        QCOMPARE(fields.size(), 3);
        // "new" appeared: no "old"; "old" went away: no "new".
        QCOMPARE(fields.at(1).toObject(), (QJsonObject{{u"path"_s, u"new"_s}, {u"new"_s, true}}));
        QCOMPARE(fields.at(2).toObject(), (QJsonObject{{u"path"_s, u"old"_s}, {u"old"_s, 1}}));
    }

    void csv()
    {
        const QStringList lines = QString::fromUtf8(SnapshotDiffExport::csv(sampleDiff()))
                                      .split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 + 1);
        QCOMPARE(lines.at(1),
                 u"zpa.applicationSegments,changed,1,<b>x</b>,name,'=cmd(),<b>x</b>"_s);
        QCOMPARE(lines.at(4), u"zpa.applicationSegments,removed,2,gone,,,"_s);
    }

    void html()
    {
        const QString html = QString::fromUtf8(SnapshotDiffExport::html(sampleDiff()));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"&lt;b&gt;x&lt;/b&gt;"_s));
        QVERIFY(!html.contains(u"<b>x</b>"_s));
        QVERIFY(html.contains(u"0 added, 1 removed, 1 changed."_s));
        QVERIFY(html.contains(u"acme"_s));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiffExport)
#include "tst_snapshotdiffexport.moc"
