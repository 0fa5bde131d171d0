// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The view-test fixture itself: a session signed in to the simulator, ready for pages.
#include "ViewFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestViewFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionIsSignedInToTheSimulator()
    {
        zc::test::ViewFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.client());
        zc::ApiJob *job =
            fixture.client()->send(zc::ApiRequest::get(zc::Product::Zia, {u"status"_s}));
        QVERIFY(zc::test::waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(fixture.session().profileName(), u"test"_s);
    }
};

QTEST_MAIN(TestViewFixture)
#include "tst_viewfixture.moc"
