// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ScriptedDialogSeams.h"
#include "common/RecordTableModel.h"
#include "common/Translations.h"
#include "widgets/BusyBar.h"
#include "widgets/DetailPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "ztw/ConnectorGroupTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

QList<RecordColumn> segmentColumns()
{
    RecordColumn port;
    port.key = u"port"_s;
    port.header = QT_TRANSLATE_NOOP("zc::RecordColumn", "Port");
    port.display = [](const QJsonObject &o) { return o.value("port"_L1).toInt(); };
    port.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return {
        RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name")), port,
        RecordColumn::member(u"domainNames"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Domains")),
        RecordColumn::member(u"enabled"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Enabled"))};
}

QJsonObject segment(const QString &id, const QString &name, int port, const QStringList &domains,
                    bool enabled = true)
{
    return QJsonObject{
        {u"id"_s, id},           {u"name"_s, name},
        {u"port"_s, port},       {u"domainNames"_s, QJsonArray::fromStringList(domains)},
        {u"enabled"_s, enabled}, {u"description"_s, u"Segment %1"_s.arg(name)}};
}

QJsonArray segments()
{
    return {segment(u"1"_s, u"Finance ERP"_s, 443, {u"erp.example.com"_s}),
            segment(u"2"_s, u"Wiki"_s, 80, {u"wiki.example.com"_s, u"docs.example.com"_s}),
            segment(u"3"_s, u"Build farm"_s, 8080, {u"ci.example.com"_s}, false),
            segment(u"4"_s, u"SSH bastion"_s, 22, {u"bastion.example.com"_s}),
            segment(u"5"_s, u"Finance reports"_s, 1000, {u"reports.example.com"_s}),
            segment(u"6"_s, u"Quote, \"Inc\""_s, 9, {u"quote.example.com"_s})};
}

// The column's display texts in view order.
QStringList columnTexts(const RecordTableView &view, int column)
{
    QStringList texts;
    for (const QModelIndex &row : view.visibleRows())
        texts.append(row.siblingAtColumn(column).data().toString());
    return texts;
}

void clickHeader(RecordTableView &view, int logical)
{
    QHeaderView *h = view.header();
    const QPoint pos(h->sectionViewportPosition(logical) + h->sectionSize(logical) / 2,
                     h->height() / 2);
    QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, pos);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestRecordTableView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the user reads them: "1 row", "2 rows".
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(u"ZConsoleTest"_s);
        QCoreApplication::setApplicationName(u"tst_recordtableview"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void proxyPassesModelTester()
    {
        RecordTableModel model(segmentColumns());
        RecordTableView view;
        view.setModel(&model);
        QAbstractItemModelTester tester(view.proxyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(segments());
        view.setFilterText(u"finance"_s);
        view.proxyModel()->sort(1, Qt::DescendingOrder);
        view.setFilterText(QString());
        model.clear();
    }

    void filterTypingNarrowsRowsAndUpdatesCount()
    {
        RecordTableModel model(segmentColumns());
        model.setRecords(segments());
        RecordTableView view;
        view.setModel(&model);
        view.show();
        QCOMPARE(view.countLabel()->text(), u"6 rows"_s);
        QTest::keyClicks(view.filterEdit(), u"fin"_s);
        QCOMPARE(view.visibleRowCount(), 2);
        QCOMPARE(view.countLabel()->text(), u"2 of 6 rows"_s);
        QTest::keyClicks(view.filterEdit(), u"ance rep"_s); // every word must match
        QCOMPARE(view.visibleRowCount(), 1);
        QCOMPARE(columnTexts(view, 0), QStringList{u"Finance reports"_s});
        QTest::keyClicks(view.filterEdit(), u"x"_s);
        QCOMPARE(view.visibleRowCount(), 0);
        QCOMPARE(view.countLabel()->text(), u"0 of 6 rows"_s);
    }

    void countUsesGroupSeparators()
    {
        QJsonArray many;
        for (int i = 0; i < 20000; ++i)
            many.append(segment(QString::number(i), u"seg-%1"_s.arg(i), i, {}));
        RecordTableModel model(segmentColumns());
        model.setRecords(many);
        RecordTableView view;
        view.setModel(&model);
        QCOMPARE(view.rowCountText(), u"20,000 rows"_s);
        view.setFilterText(u"seg-1"_s);
        QCOMPARE(view.rowCountText(), u"%1 of 20,000 rows"_s.arg(QLocale().toString(11111)));
    }

    void ctrlFFocusesFilterAndEscClears()
    {
        RecordTableModel model(segmentColumns());
        model.setRecords(segments());
        RecordTableView view;
        view.setModel(&model);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.view()->setFocus();
        QTRY_VERIFY(view.view()->hasFocus());
        QTest::keyClick(view.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view.filterEdit()->hasFocus());
        QTest::keyClicks(view.filterEdit(), u"wiki"_s);
        QCOMPARE(view.visibleRowCount(), 1);
        QTest::keyClick(view.filterEdit(), Qt::Key_Escape);
        QVERIFY(view.filterText().isEmpty());
        QCOMPARE(view.visibleRowCount(), 6);
        // Down moves from the filter into the rows, starting at the first row.
        view.view()->selectionModel()->clearCurrentIndex();
        QTest::keyClick(view.filterEdit(), Qt::Key_Down);
        QVERIFY(view.view()->hasFocus());
        QCOMPARE(view.currentRecord().value("id"_L1).toString(), u"1"_s);
    }

    void headerClickSortsNumerically()
    {
        RecordTableModel model(segmentColumns());
        model.setRecords(segments());
        RecordTableView view;
        view.setModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Unsorted at first: the API's order.
        QCOMPARE(columnTexts(view, 1),
                 (QStringList{u"443"_s, u"80"_s, u"8080"_s, u"22"_s, u"1000"_s, u"9"_s}));
        clickHeader(view, 1);
        QCOMPARE(columnTexts(view, 1),
                 (QStringList{u"9"_s, u"22"_s, u"80"_s, u"443"_s, u"1000"_s, u"8080"_s}));
        clickHeader(view, 1);
        QCOMPARE(columnTexts(view, 1),
                 (QStringList{u"8080"_s, u"1000"_s, u"443"_s, u"80"_s, u"22"_s, u"9"_s}));
        clickHeader(view, 0);
        QCOMPARE(columnTexts(view, 0).first(), u"Build farm"_s);
    }

    void columnLayoutPersists()
    {
        RecordTableModel model(segmentColumns());
        model.setRecords(segments());
        int domainsWidth = 0;
        {
            RecordTableView view;
            view.setSettingsKey(u"test/segments"_s);
            view.setModel(&model);
            view.resize(900, 400);
            view.show();
            QVERIFY(view.isColumnVisible(u"domainNames"_s));
            // Hide "Enabled" through the header's column chooser.
            std::unique_ptr<QMenu> menu(view.createColumnMenu());
            QAction *enabled = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->data().toString() == "enabled"_L1)
                    enabled = action;
            }
            QVERIFY(enabled);
            QVERIFY(enabled->isCheckable() && enabled->isChecked());
            QCOMPARE(enabled->text(), u"Enabled"_s);
            enabled->trigger();
            QVERIFY(!view.isColumnVisible(u"enabled"_s));
            // Move Port first, widen Domains, sort by Port descending.
            view.header()->moveSection(view.header()->visualIndex(1), 0);
            view.header()->resizeSection(2, 321);
            domainsWidth = view.header()->sectionSize(2);
            view.header()->setSortIndicator(1, Qt::DescendingOrder);
            QCOMPARE(view.visibleColumnKeys(),
                     (QStringList{u"port"_s, u"name"_s, u"domainNames"_s}));
        } // the destructor saves what the timer has not saved yet

        RecordTableView second;
        second.setModel(&model);
        QVERIFY(second.isColumnVisible(u"enabled"_s)); // no key yet: default layout
        second.setSettingsKey(u"test/segments"_s);
        QVERIFY(!second.isColumnVisible(u"enabled"_s));
        QCOMPARE(second.visibleColumnKeys(), (QStringList{u"port"_s, u"name"_s, u"domainNames"_s}));
        QCOMPARE(second.header()->sectionSize(2), domainsWidth);
        QCOMPARE(columnTexts(second, 1).first(), u"8080"_s);

        // The last visible column cannot be hidden; reset brings every column back.
        second.setColumnVisible(u"port"_s, false);
        second.setColumnVisible(u"name"_s, false);
        second.setColumnVisible(u"domainNames"_s, false);
        QCOMPARE(second.visibleColumnKeys(), QStringList{u"domainNames"_s});
        second.resetLayout();
        QCOMPARE(second.visibleColumnKeys(),
                 (QStringList{u"name"_s, u"port"_s, u"domainNames"_s, u"enabled"_s}));
        RecordTableView third;
        third.setModel(&model);
        third.setSettingsKey(u"test/segments"_s);
        QCOMPARE(third.visibleColumnKeys().size(), 4);
    }

    void ctrlCCopiesSelectedCells()
    {
        RecordTableModel model(segmentColumns());
        model.setRecords(segments());
        RecordTableView view;
        view.setModel(&model);
        view.resize(800, 400);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setColumnVisible(u"domainNames"_s, false);
        QAbstractItemModel *proxy = view.proxyModel();
        // Rows 0 and 1, columns Name to Domains (Domains hidden: not copied).
        view.view()->selectionModel()->select(
            QItemSelection(proxy->index(0, 0), proxy->index(1, 2)), QItemSelectionModel::Select);
        view.view()->setFocus();
        QTRY_VERIFY(view.view()->hasFocus());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view.view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Finance ERP\t443\nWiki\t80"_s);

        view.copyWithHeadersAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Name\tPort\nFinance ERP\t443\nWiki\t80"_s);

        view.copyJsonAction()->trigger();
        const QJsonArray copied =
            QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).array();
        QCOMPARE(copied, (QJsonArray{segments().at(0), segments().at(1)}));

        // Cells follow the view's order after sorting.
        view.view()->selectionModel()->clearSelection();
        clickHeader(view, 1);
        view.view()->selectionModel()->select(
            QItemSelection(proxy->index(0, 1), proxy->index(1, 1)), QItemSelectionModel::Select);
        view.copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"9\n22"_s);

        std::unique_ptr<QMenu> menu(view.createContextMenu());
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        QCOMPARE(texts, (QStringList{u"&Copy"_s, u"Copy with &headers"_s, u"Copy raw &JSON"_s,
                                     u"&Export visible rows…"_s}));
    }

    void exportWritesVisibleRowsInViewOrder()
    {
        RecordTableModel model(segmentColumns());
        model.setRecords(segments());
        RecordTableView view;
        view.setModel(&model);
        view.setExportName(u"segments"_s);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFilterText(u"yes"_s); // drops the disabled segment
        clickHeader(view, 1);
        clickHeader(view, 1); // port descending
        view.setColumnVisible(u"enabled"_s, false);
        view.header()->moveSection(view.header()->visualIndex(2), 0); // Domains first

        // What the view shows, computed independently from the records.
        QList<QJsonObject> expected;
        for (const QJsonValue &v : segments()) {
            const QJsonObject o = v.toObject();
            const QString row = o.value("name"_L1).toString() + u'\n' +
                                QString::number(o.value("port"_L1).toInt()) + u'\n' +
                                o.value("domainNames"_L1).toVariant().toStringList().join(u", "_s) +
                                u'\n' + (o.value("enabled"_L1).toBool() ? u"Yes"_s : u"No"_s);
            if (row.contains(u"yes"_s, Qt::CaseInsensitive))
                expected.append(o);
        }
        std::sort(expected.begin(), expected.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("port"_L1).toInt() > b.value("port"_L1).toInt();
        });
        QCOMPARE(view.visibleRowCount(), expected.size());
        QVERIFY(expected.size() < segments().size()); // the filter dropped some

        QTemporaryDir out;
        ScriptedDialogSeams seams;
        seams.saveFileNames << out.filePath(u"segments.csv"_s) << out.filePath(u"segments.json"_s)
                            << out.filePath(u"noextension"_s);
        QSignalSpy exported(&view, &RecordTableView::exported);
        view.exportAction()->trigger();
        view.exportAction()->trigger();
        QCOMPARE(exported.size(), 2);
        QCOMPARE(seams.callsOf(u"save"_s).size(), 2);

        QByteArray csv = "domainNames,name,port\r\n";
        for (const QJsonObject &o : std::as_const(expected)) {
            QString name = o.value("name"_L1).toString();
            if (name.contains(u','))
                name = u"\""_s + QString(name).replace(u"\""_s, u"\"\""_s) + u"\""_s;
            QString domains = o.value("domainNames"_L1).toVariant().toStringList().join(u", "_s);
            if (domains.contains(u','))
                domains = u"\""_s + domains + u"\""_s;
            csv += (domains + u',' + name + u',' + QString::number(o.value("port"_L1).toInt()))
                       .toUtf8() +
                   "\r\n";
        }
        QCOMPARE(readAll(out.filePath(u"segments.csv"_s)), csv);
        QVERIFY(csv.contains("\"Quote, \"\"Inc\"\"\"")); // RFC 4180 quoting was exercised

        QJsonArray json;
        for (const QJsonObject &o : std::as_const(expected))
            json.append(o);
        QCOMPARE(QJsonDocument::fromJson(readAll(out.filePath(u"segments.json"_s))).array(), json);

        // No extension: CSV. Cancelled dialog: nothing written, no signal.
        QVERIFY(view.exportVisibleRows());
        QVERIFY(QFile::exists(out.filePath(u"noextension.csv"_s)));
        QVERIFY(!view.exportVisibleRows());
        QCOMPARE(exported.size(), 3);

        // A file that cannot be written: a warning through the seams.
        seams.saveFileNames << out.filePath(u"missing/dir/x.csv"_s);
        QVERIFY(!view.exportVisibleRows());
        QCOMPARE(seams.callsOf(u"warning"_s).size(), 1);
    }

    void exportNeutralisesFormulas()
    {
        // Names and domains are chosen by users: a cell a spreadsheet would run as a formula is
        // written as text, and the numbers of a number column stay numbers.
        RecordTableModel model(segmentColumns());
        model.setRecords({segment(u"1"_s, u"=HYPERLINK(\"http://x\")"_s, -5, {u"@evil.example"_s}),
                          segment(u"2"_s, u"+cmd"_s, 443, {u"ok.example"_s})});
        RecordTableView view;
        view.setModel(&model);
        QTemporaryDir out;
        QString error;
        QVERIFY2(view.exportCsv(out.filePath(u"x.csv"_s), &error), qPrintable(error));
        QCOMPARE(readAll(out.filePath(u"x.csv"_s)),
                 QByteArray("name,port,domainNames,enabled\r\n"
                            "\"'=HYPERLINK(\"\"http://x\"\")\",-5,'@evil.example,Yes\r\n"
                            "'+cmd,443,ok.example,Yes\r\n"));
        // JSON keeps the values as the API sent them.
        QVERIFY(view.exportJson(out.filePath(u"x.json"_s)));
        QCOMPARE(QJsonDocument::fromJson(readAll(out.filePath(u"x.json"_s)))
                     .array()
                     .at(1)
                     .toObject()
                     .value("name"_L1)
                     .toString(),
                 u"+cmd"_s);
    }

    void emptyStates()
    {
        RecordTableModel model(segmentColumns());
        RecordTableView view;
        view.setModel(&model);
        view.setNoMatchText(u"No segments match “%1”. Clear the filter."_s);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.emptyStateLabel()->isVisible());
        QCOMPARE(view.emptyStateLabel()->text(), u"Nothing loaded yet. Press F5 to load."_s);
        QCOMPARE(view.emptyStateLabel()->geometry(), view.view()->viewport()->rect());

        view.setBusy(true);
        QCOMPARE(view.emptyStateLabel()->text(), u"Loading…"_s);
        view.setBusy(false);
        view.setEmptyText(u"No segments in this microtenant."_s);
        QCOMPARE(view.emptyStateText(), u"No segments in this microtenant."_s);

        model.setRecords(segments());
        QVERIFY(!view.emptyStateLabel()->isVisible());
        QVERIFY(view.emptyStateText().isEmpty());

        QTest::keyClicks(view.filterEdit(), u"foo"_s);
        QVERIFY(view.emptyStateLabel()->isVisible());
        QCOMPARE(view.emptyStateLabel()->text(), u"No segments match “foo”. Clear the filter."_s);
        view.clearFilter();
        QVERIFY(!view.emptyStateLabel()->isVisible());
    }

    void currentRecordChangedCarriesTheRawRecord()
    {
        RecordTableModel model(segmentColumns());
        model.setRecords(segments());
        RecordTableView view;
        view.setModel(&model);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QSignalSpy current(&view, &RecordTableView::currentRecordChanged);
        QSignalSpy activated(&view, &RecordTableView::activated);
        view.view()->setCurrentIndex(view.proxyModel()->index(1, 2));
        QCOMPARE(current.size(), 1);
        const QJsonObject record = current.last().at(0).toJsonObject();
        QCOMPARE(record, segments().at(1).toObject());
        QCOMPARE(record.value("description"_L1).toString(), u"Segment Wiki"_s); // not a column

        // Same row, other cell: no new signal.
        view.view()->setCurrentIndex(view.proxyModel()->index(1, 0));
        QCOMPARE(current.size(), 1);

        view.view()->setFocus();
        QTRY_VERIFY(view.view()->hasFocus());
        QTest::keyClick(view.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.last().at(0).toJsonObject(), segments().at(1).toObject());

        // A reload keeps the current record (by id); filtering it away clears it.
        model.setRecords(segments());
        QCOMPARE(view.currentRecord(), segments().at(1).toObject());
        // Filtering the current row away moves the current row (Qt's rule); the signal follows.
        view.setFilterText(u"finance"_s);
        QCOMPARE(current.last().at(0).toJsonObject(), view.currentRecord());
        QVERIFY(view.currentRecord().value("name"_L1).toString().startsWith("Finance"_L1));
        view.view()->selectionModel()->clearCurrentIndex();
        QCOMPARE(current.last().at(0).toJsonObject(), QJsonObject());
        QVERIFY(view.setCurrentRecordId(u"5"_s));
        QCOMPARE(current.last().at(0).toJsonObject(), segments().at(4).toObject());
        QVERIFY(!view.setCurrentRecordId(u"2"_s));
    }

    // A new filter finds the current row again where it is in the model, not by its id: a
    // record without one stays current (looking an id up would read every row).
    void filterKeepsTheCurrentRowWithoutAnId()
    {
        QJsonArray records;
        for (const QJsonValue &s : segments()) {
            QJsonObject o = s.toObject();
            o.remove(u"id"_s);
            records.append(o);
        }
        RecordTableModel model(segmentColumns());
        model.setRecords(records);
        RecordTableView view;
        view.setModel(&model);
        view.proxyModel()->sort(0, Qt::AscendingOrder); // Finance ERP comes first
        QSignalSpy current(&view, &RecordTableView::currentRecordChanged);
        const QModelIndex reports = view.proxyModel()
                                        ->match(view.proxyModel()->index(0, 0), Qt::DisplayRole,
                                                u"Finance reports"_s, 1, Qt::MatchExactly)
                                        .value(0);
        QVERIFY(reports.isValid());
        view.view()->setCurrentIndex(reports.siblingAtColumn(2));
        QCOMPARE(current.size(), 1);
        view.setFilterText(u"finance"_s); // drops rows: the proxy resets
        QCOMPARE(view.visibleRowCount(), 2);
        QCOMPARE(view.currentRecord(), records.at(4).toObject());
        QCOMPARE(view.view()->currentIndex().column(), 2);
        QCOMPARE(current.size(), 1);
        view.setFilterText(u"fin"_s); // wider
        QCOMPARE(view.currentRecord(), records.at(4).toObject());
        view.setFilterText(u"erp"_s); // not it: the first row shown, as when Qt removes it
        QCOMPARE(view.currentRecord(), records.at(0).toObject());
        QCOMPARE(current.last().at(0).toJsonObject(), records.at(0).toObject());
    }

    void treeMode()
    {
        const QJsonArray groups = QJsonDocument::fromJson(R"([
            {"id": 10, "name": "Branch East",
             "ecVMs": [{"id": 11, "name": "vm-east-1", "operationalStatus": "ACTIVE",
                        "ecInstances": [{"id": 12, "name": "inst-a"}]}]},
            {"id": 20, "name": "Branch West",
             "ecVMs": [{"id": 21, "name": "vm-west-1", "operationalStatus": "INACTIVE"}]}
        ])")
                                      .array();
        ConnectorGroupTreeModel model;
        model.setGroups(groups);
        RecordTableView view(RecordTableView::Mode::Tree);
        QVERIFY(qobject_cast<QTreeView *>(view.view()));
        view.setModel(&model);
        QAbstractItemModelTester tester(view.proxyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QCOMPARE(view.visibleRowCount(), 2);
        QCOMPARE(view.visibleRows().size(), 5); // groups, VMs, instance, depth-first
        view.setFilterText(u"inst-a"_s);
        QCOMPARE(view.visibleRowCount(), 1); // the group is kept for its instance
        const QList<QModelIndex> rows = view.visibleRows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).data().toString(), u"inst-a"_s);
        QVERIFY(static_cast<QTreeView *>(view.view())->isExpanded(rows.at(0)));

        QSignalSpy current(&view, &RecordTableView::currentRecordChanged);
        view.view()->setCurrentIndex(rows.at(1));
        QCOMPARE(current.last().at(0).toJsonObject().value("name"_L1).toString(), u"vm-east-1"_s);

        QTemporaryDir out;
        QVERIFY(view.exportJson(out.filePath(u"tree.json"_s)));
        QCOMPARE(QJsonDocument::fromJson(readAll(out.filePath(u"tree.json"_s))).array(),
                 QJsonArray{groups.at(0)});
        QVERIFY(view.exportCsv(out.filePath(u"tree.csv"_s)));
        QCOMPARE(readAll(out.filePath(u"tree.csv"_s)).count("\r\n"), 4); // header + 3 nodes
    }

    // A table sorted before its rows arrive (a saved layout that sorts): each page goes to
    // its sorted places, the current row and the selected cells stay on their records, the
    // count follows, and a filter typed while the rows load finds the later ones.
    void sortedTableKeepsTheCurrentRowWhilePagesAppend()
    {
        RecordTableModel model(segmentColumns());
        RecordTableView view;
        view.setModel(&model);
        QVERIFY(qobject_cast<RecordTableProxyModel *>(view.proxyModel()));
        QAbstractItemModelTester tester(view.proxyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(600, 400);
        view.show();
        clickHeader(view, 1); // port, ascending
        QCOMPARE(view.header()->sortIndicatorSection(), 1);
        const auto page = [](int first) {
            QJsonArray records;
            for (int i = first; i < first + 50; ++i) // ports all over the range
                records.append(segment(QString::number(i), u"App %1"_s.arg(i), i * 37 % 1000,
                                       {u"app%1.example.com"_s.arg(i)}));
            return records;
        };
        model.appendRecords(page(0));
        view.view()->setCurrentIndex(view.proxyModel()->index(20, 2));
        const QJsonObject current = view.currentRecord();
        QSignalSpy changed(&view, &RecordTableView::currentRecordChanged);
        for (int first = 50; first < 300; first += 50) {
            model.appendRecords(page(first));
            QCOMPARE(view.currentRecord(), current);
            QCOMPARE(view.view()->currentIndex().column(), 2);
            QCOMPARE(view.totalRowCount(), first + 50);
        }
        QCOMPARE(changed.size(), 0);
        QVERIFY(view.view()->currentIndex().row() > 20); // rows landed before it
        QCOMPARE(view.rowCountText(), u"300 rows"_s);
        QStringList ports = columnTexts(view, 1);
        QList<int> numbers;
        for (const QString &port : std::as_const(ports))
            numbers << port.toInt();
        QVERIFY(std::is_sorted(numbers.cbegin(), numbers.cend()));

        view.setFilterText(u"app3"_s); // app3, app30-39, and app300-399 to come
        QCOMPARE(view.visibleRowCount(), 11);
        model.appendRecords(page(300));
        model.appendRecords(page(350));
        QCOMPARE(view.visibleRowCount(), 111);
        ports = columnTexts(view, 1);
        numbers.clear();
        for (const QString &port : std::as_const(ports))
            numbers << port.toInt();
        QVERIFY(std::is_sorted(numbers.cbegin(), numbers.cend()));
        QCOMPARE(view.rowCountText(), u"111 of 400 rows"_s);
    }

    // A header click on a table large enough to sort in the background (here: any table):
    // the header shows the new column at once and the rows keep their order, the pointer busy,
    // until the new order comes; the current row stays on its record; the saved layout has
    // the sort asked for. After a reset, the model's order until the sorted one comes.
    void headerClickSortsInTheBackground()
    {
        RecordTableModel model(segmentColumns());
        QJsonArray records;
        for (int i = 0; i < 600; ++i) // ports all over the range
            records.append(segment(QString::number(i), u"App %1"_s.arg(i), i * 37 % 1000,
                                   {u"app%1.example.com"_s.arg(i)}));
        model.setRecords(records);
        RecordTableView view;
        view.setSettingsKey(u"test/background"_s);
        view.setModel(&model);
        auto *proxy = qobject_cast<RecordTableProxyModel *>(view.proxyModel());
        QVERIFY(proxy);
        proxy->setBackgroundSortRows(1);
        QAbstractItemModelTester tester(proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.view()->setCurrentIndex(proxy->index(20, 2));
        const QJsonObject current = view.currentRecord();
        QSignalSpy changed(&view, &RecordTableView::currentRecordChanged);
        const QStringList before = columnTexts(view, 1);
        QCOMPARE(view.view()->viewport()->cursor().shape(), Qt::ArrowCursor);

        clickHeader(view, 1); // port, ascending
        QCOMPARE(view.header()->sortIndicatorSection(), 1);
        QCOMPARE(view.header()->sortIndicatorOrder(), Qt::AscendingOrder);
        QVERIFY(proxy->isSorting());
        QCOMPARE(proxy->sortColumn(), 1);
        QCOMPARE(columnTexts(view, 1), before);
        QCOMPARE(view.view()->viewport()->cursor().shape(), Qt::BusyCursor);
        QTRY_VERIFY(!proxy->isSorting());
        QCOMPARE(view.view()->viewport()->cursor().shape(), Qt::ArrowCursor);
        QList<int> ports;
        for (const QString &port : columnTexts(view, 1))
            ports << port.toInt();
        QVERIFY(std::is_sorted(ports.cbegin(), ports.cend()));
        QVERIFY(ports != QList<int>(ports.crbegin(), ports.crend()));
        QCOMPARE(view.currentRecord(), current);
        QCOMPARE(view.view()->currentIndex().column(), 2);
        QCOMPARE(changed.size(), 0);

        // Clicked again, then saved before the order comes: the layout has descending.
        clickHeader(view, 1);
        QVERIFY(proxy->isSorting());
        QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
        view.saveLayout();
        QTRY_VERIFY(!proxy->isSorting());
        RecordTableView second;
        second.setModel(&model);
        second.setSettingsKey(u"test/background"_s);
        QCOMPARE(second.header()->sortIndicatorSection(), 1);
        QCOMPARE(second.header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(columnTexts(second, 1), columnTexts(view, 1));
        QCOMPARE(columnTexts(view, 1).first(), u"999"_s);

        // A reset (a reload whose rows could not be matched by id ends so): the rows come in
        // the model's order, the header keeps the sort and the pointer is busy until the
        // order comes.
        QJsonArray reversed;
        for (qsizetype i = records.size() - 1; i >= 0; --i)
            reversed.append(records.at(i));
        model.setRecords(reversed);
        QVERIFY(proxy->isSorting());
        QCOMPARE(view.header()->sortIndicatorSection(), 1);
        QCOMPARE(view.header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(view.view()->viewport()->cursor().shape(), Qt::BusyCursor);
        QCOMPARE(columnTexts(view, 1).first(), QString::number(599 * 37 % 1000));
        QTRY_VERIFY(!proxy->isSorting());
        QCOMPARE(columnTexts(view, 1).first(), u"999"_s);
        QCOMPARE(columnTexts(view, 1), columnTexts(second, 1));
        QCOMPARE(view.view()->viewport()->cursor().shape(), Qt::ArrowCursor);
    }

    // The proxy suits the model: a table gets the flat one, a tree the one that keeps a
    // parent for a matching child, whichever mode the view was made in; the filter typed
    // stays in force across the change.
    void proxyFollowsTheModelsShape()
    {
        RecordTableModel table(segmentColumns());
        table.setRecords(segments());
        ConnectorGroupTreeModel tree;
        tree.setGroups(
            QJsonDocument::fromJson(R"([{"id": 10, "name": "Finance East", "ecVMs": []}])")
                .array());
        RecordTableView view(RecordTableView::Mode::Tree);
        QVERIFY(qobject_cast<RecordFilterProxyModel *>(view.proxyModel()));
        view.setFilterText(u"finance"_s);
        view.setModel(&table);
        QVERIFY(qobject_cast<RecordTableProxyModel *>(view.proxyModel()));
        QCOMPARE(view.view()->model(), view.proxyModel());
        QCOMPARE(view.visibleRowCount(), 2);
        QSignalSpy current(&view, &RecordTableView::currentRecordChanged);
        view.view()->setCurrentIndex(view.proxyModel()->index(1, 0));
        QCOMPARE(current.size(), 1); // the new selection model is followed
        view.setModel(&tree);
        QVERIFY(qobject_cast<RecordFilterProxyModel *>(view.proxyModel()));
        QCOMPARE(view.visibleRowCount(), 1);
        view.setFilterText(u"west"_s);
        QCOMPARE(view.visibleRowCount(), 0);
    }

    void screenshot()
    {
        RecordTableModel model(segmentColumns());
        model.setRecords(segments());
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new ErrorBanner(&window);
        ApiError error = ApiError::make(ApiError::Kind::Timeout);
        error.product = Product::Zpa;
        error.requestId = u"7d1e9a40-0c2b"_s;
        banner->showError(error);
        auto *busy = new BusyBar(&window);
        busy->setProgress(2, 40, BusyBar::pageText(2, 40));
        busy->showWait(Product::Zpa, 3, WaitReason::ServerRateLimit);
        auto *splitter = new QSplitter(&window);
        auto *view = new RecordTableView(splitter);
        view->setModel(&model);
        auto *pane = new DetailPane(splitter);
        connect(view, &RecordTableView::currentRecordChanged, pane, &DetailPane::setRecord);
        splitter->addWidget(view);
        splitter->addWidget(pane);
        splitter->setSizes({620, 380});
        layout->addWidget(banner);
        layout->addWidget(busy);
        layout->addWidget(splitter, 1);
        window.resize(1040, 480);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view->setFilterText(u"example"_s);
        view->view()->setCurrentIndex(view->proxyModel()->index(0, 0));
        QCOMPARE(pane->fieldText(u"Name"_s), u"Finance ERP"_s);
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("ZCONSOLE_BUILD_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir + u"/screenshots"_s));
        QVERIFY(window.grab().save(dir + u"/screenshots/components.png"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestRecordTableView)
#include "tst_recordtableview.moc"
