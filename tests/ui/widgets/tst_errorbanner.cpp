// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/ErrorBanner.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestErrorBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenUntilShown()
    {
        ErrorBanner banner;
        QVERIFY(banner.isHidden());
    }

    void showsTheErrorSentenceWithRetry()
    {
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        (new QVBoxLayout(&window))->addWidget(banner);
        window.show();
        ApiError error = ApiError::make(ApiError::Kind::Network, u"Connection refused"_s);
        error.product = Product::Zpa;
        banner->showError(error);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->message(), error.message());
        QVERIFY(banner->message().contains("ZPA"_L1));
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Error);
        QCOMPARE(banner->severityName(), u"error"_s);
        QVERIFY(banner->isRetryVisible());

        QSignalSpy retry(banner, &ErrorBanner::retryRequested);
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        QVERIFY(banner->isHidden());
    }

    void closeButtonDismisses()
    {
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        (new QVBoxLayout(&window))->addWidget(banner);
        window.show();
        banner->showError(ApiError::make(ApiError::Kind::Timeout));
        QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
        QSignalSpy retry(banner, &ErrorBanner::retryRequested);
        QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
        QCOMPARE(dismissed.size(), 1);
        QCOMPARE(retry.size(), 0);
        QVERIFY(banner->isHidden());
    }

    void readOnlyLooksLikeAWarning()
    {
        ErrorBanner banner;
        ApiError error = ApiError::make(ApiError::Kind::ReadOnly);
        error.product = Product::Zia;
        banner.showError(error, false);
        QCOMPARE(banner.severity(), ErrorBanner::Severity::Warning);
        QCOMPARE(banner.severityName(), u"warning"_s);
        QCOMPARE(banner.property("severityName").toString(), u"warning"_s);
        QVERIFY(banner.message().contains("read-only"_L1));
        QVERIFY(!banner.isRetryVisible());
        // The warning look differs from the error look.
        banner.resize(500, 60);
        const QImage warning = banner.grab().toImage();
        banner.showError(ApiError::make(ApiError::Kind::Server));
        QCOMPARE(banner.severity(), ErrorBanner::Severity::Error);
        const QImage failure = banner.grab().toImage();
        QVERIFY(warning.pixelColor(3, 3) != failure.pixelColor(3, 3));
    }

    void notEntitledInPlainWords()
    {
        ErrorBanner banner;
        banner.showNotEntitled(Product::Zdx);
        QCOMPARE(banner.message(), u"This API client is not entitled to ZDX. An administrator can "
                                   "grant it in ZIdentity."_s);
        QCOMPARE(banner.severity(), ErrorBanner::Severity::Warning);
        QVERIFY(!banner.isRetryVisible());
    }

    void severities()
    {
        QCOMPARE(ErrorBanner::severityFor(ApiError::Kind::Forbidden),
                 ErrorBanner::Severity::Warning);
        QCOMPARE(ErrorBanner::severityFor(ApiError::Kind::Cancelled), ErrorBanner::Severity::Info);
        QCOMPARE(ErrorBanner::severityFor(ApiError::Kind::RateLimited),
                 ErrorBanner::Severity::Error);
        ErrorBanner banner;
        banner.showMessage(ErrorBanner::Severity::Info, u"Showing cached rows."_s);
        QCOMPARE(banner.severityName(), u"info"_s);
        QVERIFY(!banner.isRetryVisible());
        banner.showError(ApiError()); // no error: hides
        QVERIFY(banner.isHidden());
    }

    void screenshot()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        ApiError error = ApiError::make(ApiError::Kind::RateLimited);
        error.product = Product::Zcc;
        error.retryAfterSeconds = 3600;
        error.requestId = u"b2f0c7e4"_s;
        auto *failure = new ErrorBanner(&window);
        failure->showError(error);
        auto *readOnly = new ErrorBanner(&window);
        ApiError ro = ApiError::make(ApiError::Kind::ReadOnly);
        ro.product = Product::Zia;
        readOnly->showError(ro, false);
        auto *entitled = new ErrorBanner(&window);
        entitled->showNotEntitled(Product::Zdx);
        auto *info = new ErrorBanner(&window);
        info->showError(ApiError::make(ApiError::Kind::Cancelled));
        for (ErrorBanner *banner : {failure, readOnly, entitled, info})
            layout->addWidget(banner);
        window.resize(720, 260);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString dir = qEnvironmentVariable("ZCONSOLE_BUILD_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir + u"/screenshots"_s));
        QVERIFY(window.grab().save(dir + u"/screenshots/components-errorbanner.png"_s));
    }
};

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
