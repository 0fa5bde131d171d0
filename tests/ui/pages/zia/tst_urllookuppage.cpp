// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The URL lookup page, offscreen against the simulator: inline validation of the pasted
// lines, batches of 100 at ZIA's pace, readable categories, security alerts highlighted, the
// category summary, filter, sort, detail, export, F5 and cancel.
#include "ViewFixture.h"
#include "common/Translations.h"

#include "ScriptedDialogSeams.h"
#include "pages/zia/AlertHighlightProxy.h"
#include "pages/zia/UrlEditor.h"
#include "pages/zia/UrlLookupPage.h"
#include "widgets/Announcer.h"
#include "widgets/BusyBar.h"
#include "widgets/DetailPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zia/UrlCategorySummaryModel.h"
#include "zia/UrlLookupResultModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::ViewFixture;

namespace {

// The bodies of the lookups the simulator answered. An attempt it refused with 429 is left out:
// the client paces ZIA's one POST a second with a small margin for travel time, and on a slow
// machine (the sanitizer build) an answer can take longer than that margin, so the second
// lookup is refused once and sent again, as it should be.
QList<QJsonArray> lookupBodies(ViewFixture &fixture)
{
    QList<QJsonArray> bodies;
    for (const auto &request : fixture.server().recordedRequests()) {
        if (request.path.endsWith(u"/urlLookup"_s) && request.status != 429)
            bodies.append(QJsonDocument::fromJson(request.body).array());
    }
    return bodies;
}

QString categoriesOf(UrlLookupPage &page, int row)
{
    return page.resultModel()->index(row, UrlLookupResultModel::CategoriesColumn).data().toString();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The page signed in to the simulator and shown, at a size where all its parts are laid out.
// The page goes before the session it stands on.
class ShownPage
{
public:
    bool start(QSize size = QSize(1280, 760))
    {
        if (!m_fixture.start())
            return false;
        m_page = std::make_unique<UrlLookupPage>(&m_fixture.session());
        m_page->resize(size);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }
    ViewFixture &fixture() { return m_fixture; }
    UrlLookupPage &page() { return *m_page; }

private:
    ViewFixture m_fixture;
    std::unique_ptr<UrlLookupPage> m_page;
};

} // namespace

class TestUrlLookupPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the user reads them: "1 row", "2 rows".
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
    }

    void validatesEachLineAsYouType()
    {
        ShownPage onSim;
        QVERIFY(onSim.start());
        ViewFixture &fixture = onSim.fixture();
        UrlLookupPage &page = onSim.page();

        QCOMPARE(page.widgets().results->emptyStateText(),
                 u"Paste URLs on the left and press Look up (Ctrl+Enter)."_s);
        QVERIFY(page.problemTexts().isEmpty());

        const QString tooLong = u"https://example.com/"_s + QString(1100, u'a');
        const QStringList lines{u"bbc.com"_s,
                                u"facebook.com"_s,
                                u"  viruses.org  "_s,
                                u""_s,
                                u"cnn.com"_s,
                                u"   "_s,
                                tooLong,
                                u"example.org"_s,
                                u"facebook.com"_s,
                                u"wikipedia.org"_s};
        page.widgets().editor->setPlainText(lines.join(u'\n') +
                                            u'\n'); // a paste ends with a newline
        // Checked after a short pause, without pressing anything.
        QTRY_COMPARE(page.problemTexts(), (QStringList{u"Line 4: empty"_s, u"Line 6: empty"_s,
                                                       u"Line 7: longer than 1,024 characters"_s,
                                                       u"Line 9: duplicate of line 2"_s}));
        QVERIFY(page.widgets().problems->isVisible());
        QCOMPARE(page.widgets().inputSummary->text(),
                 u"6 URLs to look up · 1 duplicate skipped · 3 invalid lines not sent"_s);
        // Marked in the editor too, with a tooltip that says why.
        QVERIFY(page.widgets().editor->hasIssue(3));
        QVERIFY(page.widgets().editor->hasIssue(6));
        QVERIFY(!page.widgets().editor->hasIssue(0));
        QVERIFY(page.widgets().editor->issueText(8).startsWith(u"Line 9: duplicate of line 2\n"_s));
        QVERIFY(page.widgets().editor->issueText(6).contains(u"not sent"_s));
        QCOMPARE(page.widgets().editor->extraSelections().size(), 4);

        // Typing one more line: a duplicate of line 1.
        QTextCursor end = page.widgets().editor->textCursor();
        end.movePosition(QTextCursor::End);
        page.widgets().editor->setTextCursor(end);
        page.widgets().editor->setFocus();
        QTest::keyClicks(page.widgets().editor, u"bbc.com"_s);
        QTRY_COMPARE(page.problemTexts().size(), 5);
        QCOMPARE(page.problemTexts().last(), u"Line 11: duplicate of line 1"_s);

        // Clicking a problem shows its line.
        QListWidgetItem *item = page.widgets().problems->item(2);
        QTest::mouseClick(page.widgets().problems->viewport(), Qt::LeftButton, {},
                          page.widgets().problems->visualItemRect(item).center());
        QCOMPARE(page.widgets().editor->textCursor().blockNumber(), 6);
        QTest::qWait(100); // let the layout settle before the grab
        QVERIFY(!zc::test::saveScreenshot(&page, u"url-lookup-validation"_s).isEmpty());

        // Ctrl+Enter sends only the valid lines, once each, trimmed.
        QSignalSpy finished(&page, &UrlLookupPage::lookupFinished);
        page.widgets().editor->setFocus();
        QTest::keyClick(page.widgets().editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(15000));
        const QJsonArray expected{u"bbc.com"_s, u"facebook.com"_s, u"viruses.org"_s,
                                  u"cnn.com"_s, u"example.org"_s,  u"wikipedia.org"_s};
        QCOMPARE(lookupBodies(fixture), (QList<QJsonArray>{expected}));
        QCOMPARE(page.resultModel()->rowCount(), 6);
        QVERIFY(!page.widgets().editor->toPlainText().contains(
            u"bbc.combbc"_s)); // Ctrl+Enter typed nothing

        // F5 repeats the last lookup.
        page.refresh();
        QVERIFY(finished.wait(15000));
        QCOMPARE(lookupBodies(fixture), (QList<QJsonArray>{expected, expected}));
    }

    void nothingToLookUpIsSaid()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        UrlLookupPage page(&fixture.session());
        page.widgets().editor->setPlainText(u"\n   \n\nfoo"_s);
        page.widgets().editor->clear();
        page.lookUp();
        QVERIFY(page.banner()->isVisibleTo(&page));
        QCOMPARE(page.banner()->message(),
                 u"Nothing to look up: paste URLs in the editor, one per line."_s);
        QCOMPARE(fixture.sim().countRequests(u"/urlLookup"_s), 0);
    }

    void lookupInBatchesWithReadableResults()
    {
        ShownPage onSim;
        QVERIFY(onSim.start());
        ViewFixture &fixture = onSim.fixture();
        UrlLookupPage &page = onSim.page();

        QStringList urls;
        for (int i = 0; i < 250; ++i)
            urls.append(u"site%1.example.com/page"_s.arg(i));
        urls[0] = u"viruses.org"_s;
        urls[1] = u"facebook.com"_s;
        urls[2] = u"bbc.com"_s;
        urls[3] = u"download.malware-host.example.net"_s;
        urls[120] = u"login.phish-bank.example.org/account"_s;
        page.widgets().editor->setPlainText(urls.join(u'\n'));
        page.validateNow();
        QCOMPARE(page.widgets().inputSummary->text(), u"250 URLs to look up"_s);
        fixture.server().clearRecordedRequests();

        QSignalSpy finished(&page, &UrlLookupPage::lookupFinished);
        QTest::mouseClick(page.widgets().lookUp, Qt::LeftButton);
        QVERIFY(page.isLookingUp());
        QVERIFY(page.busyBar()->isBusy());
        QCOMPARE(page.busyBar()->text(), u"Looking up batch 1 of 3…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.busyBar()->text(), u"Looking up batch 2 of 3…"_s, 10000);
        QCOMPARE(page.busyBar()->progressBar()->value(), 1);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 250);
        QVERIFY(!page.busyBar()->isBusy());

        // Three batches, none over 100, the URLs in order.
        const QList<QJsonArray> bodies = lookupBodies(fixture);
        QCOMPARE(bodies.size(), 3);
        QJsonArray sent;
        for (const QJsonArray &body : bodies) {
            QVERIFY(body.size() <= 100);
            for (const QJsonValue &v : body)
                sent.append(v);
        }
        QCOMPARE(sent, QJsonArray::fromStringList(urls));

        // Results in input order, readable.
        UrlLookupResultModel *model = page.resultModel();
        QCOMPARE(model->rowCount(), 250);
        for (int i = 0; i < 250; ++i)
            QCOMPARE(model->record(i).value("url"_L1).toString(), urls.at(i));
        QCOMPARE(categoriesOf(page, 0), u"Miscellaneous or Unknown"_s);
        QCOMPARE(categoriesOf(page, 1), u"Social Networking"_s);
        QCOMPARE(categoriesOf(page, 2), u"News and Media"_s);
        QCOMPARE(page.widgets().results->visibleRowCount(), 250);

        // Security alerts: highlighted rows with their alert named.
        const QModelIndex malware = page.highlightModel()->index(3, 0);
        QVERIFY(
            model->data(model->index(3, 0), UrlLookupResultModel::HasSecurityAlertRole).toBool());
        QVERIFY(!model->index(3, UrlLookupResultModel::SecurityAlertsColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QCOMPARE(malware.data(Qt::BackgroundRole).value<QColor>(),
                 AlertHighlightProxy::alertBackground());
        QCOMPARE(page.highlightModel()->index(3, 2).data(Qt::ForegroundRole).value<QColor>(),
                 AlertHighlightProxy::alertForeground());
        QVERIFY(!page.highlightModel()->index(2, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->securityAlertRows() >= 2);
        // ...as the table shows them (through its filter proxy).
        QCOMPARE(page.widgets()
                     .results->proxyModel()
                     ->index(3, 1)
                     .data(Qt::BackgroundRole)
                     .value<QColor>(),
                 AlertHighlightProxy::alertBackground());

        // The summary: one row per code, counts as the results say.
        QHash<QString, int> expected;
        for (const QJsonValue &value : model->records()) {
            const QJsonObject o = value.toObject();
            QSet<QString> codes;
            for (const QJsonValue &c : o.value("urlClassifications"_L1).toArray())
                codes.insert(c.toString());
            for (const QJsonValue &c : o.value("urlClassificationsWithSecurityAlert"_L1).toArray())
                codes.insert(c.toString());
            for (const QString &c : codes)
                ++expected[c];
        }
        UrlCategorySummaryModel *summary = page.summaryModel();
        QCOMPARE(summary->rowCount(), int(expected.size()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(summary->count(it.key()), it.value());
        QVERIFY(summary->count(u"NEWS_AND_MEDIA"_s) >= 1);
        QCOMPARE(page.widgets().summaryView->model()->rowCount(), int(expected.size()));
        const int top = page.widgets().summaryView->model()->index(0, 1).data().toInt();
        for (int r = 1; r < page.widgets().summaryView->model()->rowCount(); ++r)
            QVERIFY(page.widgets().summaryView->model()->index(r, 1).data().toInt() <= top);
        QVERIFY(page.widgets().resultSummary->text().startsWith(u"250 URLs · "_s));
        QVERIFY(page.widgets().resultSummary->text().contains(u"with security alerts"_s));

        // Detail pane: the current row, formatted and raw.
        page.widgets().results->view()->setCurrentIndex(
            page.widgets().results->proxyModel()->index(2, 0));
        QCOMPARE(page.widgets().detail->fieldText(u"URL"_s), u"bbc.com"_s);
        QCOMPARE(page.widgets().detail->fieldText(u"Categories"_s), u"News and Media"_s);
        QCOMPARE(page.widgets().detail->fieldText(u"Security alerts"_s), u"None"_s);
        QVERIFY(page.widgets().detail->rawJsonText().contains(u"\"NEWS_AND_MEDIA\""_s));

        QTest::qWait(100); // let the layout settle before the grab

        QVERIFY(!zc::test::saveScreenshot(&page, u"url-lookup-results"_s).isEmpty());

        // Filter narrows (typing into the filter field).
        const int news = summary->count(u"NEWS_AND_MEDIA"_s);
        page.widgets().results->filterEdit()->setFocus();
        QTest::keyClicks(page.widgets().results->filterEdit(), u"news and media"_s);
        QTRY_COMPARE(page.widgets().results->visibleRowCount(), news);
        QVERIFY(news < 250);

        // Double-clicking a summary category filters by it.
        page.widgets().results->clearFilter();
        QCOMPARE(page.widgets().results->visibleRowCount(), 250);
        QAbstractItemModel *summaryShown = page.widgets().summaryView->model();
        int socialRow = -1;
        for (int r = 0; r < summaryShown->rowCount(); ++r) {
            if (summaryShown->index(r, 0).data().toString() == "Social Networking"_L1)
                socialRow = r;
        }
        QVERIFY(socialRow >= 0);
        Q_EMIT page.widgets().summaryView->activated(summaryShown->index(socialRow, 0));
        QCOMPARE(page.widgets().results->filterText(), u"Social Networking"_s);
        QCOMPARE(page.widgets().results->visibleRowCount(), summary->count(u"SOCIAL_NETWORKING"_s));

        // Export the visible rows, CSV and JSON, through the dialog seams.
        QTemporaryDir dir;
        ScriptedDialogSeams seams;
        const QString csvPath = dir.filePath(u"social.csv"_s);
        const QString jsonPath = dir.filePath(u"social.json"_s);
        seams.saveFileNames << csvPath << jsonPath;
        QVERIFY(page.widgets().results->exportVisibleRows());
        QVERIFY(page.widgets().results->exportVisibleRows());
        const QStringList csv =
            QString::fromUtf8(readFile(csvPath)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), summary->count(u"SOCIAL_NETWORKING"_s) + 1);
        QCOMPARE(csv.first(), u"url,urlClassifications,urlClassificationsWithSecurityAlert,"
                              "application"_s);
        QVERIFY(csv.contains(u"facebook.com,Social Networking,,"_s));
        for (const QString &row : csv.mid(1))
            QVERIFY2(row.contains(u"Social Networking"_s), qPrintable(row));
        const QJsonArray json = QJsonDocument::fromJson(readFile(jsonPath)).array();
        QCOMPARE(json.size(), summary->count(u"SOCIAL_NETWORKING"_s));
        QVERIFY(
            json.contains(QJsonObject{{u"url"_s, u"facebook.com"_s},
                                      {u"urlClassifications"_s, QJsonArray{u"SOCIAL_NETWORKING"_s}},
                                      {u"urlClassificationsWithSecurityAlert"_s, QJsonArray{}}}));
        for (const QJsonValue &v : json) {
            QVERIFY(v.toObject()
                        .value("urlClassifications"_L1)
                        .toArray()
                        .contains(u"SOCIAL_NETWORKING"_s));
        }

        // Sorting by URL (header click), descending on a second click.
        page.widgets().results->clearFilter();
        QHeaderView *header = page.widgets().results->header();
        const int urlSection = header->sectionViewportPosition(0) + header->sectionSize(0) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(urlSection, 5));
        QCOMPARE(header->sortIndicatorSection(), 0);
        QStringList shown;
        for (const QModelIndex &row : page.widgets().results->visibleRows())
            shown.append(row.data().toString());
        QStringList sorted = urls;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
        const Qt::SortOrder order = header->sortIndicatorOrder();
        if (order == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(shown.first(), sorted.first());
        QCOMPARE(shown.last(), sorted.last());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(urlSection, 5));
        QVERIFY(header->sortIndicatorOrder() != order);
        QCOMPARE(page.widgets().results->visibleRows().first().data().toString(), sorted.last());
    }

    void keyboardOnly()
    {
        // An admin's lookup without the mouse: type the URLs, Ctrl+Enter, then the results
        // have the focus and the counts are announced to screen readers.
        ShownPage onSim;
        QVERIFY(onSim.start());
        UrlLookupPage &page = onSim.page();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.widgets().editor->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), page.widgets().editor);
        QTest::keyClicks(page.widgets().editor, u"viruses.org"_s);
        QTest::keyClick(page.widgets().editor, Qt::Key_Return);
        QTest::keyClicks(page.widgets().editor, u"bbc.com"_s);
        QCOMPARE(page.widgets().editor->toPlainText(), u"viruses.org\nbbc.com"_s);
        // Tab leaves the editor (it does not type a tab) for Look up, the default button.
        QTest::keyClick(page.widgets().editor, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page.widgets().lookUp);
        QVERIFY(page.widgets().lookUp->isDefault());
        QTest::keyClick(page.widgets().lookUp, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), page.widgets().editor);

        QSignalSpy finished(&page, &UrlLookupPage::lookupFinished);
        QTest::keyClick(page.widgets().editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 2);
        QCOMPARE(QApplication::focusWidget(), page.widgets().results->view());
        QCOMPARE(zc::Announcer::lastAnnouncement(&page),
                 u"Lookup finished: "_s + page.widgets().resultSummary->text());
        // Arrows walk the results.
        QTest::keyClick(page.widgets().results->view(), Qt::Key_Down);
        QVERIFY(page.widgets().results->view()->currentIndex().isValid());
    }

    // A lookup the tenant cannot answer loses nothing: what the admin typed stays in the editor,
    // the previous results stay in the table, and the banner says what happened; once the tenant
    // answers again, the banner's Retry looks up what is typed.
    void failedLookupKeepsTheInputAndTheResults()
    {
        ShownPage onSim;
        QVERIFY(onSim.start());
        ViewFixture &fixture = onSim.fixture();
        UrlLookupPage &page = onSim.page();
        page.widgets().editor->setPlainText(u"viruses.org\nbbc.com"_s);
        QSignalSpy finished(&page, &UrlLookupPage::lookupFinished);
        QTest::mouseClick(page.widgets().lookUp, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        const QString summary = page.widgets().resultSummary->text();

        page.widgets().editor->moveCursor(QTextCursor::End);
        QTest::keyClick(page.widgets().editor, Qt::Key_Return);
        QTest::keyClicks(page.widgets().editor, u"facebook.com"_s);
        const QString typed = page.widgets().editor->toPlainText();
        sim::SimFault broken;
        broken.kind = sim::SimFault::Kind::MalformedJson;
        broken.product = Product::Zia;
        broken.count = -1;
        fixture.server().injectFault(broken);
        QTest::mouseClick(page.widgets().lookUp, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLookingUp(), 20000);

        QVERIFY(page.banner()->isVisible());
        QVERIFY2(
            page.banner()->message().startsWith(u"ZIA sent an answer that could not be read."_s),
            qPrintable(page.banner()->message()));
        QCOMPARE(page.widgets().editor->toPlainText(), typed);
        QCOMPARE(page.resultModel()->rowCount(), 2);
        QCOMPARE(page.widgets().resultSummary->text(), summary);
        QCOMPARE(finished.count(), 1);

        fixture.server().clearFaults();
        QVERIFY(page.banner()->isRetryVisible());
        QTest::mouseClick(page.banner()->retryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().toInt(), 3);
        QVERIFY(!page.banner()->isVisible());
        QCOMPARE(page.widgets().editor->toPlainText(), typed);
    }

    void cancelMidway()
    {
        ShownPage onSim;
        QVERIFY(onSim.start(QSize(1100, 700)));
        ViewFixture &fixture = onSim.fixture();
        UrlLookupPage &page = onSim.page();
        QStringList urls;
        for (int i = 0; i < 400; ++i)
            urls.append(u"c%1.example.net"_s.arg(i));
        page.widgets().editor->setPlainText(urls.join(u'\n'));
        fixture.server().clearRecordedRequests();
        page.lookUp();
        QCOMPARE(page.busyBar()->text(), u"Looking up batch 1 of 4…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.busyBar()->text(), u"Looking up batch 2 of 4…"_s, 10000);
        QVERIFY(page.busyBar()->cancelButton()->isVisible());
        QTest::mouseClick(page.busyBar()->cancelButton(), Qt::LeftButton);
        QVERIFY(!page.isLookingUp());
        QVERIFY(!page.busyBar()->isBusy());
        QCOMPARE(page.banner()->message(), u"Lookup cancelled."_s);
        QCOMPARE(page.resultModel()->rowCount(), 0);
        QTest::qWait(1500);
        QVERIFY(fixture.sim().countRequests(u"/urlLookup"_s) <= 2);
        QCOMPARE(page.resultModel()->rowCount(), 0);
    }

    void importsTextAndCsv()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        UrlLookupPage page(&fixture.session());
        QTemporaryDir dir;
        const QString txt = dir.filePath(u"urls.txt"_s);
        const QString csv = dir.filePath(u"urls.csv"_s);
        {
            QFile f(txt);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("bbc.com\r\nfacebook.com\r\n");
        }
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("url,urlClassifications\r\n\"cnn.com\",News and Media\r\n"
                    "\"a.example.com/x,y\",Other\r\nbbc.com,News and Media\r\n");
        }
        ScriptedDialogSeams seams;
        seams.openFileNames << txt << csv;
        QVERIFY(page.importFile());
        QCOMPARE(page.widgets().editor->lines(), (QStringList{u"bbc.com"_s, u"facebook.com"_s}));
        QVERIFY(page.importFile());
        QCOMPARE(page.widgets().editor->lines(),
                 (QStringList{u"bbc.com"_s, u"facebook.com"_s, u"cnn.com"_s, u"a.example.com/x,y"_s,
                              u"bbc.com"_s}));
        QCOMPARE(page.problemTexts(), QStringList{u"Line 5: duplicate of line 1"_s});
        QVERIFY(!page.importFile()); // cancelled: nothing changes
        QCOMPARE(page.widgets().editor->lines().size(), 5);
    }
};

QTEST_MAIN(TestUrlLookupPage)
#include "tst_urllookuppage.moc"
