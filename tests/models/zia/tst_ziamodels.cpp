// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZIA item models: URL lookup results with readable categories and a security-alert flag,
// the per-category summary, and the activation status object, against the simulator.
#include "SimFixture.h"
#include "zia/UrlCategoryNames.h"
#include "zia/UrlCategorySummaryModel.h"
#include "zia/UrlLookupResultModel.h"
#include "zia/ZiaActivation.h"
#include "zia/ZiaService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;

namespace {

QJsonArray sampleResults()
{
    return QJsonDocument::fromJson(R"([
        {"url":"bbc.com","urlClassifications":["NEWS_AND_MEDIA"],"urlClassificationsWithSecurityAlert":[]},
        {"url":"cnn.com","urlClassifications":["NEWS_AND_MEDIA","STREAMING_MEDIA"],"urlClassificationsWithSecurityAlert":[]},
        {"url":"evil.example","urlClassifications":["MISCELLANEOUS_OR_UNKNOWN"],"urlClassificationsWithSecurityAlert":["MALWARE_SITE","PHISHING"]},
        {"url":"outlook.office365.com","urlClassifications":["WEB_MAIL"],"urlClassificationsWithSecurityAlert":[],"application":"MICROSOFT_OFFICE365"},
        {"url":"odd.example","urlClassifications":["SOME_BRAND_NEW_CATEGORY_OF_THINGS","NEWS_AND_MEDIA","NEWS_AND_MEDIA"]}
    ])")
        .array();
}

} // namespace

class TestZiaModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void categoryNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("news") << u"NEWS_AND_MEDIA"_s << u"News and Media"_s;
        QTest::newRow("misc") << u"MISCELLANEOUS_OR_UNKNOWN"_s << u"Miscellaneous or Unknown"_s;
        QTest::newRow("social") << u"SOCIAL_NETWORKING"_s << u"Social Networking"_s;
        QTest::newRow("webmail") << u"WEB_MAIL"_s << u"Webmail"_s;
        QTest::newRow("ZIA's spelling")
            << u"TRADING_BROKARAGE_INSURANCE"_s << u"Trading, Brokerage and Insurance"_s;
        QTest::newRow("application") << u"MICROSOFT_OFFICE365"_s << u"Microsoft Office 365"_s;
        QTest::newRow("alert") << u"BOTNET"_s << u"Botnet Callback"_s;
        QTest::newRow("fallback") << u"SOME_BRAND_NEW_CATEGORY_OF_THINGS"_s
                                  << u"Some Brand New Category of Things"_s;
        QTest::newRow("fallback, first word kept") << u"OR_ELSE"_s << u"Or Else"_s;
        QTest::newRow("lower-case code") << u"news_and_media"_s << u"News and Media"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void categoryNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(UrlCategoryNames::name(code), name);
    }

    void resultModelColumnsAndAlertFlag()
    {
        UrlLookupResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(sampleResults());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(UrlLookupResultModel::UrlColumn, Qt::Horizontal).toString(),
                 u"URL"_s);
        QCOMPARE(model
                     .headerData(UrlLookupResultModel::CategoriesColumn, Qt::Horizontal,
                                 RecordTableModel::ColumnKeyRole)
                     .toString(),
                 u"urlClassifications"_s);
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, UrlLookupResultModel::UrlColumn), u"bbc.com"_s);
        QCOMPARE(cell(0, UrlLookupResultModel::CategoriesColumn), u"News and Media"_s);
        QCOMPARE(cell(1, UrlLookupResultModel::CategoriesColumn),
                 u"News and Media, Streaming Media"_s);
        QCOMPARE(cell(2, UrlLookupResultModel::SecurityAlertsColumn), u"Malware Site, Phishing"_s);
        QCOMPARE(cell(3, UrlLookupResultModel::ApplicationColumn), u"Microsoft Office 365"_s);
        QCOMPARE(cell(4, UrlLookupResultModel::SecurityAlertsColumn), QString());

        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QCOMPARE(model.index(row, column)
                             .data(UrlLookupResultModel::HasSecurityAlertRole)
                             .toBool(),
                         row == 2);
        }
        QCOMPARE(model.securityAlertRows(), 1);
        QCOMPARE(
            model.index(2, 0).data(UrlLookupResultModel::SecurityAlertCodesRole).toStringList(),
            (QStringList{u"MALWARE_SITE"_s, u"PHISHING"_s}));
        QCOMPARE(model.index(1, 0).data(UrlLookupResultModel::CategoryCodesRole).toStringList(),
                 (QStringList{u"NEWS_AND_MEDIA"_s, u"STREAMING_MEDIA"_s}));
        QCOMPARE(model.index(3, 0).data(RecordTableModel::RawJsonRole).toJsonObject(),
                 sampleResults().at(3).toObject());
        QVERIFY(model.roleNames().contains(UrlLookupResultModel::HasSecurityAlertRole));
    }

    void summaryCounts()
    {
        UrlLookupResultModel results;
        UrlCategorySummaryModel summary;
        QAbstractItemModelTester tester(&summary,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        summary.setSourceModel(&results);
        QCOMPARE(summary.rowCount(), 0);
        results.setRecords(sampleResults());
        // A URL counts once per code, even when the code comes twice.
        QCOMPARE(summary.count(u"NEWS_AND_MEDIA"_s), 3);
        QCOMPARE(summary.count(u"STREAMING_MEDIA"_s), 1);
        QCOMPARE(summary.count(u"MALWARE_SITE"_s), 1);
        QCOMPARE(summary.count(u"WEB_MAIL"_s), 1);
        QCOMPARE(summary.count(u"NOT_THERE"_s), 0);
        QCOMPARE(summary.rowCount(), 7); // categories and alerts; applications are not categories
        // Most frequent first.
        QCOMPARE(summary.index(0, UrlCategorySummaryModel::CategoryColumn).data().toString(),
                 u"News and Media"_s);
        QCOMPARE(summary.index(0, UrlCategorySummaryModel::CountColumn).data().toInt(), 3);
        QCOMPARE(summary.index(0, 0).data(UrlCategorySummaryModel::CategoryCodeRole).toString(),
                 u"NEWS_AND_MEDIA"_s);
        for (int row = 0; row < summary.rowCount(); ++row) {
            const QModelIndex index = summary.index(row, 0);
            const QString code = index.data(UrlCategorySummaryModel::CategoryCodeRole).toString();
            QCOMPARE(index.data(UrlCategorySummaryModel::IsSecurityAlertRole).toBool(),
                     code == "MALWARE_SITE"_L1 || code == "PHISHING"_L1);
        }
        results.clear();
        QCOMPARE(summary.rowCount(), 0);

        summary.setResults(QJsonArray{sampleResults().at(0), sampleResults().at(1)});
        QCOMPARE(summary.rowCount(), 2);
        QCOMPARE(summary.count(u"NEWS_AND_MEDIA"_s), 2);
        results.setRecords(sampleResults()); // no longer followed
        QCOMPARE(summary.rowCount(), 2);
    }

    void resultsFromTheSimulator()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZiaService zia(client.get());
        UrlLookupResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        UrlCategorySummaryModel summary;
        summary.setSourceModel(&model);
        QSignalSpy loaded(&model, &RecordTableModel::loaded);
        QSignalSpy loading(&model, &RecordTableModel::loadingChanged);
        QSignalSpy progress(&model, &RecordTableModel::progress);
        model.load(zia.lookupUrls({u"bbc.com"_s, u"facebook.com"_s, u"viruses.org"_s,
                                   u"malware-download.example"_s, u"dropbox.com"_s}));
        QVERIFY(model.isLookingUp());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!model.isLookingUp());
        QCOMPARE(loaded.first().first().toInt(), 5);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.first().at(0).toInt(), 1);
        QCOMPARE(progress.first().at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, UrlLookupResultModel::CategoriesColumn).data().toString(),
                 u"News and Media"_s);
        QCOMPARE(model.index(1, UrlLookupResultModel::CategoriesColumn).data().toString(),
                 u"Social Networking"_s);
        QCOMPARE(model.index(2, UrlLookupResultModel::CategoriesColumn).data().toString(),
                 u"Miscellaneous or Unknown"_s);
        QVERIFY(model.index(3, 0).data(UrlLookupResultModel::HasSecurityAlertRole).toBool());
        QCOMPARE(model.index(3, UrlLookupResultModel::SecurityAlertsColumn).data().toString(),
                 u"Malware Site"_s);
        QCOMPARE(model.index(4, UrlLookupResultModel::ApplicationColumn).data().toString(),
                 u"Dropbox"_s);
        QCOMPARE(model.securityAlertRows(), 1);
        QCOMPARE(summary.count(u"NEWS_AND_MEDIA"_s), 1);
        QCOMPARE(summary.count(u"MALWARE_SITE"_s), 1);
    }

    void failedLookupKeepsRows()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().addClient({u"zpa-only"_s, sim.clientSecret(), {}, {Product::Zpa}, 3600});
        auto client = sim.makeClient(sim.settings(u"zpa-only"_s), sim.secretCredentials());
        ZiaService zia(client.get());
        UrlLookupResultModel model;
        model.setRecords(sampleResults());
        QSignalSpy failed(&model, &RecordTableModel::failed);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(zia.lookupUrls({u"bbc.com"_s}));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Forbidden);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 5);
    }

    void activationRoundTripAndReadOnly()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().setZiaActivationStatus(u"PENDING"_s);
        sim.server().setReadOnly(true);
        auto client = sim.makeClient();
        ZiaActivation activation(client.get());
        QCOMPARE(activation.state(), ZiaActivation::State::Unknown);
        QSignalSpy changed(&activation, &ZiaActivation::changed);
        QSignalSpy failed(&activation, &ZiaActivation::failed);
        QSignalSpy readOnly(&activation, &ZiaActivation::readOnlyChanged);
        QSignalSpy activated(&activation, &ZiaActivation::activated);

        activation.refresh();
        QVERIFY(activation.isLoading());
        QVERIFY(changed.wait(10000));
        QCOMPARE(activation.state(), ZiaActivation::State::Pending);
        QCOMPARE(activation.status(), u"PENDING"_s);
        QVERIFY(!activation.isLoading());

        activation.activate();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::ReadOnly);
        QVERIFY(activation.isReadOnly());
        QCOMPARE(readOnly.count(), 1);
        QCOMPARE(sim.server().ziaActivationStatus(), u"PENDING"_s);
        QCOMPARE(activation.state(), ZiaActivation::State::Pending);

        sim.server().setReadOnly(false);
        activation.activate();
        QVERIFY(activated.wait(10000));
        QCOMPARE(activation.state(), ZiaActivation::State::Active);
        QVERIFY(!activation.isReadOnly());
        QCOMPARE(sim.server().ziaActivationStatus(), u"ACTIVE"_s);
        QCOMPARE(ZiaActivation::stateOf(u"SOMETHING_NEW"_s), ZiaActivation::State::Other);
        QCOMPARE(ZiaActivation::stateText(ZiaActivation::State::Other, u"SOMETHING_NEW"_s),
                 u"SOMETHING_NEW"_s);
    }
};

QTEST_GUILESS_MAIN(TestZiaModels)
#include "tst_ziamodels.moc"
