// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The Snapshots page offscreen against the simulator: take (progress, then listed, owner-only),
// change the tenant, take again, compare the two and with live; the tree and its filters;
// export; a file that is not a snapshot; cancel; the keyboard and accessible names.
#include "DataChanges.h"
#include "ScriptedDialogSeams.h"
#include "TenantData.h"
#include "ViewFixture.h"
#include "pages/snapshots/SnapshotDiffView.h"
#include "pages/snapshots/SnapshotsPage.h"
#include "snapshot/SnapshotDiffFilterModel.h"
#include "snapshot/SnapshotDiffModel.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::saveScreenshot;
using zc::test::smallTenant;
using zc::test::ViewFixture;

namespace {

void selectRows(QListWidget *list, const QList<int> &rows)
{
    list->clearSelection();
    for (int row : rows)
        list->item(row)->setSelected(true);
}

// The page shown on a small simulated tenant, keeping its snapshots in a fresh folder.
struct PageOnTenant
{
    ViewFixture fixture{smallTenant()};
    QTemporaryDir dir;
    std::unique_ptr<SnapshotsPage> page;

    bool start()
    {
        if (!fixture.start())
            return false;
        page = std::make_unique<SnapshotsPage>(&fixture.session());
        page->setFolder(dir.filePath(u"snapshots"_s));
        page->show();
        return true;
    }
};

bool take(SnapshotsPage &page)
{
    QSignalSpy taken(&page, &SnapshotsPage::snapshotTaken);
    page.takeButton()->click();
    return taken.wait(60000);
}

} // namespace

class TestSnapshotsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takeChangeCompare()
    {
        PageOnTenant t;
        QVERIFY(t.start());
        SnapshotsPage &page = *t.page;
        page.resize(1100, 700);
        QCOMPARE(page.list()->count(), 0);
        QVERIFY(page.takeButton()->isEnabled());
        QVERIFY(!page.compareButton()->isEnabled());

        QSignalSpy progress(page.busyBar()->progressBar(), &QProgressBar::valueChanged);
        QVERIFY(take(page));
        QVERIFY(progress.count() > 0);
        QTRY_VERIFY(!page.busyBar()->isBusy());
        QCOMPARE(page.list()->count(), 1);
#ifdef Q_OS_UNIX
        const auto others = QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther;
        QCOMPARE(QFile::permissions(page.folder()) & others, QFile::Permissions());
#endif

        // Renamed and removed records.
        QString error;
        const QString groupId = t.fixture.server().tenantData().groups.first().id;
        QVERIFY(t.fixture.server().changeData(
            {u"zid.groups"_s, sim::SimDataChange::Action::Rename, groupId, u"Auditors"_s, {}, {}},
            &error));
        QVERIFY(t.fixture.server().changeData({u"zid.groups"_s,
                                               sim::SimDataChange::Action::Remove,
                                               t.fixture.server().tenantData().groups.last().id,
                                               {},
                                               {},
                                               {}},
                                              &error));
        // One second later, so that the file names differ.
        QTest::qWait(1100);
        QVERIFY(take(page));
        QTRY_COMPARE(page.list()->count(), 2);

        selectRows(page.list(), {0, 1});
        QVERIFY(page.compareButton()->isEnabled());
        QVERIFY(!page.compareLiveButton()->isEnabled());
        QSignalSpy compared(&page, &SnapshotsPage::compared);
        page.compareButton()->click();
        QCOMPARE(compared.count(), 1);
        SnapshotDiffView *view = page.diffView();
        const SnapshotDiff &diff = view->model()->diff();
        QCOMPARE(diff.count(RecordChange::Kind::Changed), 1);
        QCOMPARE(diff.count(RecordChange::Kind::Removed), 1);
        QCOMPARE(diff.count(RecordChange::Kind::Added), 0);
        QVERIFY(view->summaryLabel()->text().contains(u"0 added, 1 removed, 1 changed"_s));
        // Older against newer, whatever the selection order: the new name is the new value.
        bool renamedSeen = false;
        for (const CollectionDiff &c : diff.collections) {
            for (const RecordChange &change : c.changes) {
                if (change.kind == RecordChange::Kind::Changed) {
                    QCOMPARE(change.fields.first().newValue, QJsonValue(u"Auditors"_s));
                    renamedSeen = true;
                }
            }
        }
        QVERIFY(renamedSeen);

        // Filters: by text, then by kind.
        view->filterEdit()->setText(u"auditors"_s);
        QCOMPARE(view->filterModel()->rowCount(), 1);
        const QModelIndex collection = view->filterModel()->index(0, 0);
        QCOMPARE(view->filterModel()->rowCount(collection), 1);
        QVERIFY(view->tree()->isExpanded(collection));
        view->filterEdit()->clear();
        view->kindBox()->setCurrentIndex(2); // removed
        QCOMPARE(view->filterModel()->rowCount(), 1);
        QCOMPARE(view->filterModel()->rowCount(view->filterModel()->index(0, 0)), 1);
        view->kindBox()->setCurrentIndex(0);
        QVERIFY(!saveScreenshot(&page, u"snapshots-compare"_s).isEmpty());

        // Export: HTML, CSV and JSON by the file's extension.
        ScriptedDialogSeams seams;
        seams.saveFileNames << t.dir.filePath(u"diff.html"_s);
        view->exportButton()->click();
        QFile html(t.dir.filePath(u"diff.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("Auditors"));
        QVERIFY(view->exportTo(t.dir.filePath(u"diff.csv"_s), &error));
        QFile csv(t.dir.filePath(u"diff.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("collection,change,id,name,field,old,new"));

        // With live: the newest snapshot equals the tenant until it changes.
        selectRows(page.list(), {0});
        QVERIFY(page.compareLiveButton()->isEnabled());
        QSignalSpy live(&page, &SnapshotsPage::snapshotTaken);
        page.compareLiveButton()->click();
        QVERIFY(live.wait(60000));
        QVERIFY(view->model()->diff().isEqual());
        QVERIFY(view->summaryLabel()->text().contains(u"No differences"_s));
        QCOMPARE(page.list()->count(), 2); // a live comparison keeps no file
    }

    void refusesWhatIsNotASnapshot()
    {
        PageOnTenant t;
        QVERIFY(t.start());
        SnapshotsPage &page = *t.page;
        QFile bad(t.dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format":"zconsole-snapshot","formatVersion":7})");
        bad.close();
        ScriptedDialogSeams seams;
        seams.openFileNames << bad.fileName();
        page.openButton()->click();
        QVERIFY(page.errorBanner()->isVisibleTo(&page));
        QVERIFY(page.errorBanner()->message().contains(u"newer ZConsole"_s));
        QCOMPARE(page.list()->count(), 0);
        // The format 1 fixture opens.
        QVERIFY(page.openFile(QStringLiteral(ZC_SOURCE_DIR) +
                              u"/tests/models/snapshot/fixtures/format1.zcsnap.json"_s));
        QCOMPARE(page.list()->count(), 1);
        QVERIFY(page.list()->item(0)->isSelected());
    }

    void cancelKeepsNothing()
    {
        PageOnTenant t;
        QVERIFY(t.start());
        SnapshotsPage &page = *t.page;
        sim::SimFault slow;
        slow.kind = sim::SimFault::Kind::Delay;
        slow.delayMs = 3000;
        slow.count = -1;
        t.fixture.server().injectFault(slow);
        QSignalSpy failed(&page, &SnapshotsPage::takeFailed);
        page.takeButton()->click();
        QVERIFY(page.isTaking());
        QVERIFY(!page.takeButton()->isEnabled());
        QTRY_VERIFY(page.busyBar()->isBusy());
        page.busyBar()->cancelButton()->click();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY(!page.isTaking());
        QVERIFY(page.takeButton()->isEnabled());
        QCOMPARE(page.list()->count(), 0);
    }

    void keyboardAndNames()
    {
        PageOnTenant t;
        QVERIFY(t.start());
        SnapshotsPage &page = *t.page;
        QVERIFY(!page.list()->accessibleName().isEmpty());
        QVERIFY(!page.diffView()->tree()->accessibleName().isEmpty());
        QVERIFY(!page.diffView()->kindBox()->accessibleName().isEmpty());
        QVERIFY(!page.diffView()->collectionBox()->accessibleName().isEmpty());
        QVERIFY(!page.diffView()->filterEdit()->accessibleName().isEmpty());
        // Mnemonics on every button.
        for (QPushButton *button : {page.takeButton(), page.openButton(), page.compareButton(),
                                    page.compareLiveButton(), page.diffView()->exportButton()})
            QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        // Every control is reachable with Tab.
        for (QWidget *widget :
             QList<QWidget *>{page.takeButton(), page.list(), page.diffView()->tree()})
            QVERIFY(widget->focusPolicy() & Qt::TabFocus);
    }
};

QTEST_MAIN(TestSnapshotsPage)
#include "tst_snapshotspage.moc"
