// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The cloud path view on a trace from the simulator: the diagram's legs and hops with the
// lossy, the slowest and the silent hop drawn so, the hop's numbers on hover, one sample at a
// time, the table one click away, the exports; light and dark, at 100 % and 200 %.
#include "CompletedTrace.h"
#include "ScriptedDialogSeams.h"
#include "TenantData.h"
#include "ViewFixture.h"
#include "common/Translations.h"
#include "pages/zdx/CloudPathDiagram.h"
#include "pages/zdx/CloudPathView.h"
#include "widgets/ChartStyle.h"
#include "widgets/RecordTableView.h"
#include "widgets/TimeSeriesChart.h"
#include "zdx/CloudPathModel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

// Pixels of exactly this colour inside a rectangle (logical) of an image at 1x.
int pixelsOf(const QImage &image, const QRectF &rect, const QColor &color)
{
    int n = 0;
    for (int y = int(rect.top()); y < int(rect.bottom()); ++y)
        for (int x = int(rect.left()); x < int(rect.right()); ++x)
            n += image.pixel(x, y) == color.rgb() ? 1 : 0;
    return n;
}

} // namespace

class TestCloudPathView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the user reads them: "1 row", "2 rows".
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        m_trace = test::runTraceToTheEnd(m_fixture.sim(), m_fixture.client(), 0, 5);
        QVERIFY2(m_trace.error.isEmpty(), qPrintable(m_trace.error));
    }

    void init()
    {
        m_model = std::make_unique<CloudPathModel>();
        m_view = std::make_unique<CloudPathView>(m_model.get());
        m_view->resize(1000, 760);
        m_model->setResult(m_trace.results.value("cloudpath"_L1),
                           m_trace.results.value("cloudpath_metrics"_L1));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void theDiagramShowsWhatStandsOut()
    {
        CloudPathDiagram *diagram = m_view->diagram();
        QCOMPARE(CloudPathDiagram::nodeRoles(3),
                 (QStringList{u"Client"_s, u"Egress"_s, u"Zscaler"_s, u"Application"_s}));
        QVERIFY(!diagram->nodeRect(3).isEmpty());
        QVERIFY(diagram->nodeRect(0).right() < diagram->nodeRect(1).left());

        const int lossy = test::hopRow(*m_model, u"62.115.140."_s);
        const int slow = test::hopRow(*m_model, u"104.44.231."_s);
        const int silent = test::hopRow(*m_model, u"*"_s);
        const int plain = test::hopRow(*m_model, u"192.168.1.1"_s);
        QVERIFY(lossy >= 0 && slow >= 0 && silent >= 0 && plain >= 0);

        // Each hop under its leg, in order.
        QVERIFY(diagram->hopRect(lossy).top() > diagram->hopRect(lossy - 1).top());
        QCOMPARE(diagram->hopRect(lossy).left(), diagram->hopRect(lossy - 1).left());
        QVERIFY(diagram->hopRect(slow).left() > diagram->hopRect(lossy).left());
        QCOMPARE(diagram->hopAt(diagram->hopRect(slow).center()), slow);
        QCOMPARE(diagram->hopAt(QPointF(2, 2)), -1);

        // The lossy hop in the alert colour, the slowest in the warning colour, the others
        // in neither.
        const QImage image = diagram->toImage(1.0, diagram->width());
        const ChartStyle style(diagram->palette(), 1.0);
        QVERIFY(pixelsOf(image, diagram->hopRect(lossy), style.alert()) > 100);
        QCOMPARE(pixelsOf(image, diagram->hopRect(lossy), style.warning()), 0);
        QVERIFY(pixelsOf(image, diagram->hopRect(slow), style.warning()) > 100);
        QCOMPARE(pixelsOf(image, diagram->hopRect(slow), style.alert()), 0);
        for (int row : {silent, plain}) {
            QCOMPARE(pixelsOf(image, diagram->hopRect(row), style.alert()), 0);
            QCOMPARE(pixelsOf(image, diagram->hopRect(row), style.warning()), 0);
        }

        // Hovering a hop tells all its numbers.
        const QString tip = diagram->hopToolTip(lossy);
        QVERIFY2(tip.contains(u"probes answered"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"Loses packets"_s));
        QVERIFY(diagram->hopToolTip(silent).contains(u"Never answers"_s));
        QVERIFY(diagram->hopToolTip(plain).contains(u"Gateway: Ubiquiti"_s));

        // In words: the headline and what assistive technology reads.
        const QString headline = m_view->headline()->text();
        QVERIFY2(headline.startsWith(u"Over the whole trace: 62.115.140."_s), qPrintable(headline));
        QVERIFY(headline.contains(u"adds the most latency"_s));
        QVERIFY(headline.contains(u"1 hop never answers"_s));
        const QString description = diagram->accessibleDescription();
        QVERIFY2(description.contains(u"Client → Egress ("_s +
                                      m_sim().tenantData().devices.at(0).hostname),
                 qPrintable(description));
        QVERIFY(description.contains(u"Loses packets"_s));

        // Each leg's latency and loss over the trace, below.
        QCOMPARE(m_view->legChart()->panels().size(), 2);
        QCOMPARE(m_view->legChart()->panels().first().layers.size(), 3);
        QCOMPARE(m_view->legChart()->panels().first().layers.at(1).name, u"Egress → Zscaler"_s);
        QCOMPARE(m_view->legChart()->times().size(), 5);
    }

    void oneSampleAtATime()
    {
        QComboBox *box = m_view->sampleBox();
        QCOMPARE(box->count(), 6); // the whole trace, then the five samples
        QCOMPARE(box->currentIndex(), 0);
        box->setCurrentIndex(3);
        Q_EMIT box->activated(3);
        QCOMPARE(m_model->sample(), 2);
        QVERIFY(m_view->headline()->text().startsWith(u"In this sample"_s));
        QCOMPARE(m_model->record(0).value("pkt_sent"_L1).toInt(), 10);
        QCOMPARE(box->count(), 6); // the list stays
        box->setCurrentIndex(0);
        Q_EMIT box->activated(0);
        QCOMPARE(m_model->sample(), -1);
        QCOMPARE(m_model->record(0).value("pkt_sent"_L1).toInt(), 50);
    }

    void theTableIsOneClickAway()
    {
        QVERIFY(m_view->diagram()->isVisible());
        m_view->tableButton()->click();
        QVERIFY(m_view->table()->isVisible());
        QVERIFY(!m_view->diagram()->isVisible());
        QCOMPARE(m_view->table()->visibleRowCount(), m_model->rowCount());
        QVERIFY(m_view->table()->visibleColumnKeys().contains(u"note"_s));
        QVERIFY(!test::saveScreenshot(m_view.get(), u"cloudpath-view-table"_s).isEmpty());
        m_view->chartButton()->click();
        QVERIFY(m_view->diagram()->isVisible());
    }

    void exportsPictureAndData()
    {
        QTemporaryDir dir;
        ScriptedDialogSeams seams;
        const QString png = dir.filePath(u"path"_s); // no suffix: a PNG
        const QString csv = dir.filePath(u"path.csv"_s);
        const QString json = dir.filePath(u"path.json"_s);
        seams.saveFileNames << png << csv << json;
        QVERIFY(m_view->exportResult());
        const QImage picture(png + u".png"_s);
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.width(), m_view->diagram()->width() * 2);
        QVERIFY(picture.height() >
                m_view->diagram()->heightForWidth(m_view->diagram()->width()) * 2);

        QVERIFY(m_view->exportResult());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_model->rowCount() + 1);
        QVERIFY2(lines.first().startsWith(u"leg,hop,ip,gw_mac_vendor,latency_min,"_s),
                 qPrintable(lines.first()));
        QVERIFY(lines.first().endsWith(u",note"_s));

        QVERIFY(m_view->exportResult());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(rows.size(), m_model->rowCount());
        int lossy = 0;
        for (const QJsonValue &row : rows) {
            const QJsonObject hop = row.toObject();
            if (hop.value("lossy"_L1).toBool()) {
                ++lossy;
                QVERIFY(hop.value("ip"_L1).toString().startsWith(u"62.115.140."_s));
                QVERIFY(hop.value("loss"_L1).toDouble() > 0);
            }
        }
        QCOMPARE(lossy, 1);
        QVERIFY(seams.callsOf(u"warning"_s).isEmpty());
    }

    void withoutCloudPathProbe()
    {
        m_model->setResult(QJsonArray(), QJsonArray());
        QVERIFY(m_view->headline()->text().contains(u"ran no cloud-path probe"_s));
        QCOMPARE(m_view->sampleBox()->count(), 1);
        QVERIFY(m_view->legChart()->isHidden());
        QVERIFY(!test::saveScreenshot(m_view.get(), u"cloudpath-view-none"_s).isEmpty());
    }

    void screenshots_data() { test::addPaletteAndScaleRows(); }

    void screenshots()
    {
        QFETCH(bool, dark);
        QFETCH(qreal, scale);
        if (dark)
            m_view->setPalette(test::darkPalette());
        QTest::qWait(20);
        const QImage image = test::renderAt(m_view.get(), scale);
        const QPoint inDiagram = m_view->diagram()->mapTo(m_view.get(), QPoint(2, 2));
        QCOMPARE(image.pixelColor(inDiagram * scale),
                 (dark ? test::darkPalette() : m_view->palette()).color(QPalette::Base));
        const QString name = u"cloudpath-view-"_s + test::paletteAndScaleName(dark, scale);
        QVERIFY(!test::saveScreenshot(image, name).isEmpty());
        // The diagram alone, as exported.
        QVERIFY(
            !test::saveScreenshot(m_view->diagram()->toImage(scale),
                                  u"cloudpath-diagram-"_s + test::paletteAndScaleName(dark, scale))
                 .isEmpty());
    }

private:
    sim::SimServer &m_sim() { return m_fixture.server(); }

    test::ViewFixture m_fixture{test::resultTestOptions()};
    test::CompletedTrace m_trace;
    std::unique_ptr<CloudPathModel> m_model;
    std::unique_ptr<CloudPathView> m_view;
};

QTEST_MAIN(TestCloudPathView)
#include "tst_cloudpathview.moc"
