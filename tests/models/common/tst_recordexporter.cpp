// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// RecordExporter: the CSV, JSON and table text the GUI's export and the CLI write.
#include "common/RecordExporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::RecordColumn;
using zc::RecordExporter;

namespace {

QList<RecordColumn> columns()
{
    RecordColumn balance;
    balance.key = u"balance"_s;
    balance.header = QT_TRANSLATE_NOOP("zc::RecordColumn", "Balance");
    balance.display = [](const QJsonObject &o) { return QVariant(o.value("balance"_L1).toInt()); };
    return {RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name")), balance,
            RecordColumn::plain(u"tags"_s)};
}

QJsonArray records()
{
    return {
        QJsonObject{{u"name"_s, u"=1+2"_s}, {u"balance"_s, -5}, {u"tags"_s, QJsonArray{1, 2}}},
        QJsonObject{{u"name"_s, u"Quote, \"Inc\""_s}, {u"balance"_s, 12}},
    };
}

} // namespace

class TestRecordExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuoting()
    {
        QCOMPARE(RecordExporter::csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(RecordExporter::csvField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(RecordExporter::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(RecordExporter::csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(RecordExporter::csvField(u"Zürich"_s), u"Zürich"_s);
        QCOMPARE(RecordExporter::csvField(QString()), QString());
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("quoted as well") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                        << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("lone minus") << u"-"_s << u"'-"_s;
        QTest::newRow("inside is fine") << u"a=b+c"_s << u"a=b+c"_s;
    }

    void formulasAreNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, field);
        QCOMPARE(RecordExporter::csvField(cell), field);
    }

    void numbersStayNumbers_data()
    {
        QTest::addColumn<QString>("number");
        for (const QString &n :
             {u"-42"_s, u"+7"_s, u"-0.25"_s, u"+1.5e3"_s, u"-1E-9"_s, u"42"_s, u"-.5"_s})
            QTest::newRow(qPrintable(n)) << n;
    }

    void numbersStayNumbers()
    {
        QFETCH(QString, number);
        QCOMPARE(RecordExporter::csvField(number), number);
    }

    void csvOfRecords()
    {
        const QByteArray csv = RecordExporter::csv(
            RecordExporter::grid(records(), columns(), RecordExporter::Header::Keys));
        QCOMPARE(csv, QByteArray("name,balance,tags\r\n"
                                 "'=1+2,-5,1;2\r\n"
                                 "\"Quote, \"\"Inc\"\"\",12,\r\n"));
    }

    // Scripts get the columns' plainValue (display() where there is none); people get what
    // the columns display.
    void plainCellsForScripts()
    {
        RecordColumn active = RecordColumn::member(u"active"_s, nullptr);
        RecordColumn seen;
        seen.key = u"seen"_s;
        seen.display = [](const QJsonObject &o) {
            return QVariant(u"seen %1 s ago"_s.arg(o.value("seen"_L1).toInt()));
        };
        seen.plainValue = [](const QJsonObject &o) {
            return QVariant(RecordExporter::isoTime(
                QDateTime::fromSecsSinceEpoch(o.value("seen"_L1).toInt(), Qt::UTC)));
        };
        const QList<RecordColumn> shown{active, seen, RecordColumn::plain(u"n"_s)};
        const QJsonArray rows{
            QJsonObject{{u"active"_s, true}, {u"seen"_s, 90}, {u"n"_s, 3}},
            QJsonObject{{u"active"_s, false}, {u"seen"_s, 0}},
        };
        const zc::RecordGrid plain = RecordExporter::grid(rows, shown, RecordExporter::Header::Keys,
                                                          RecordExporter::Cells::Plain);
        QCOMPARE(plain.header, (QStringList{u"active"_s, u"seen"_s, u"n"_s}));
        QCOMPARE(plain.rows.value(0), (QStringList{u"true"_s, u"1970-01-01T00:01:30Z"_s, u"3"_s}));
        QCOMPARE(plain.rows.value(1),
                 (QStringList{u"false"_s, u"1970-01-01T00:00:00Z"_s, QString()}));
        const zc::RecordGrid display =
            RecordExporter::grid(rows, shown, RecordExporter::Header::Keys);
        QCOMPARE(display.rows.value(0), (QStringList{u"Yes"_s, u"seen 90 s ago"_s, u"3"_s}));
        QCOMPARE(RecordExporter::isoTime(QDateTime()), QString());
    }

    void withPlainAppendsWhatTheColumnsLack()
    {
        const QList<RecordColumn> more =
            RecordColumn::withPlain(columns(), {u"id"_s, u"name"_s, u"tags"_s});
        QStringList keys;
        for (const RecordColumn &column : more)
            keys << column.key;
        QCOMPARE(keys, (QStringList{u"name"_s, u"balance"_s, u"tags"_s, u"id"_s}));
        QCOMPARE(more.last().title(), u"id"_s);
        QCOMPARE(more.last().display(QJsonObject{{u"id"_s, 42}}).toString(), u"42"_s);
    }

    void tableOfRecords()
    {
        const QByteArray table = RecordExporter::textTable(
            RecordExporter::grid(records(), columns(), RecordExporter::Header::Titles));
        const QList<QByteArray> lines = table.split('\n');
        QCOMPARE(lines.value(0), QByteArray("Name          Balance  tags"));
        QCOMPARE(lines.value(1), QByteArray("------------  -------  ----"));
        QCOMPARE(lines.value(2), QByteArray("=1+2          -5       1;2"));
        QCOMPARE(lines.value(3), QByteArray("Quote, \"Inc\"  12       "));
    }

    // The clipboard's rows: one line per row, one tab between cells, so that tabs and line
    // breaks inside a cell (a description, a hostname with a stray tab) cannot split it.
    void tabSeparatedKeepsEveryCellInItsPlace()
    {
        zc::RecordGrid grid;
        grid.header = {u"Name"_s, u"Note"_s};
        grid.rows = {{u"a\tb"_s, u"line 1\r\nline 2"_s}, {QString(), u"x"_s}};
        QCOMPARE(RecordExporter::tabSeparated(grid), u"Name\tNote\na b\tline 1  line 2\n\tx"_s);
        grid.header.clear();
        QCOMPARE(RecordExporter::tabSeparated(grid), u"a b\tline 1  line 2\n\tx"_s);
    }

    void plainText()
    {
        QCOMPARE(RecordExporter::valueText(QJsonValue()), QString());
        QCOMPARE(RecordExporter::valueText(true), u"true"_s);
        QCOMPARE(RecordExporter::valueText(3.0), u"3"_s);
        QCOMPARE(RecordExporter::valueText(-2.5), u"-2.5"_s);
        QCOMPARE(RecordExporter::valueText(QJsonArray{u"a"_s, 1}), u"a;1"_s);
        QCOMPARE(RecordExporter::valueText(QJsonObject{{u"id"_s, 7}, {u"name"_s, u"Ops"_s}}),
                 u"Ops"_s);
        QCOMPARE(RecordExporter::valueText(QJsonObject{{u"id"_s, 7}}), u"{\"id\":7}"_s);
        QCOMPARE(RecordExporter::valueText(QJsonObject()), QString());
    }

    void plainColumnsFollowTheRecords()
    {
        const QList<RecordColumn> plain = RecordExporter::plainColumns(records());
        QStringList keys;
        for (const RecordColumn &column : plain) {
            keys << column.key;
            QCOMPARE(column.title(), column.key);
        }
        QCOMPARE(keys, (QStringList{u"balance"_s, u"name"_s, u"tags"_s}));
        const RecordColumn renamed = RecordColumn::plain(u"display name"_s, u"name"_s);
        QCOMPARE(renamed.title(), u"display name"_s);
        QCOMPARE(renamed.display(records().at(1).toObject()).toString(), u"Quote, \"Inc\""_s);
    }

    void json()
    {
        QCOMPARE(QJsonDocument::fromJson(RecordExporter::json(records())).array(), records());
        const QJsonObject one = records().at(0).toObject();
        QCOMPARE(QJsonDocument::fromJson(RecordExporter::json(one)).object(), one);

        // Records handed one at a time: the very bytes of the whole array, nested values,
        // empty objects, line breaks in strings and no records at all included.
        QJsonArray all = records();
        all.append(QJsonObject());
        all.append(
            QJsonObject{{u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, QJsonObject{}}}}},
                        {u"text"_s, u"two\nlines"_s}});
        for (const QJsonArray &list : {all, QJsonArray(), QJsonArray{QJsonObject()}}) {
            const QByteArray streamed = RecordExporter::json(
                list.size(), [&list](qsizetype i) { return list.at(i).toObject(); });
            QCOMPARE(streamed, RecordExporter::json(list));
        }
    }

    void writeFileWholeOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"out.csv"_s);
        QString error;
        QVERIFY2(RecordExporter::writeFile(path, "a,b\r\n", &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));
        QVERIFY(!RecordExporter::writeFile(dir.filePath(u"missing/out.csv"_s), "x", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"missing/out.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRecordExporter)
#include "tst_recordexporter.moc"
