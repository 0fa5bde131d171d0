// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The explorer's history: newest first, re-runnable, per profile in an owner-only file, bodies
// only when the user keeps them, and never a secret-looking query item or body member.
#include "api/ApiHistory.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {
ApiCall call(const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    ApiCall c;
    c.method = method;
    c.path = path;
    c.body = body;
    return c;
}
} // namespace

class TestApiHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestFirstAndReloaded()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"history/profile.json"_s);
        ApiHistory history;
        QAbstractItemModelTester tester(&history,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setFilePath(file);
        QCOMPARE(history.rowCount(), 0);

        ApiCall first = call("GET", u"/zia/api/v1/status"_s);
        first.query = {{u"page"_s, u"2"_s}};
        QVERIFY(history.record(first));
        QVERIFY(history.record(call("GET", u"/ztw/api/v1/ecgroup"_s)));
        QVERIFY(history.record(first)); // sent again: moves to the top, not twice
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.index(0).data().toString(), u"GET /zia/api/v1/status"_s);
        QCOMPARE(history.index(0).data(Qt::ToolTipRole).toString(), u"/zia/api/v1/status?page=2"_s);

        QVERIFY(QFile::exists(file));
        QVERIFY(!(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther)));

        ApiHistory again;
        again.setFilePath(file);
        QCOMPARE(again.rowCount(), 2);
        QCOMPARE(again.call(0).path, u"/zia/api/v1/status"_s);
        QCOMPARE(again.call(0).query, first.query);
        QCOMPARE(again.call(1).path, u"/ztw/api/v1/ecgroup"_s);

        QVERIFY(again.clear());
        ApiHistory cleared;
        cleared.setFilePath(file);
        QCOMPARE(cleared.rowCount(), 0);
    }

    void bodiesOnlyWhenKeptAndNeverSecrets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"p.json"_s);
        ApiHistory history;
        history.setFilePath(file);
        ApiCall post = call("POST", u"/zia/api/v1/users"_s,
                            R"({"name":"Ann","password":"hunter2","nested":{"apiKey":"k1"}})");
        post.query = {{u"access_token"_s, u"tok-123"_s}, {u"page"_s, u"1"_s}};
        QVERIFY(history.record(post));
        QVERIFY(history.call(0).body.isEmpty());

        history.setKeepBodies(true);
        post.path = u"/zia/api/v1/users/2"_s;
        QVERIFY(history.record(post));
        const QJsonObject kept = QJsonDocument::fromJson(history.call(0).body).object();
        QCOMPARE(kept.value("name"_L1).toString(), u"Ann"_s);
        QVERIFY(!kept.contains("password"_L1));
        QVERIFY(!kept.value("nested"_L1).toObject().contains("apiKey"_L1));
        QCOMPARE(history.call(0).query, (QList<std::pair<QString, QString>>{{u"page"_s, u"1"_s}}));

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray stored = f.readAll();
        QVERIFY(!stored.contains("hunter2"));
        QVERIFY(!stored.contains("tok-123"));
        QVERIFY(!stored.contains("k1"));
        QVERIFY(stored.contains("Ann"));
    }

    void keepsTheLastHundred()
    {
        ApiHistory history; // memory only
        for (int i = 0; i < ApiHistory::kMaximumEntries + 5; ++i)
            QVERIFY(history.record(call("GET", u"/zia/api/v1/x/%1"_s.arg(i))));
        QCOMPARE(history.rowCount(), ApiHistory::kMaximumEntries);
        QCOMPARE(history.call(0).path, u"/zia/api/v1/x/104"_s);
    }

    void perProfileFiles()
    {
        QVERIFY(ApiHistory::fileForProfile(u"prod"_s) != ApiHistory::fileForProfile(u"lab"_s));
        QVERIFY(!ApiHistory::fileForProfile(u"../../etc"_s).contains(u".."_s));
    }
};

QTEST_GUILESS_MAIN(TestApiHistory)
#include "tst_apihistory.moc"
