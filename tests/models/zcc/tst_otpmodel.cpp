// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// OtpModel's own rules: a revealed value hides itself after the reveal timeout (each from when
// it was revealed), the main OTP row, and revealing or hiding every value at once.
#include "zcc/OtpModel.h"
#include "zcc/OtpSet.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

// exitOtp and otp with values, logoutOtp empty: in the portal's order otp, exitOtp, logoutOtp.
OtpSet sample()
{
    return OtpSet::fromJson(QJsonObject{
        {u"exitOtp"_s, u"EXIT123456"_s}, {u"logoutOtp"_s, u""_s}, {u"otp"_s, u"MAIN987654"_s}});
}

QString shown(const OtpModel &model, int row)
{
    return model.index(row, OtpModel::ValueColumn).data().toString();
}

} // namespace

class TestOtpModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void revealedValuesHideThemselves()
    {
        OtpModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.revealTimeout(), OtpModel::kDefaultRevealTimeoutMs);
        model.setOtps(sample());
        model.setRevealTimeout(400);
        QElapsedTimer timer;
        timer.start();
        QList<qint64> hiddenAt{-1, -1}; // by row
        connect(&model, &OtpModel::dataChanged, this, [&](const QModelIndex &index) {
            if (!model.isRevealed(index.row()) && index.row() < hiddenAt.size())
                hiddenAt[index.row()] = timer.elapsed();
        });
        model.setRevealed(0, true);
        QCOMPARE(shown(model, 0), u"MAIN987654"_s);
        QTest::qWait(200);
        const qint64 secondAt = timer.elapsed();
        model.setRevealed(1, true); // revealed later: hides later
        QCOMPARE(shown(model, 1), u"EXIT123456"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRevealed(0) && !model.isRevealed(1), 3000);
        QVERIFY(hiddenAt[0] >= 395);
        QVERIFY(hiddenAt[1] >= secondAt + 395);
        QVERIFY(hiddenAt[0] < hiddenAt[1]);
        QCOMPARE(shown(model, 0), OtpModel::kMask);
        QCOMPARE(shown(model, 1), OtpModel::kMask);

        // Revealing again starts its own time; new values start hidden.
        model.setRevealed(0, true);
        model.setOtps(sample());
        QVERIFY(!model.isRevealed(0));
        QTest::qWait(500);
        QVERIFY(!model.isRevealed(0));
    }

    void aLongerTimeoutKeepsThemShown()
    {
        OtpModel model;
        model.setOtps(sample());
        model.setRevealTimeout(200);
        model.setRevealed(0, true);
        model.setRevealTimeout(5000); // changed while shown: the new time counts
        QTest::qWait(400);
        QVERIFY(model.isRevealed(0));
        model.setRevealTimeout(0);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRevealed(0), 1000);
    }

    void mainRowAndAllValues()
    {
        OtpModel model;
        QCOMPARE(model.mainRow(), -1);
        QVERIFY(!model.hasValues());
        model.toggleValuesRevealed(); // nothing to reveal
        model.setOtps(sample());
        QCOMPARE(model.index(model.mainRow(), OtpModel::KindColumn).data().toString(), u"otp"_s);
        QVERIFY(model.hasValues());
        QVERIFY(!model.allValuesRevealed());

        QSignalSpy changed(&model, &OtpModel::dataChanged);
        model.toggleValuesRevealed();
        QCOMPARE(changed.count(), 2); // the empty value is not "revealed"
        QVERIFY(model.allValuesRevealed());
        QVERIFY(!model.isRevealed(2));
        model.toggleValuesRevealed();
        QVERIFY(!model.isRevealed(0));
        QVERIFY(!model.isRevealed(1));

        // Without "otp", the first value is the main one.
        model.setOtps(OtpSet::fromJson(
            QJsonObject{{u"logoutOtp"_s, u""_s}, {u"uninstallOtp"_s, u"UNI0000001"_s}}));
        QCOMPARE(model.index(model.mainRow(), OtpModel::KindColumn).data().toString(),
                 u"uninstallOtp"_s);
        model.setOtps(OtpSet::fromJson(QJsonObject{{u"logoutOtp"_s, u""_s}}));
        QCOMPARE(model.mainRow(), -1);
        QVERIFY(!model.hasValues());
    }
};

QTEST_GUILESS_MAIN(TestOtpModel)
#include "tst_otpmodel.moc"
