// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The seed document's sample records (sim/samples/): each file is in the simulator's resources,
// parses, is pinned to the seed's text by its SHA-256, is what SeedSamples reads, and is what
// the simulator serves over real HTTP, field for field.

#include "SeedSampleFiles.h"
#include "SeedSamples.h"
#include "SimServer.h"
#include "SimTestHttp.h"
#include "TenantData.h"
#include "ZpaData.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;
using namespace zc::sim::test;
using zc::test::seedSample;
using zc::test::seedSampleText;

class TstSeedSamples : public QObject
{
    Q_OBJECT

private:
    SimServer m_server;
    Http m_http;
    QByteArray m_token;

    Reply get(const QString &path) { return m_http.get(apiUrl(m_server, path), m_token); }

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions options;
        options.enforceRateLimits = false;
        QVERIFY(m_server.start(options));
        m_server.addClient({u"samples"_s, "pw", {}, {}, 3600});
        m_token = m_http.signIn(m_server, u"samples"_s, u"pw"_s);
        QVERIFY(!m_token.isEmpty());
    }

    void eachFileIsTheSeedText_data()
    {
        QTest::addColumn<int>("sampleIndex"); // a SeedSamples::Sample
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("sha256");
        // The SHA-256 of the seed document's text of each sample (see sim/samples/README.md).
        QTest::newRow("zia")
            << int(SeedSamples::Sample::ZiaUrlLookup) << u"zia-urllookup.json"_s
            << QByteArray("a1e0f8f44042b3bae452afcfcbbda24179f115e57e8389db6cbe2ad8d691e896");
        QTest::newRow("zpa")
            << int(SeedSamples::Sample::ZpaApplicationSegments)
            << u"zpa-application-segments.json"_s
            << QByteArray("b6560e1c94e74ee19837d4ca0e7ecc698c417ad63cac99423774fe9832de9c8e");
        QTest::newRow("ztw")
            << int(SeedSamples::Sample::ZtwEcGroups) << u"ztw-ecgroup.json"_s
            << QByteArray("330735a77cd811f69cd56e6c7f1f5507fb1aec28fde269f89095318c046afdf5");
        QTest::newRow("zid")
            << int(SeedSamples::Sample::ZidUser) << u"zid-user.json"_s
            << QByteArray("c4cb3277126e7a087cfe6eaf9676b635131581c077fe00751395e5c3c30e87da");
        QTest::newRow("zcc")
            << int(SeedSamples::Sample::ZccOtp) << u"zcc-otp.json"_s
            << QByteArray("5929217cc17f67d3e23ee713630d9508a799ae6ce0b66c729d004deeb2acce11");
    }

    void eachFileIsTheSeedText()
    {
        QFETCH(int, sampleIndex);
        const auto sample = static_cast<SeedSamples::Sample>(sampleIndex);
        QFETCH(QString, file);
        QFETCH(QByteArray, sha256);
        QCOMPARE(SeedSamples::resourcePath(sample), u":/zc/sim/samples/"_s + file);
        const QByteArray text = seedSampleText(file);
        QVERIFY(!text.isEmpty());
        QCOMPARE(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex(), sha256);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!parsed.isNull());
        // The simulator reads these very bytes.
        QCOMPARE(SeedSamples::text(sample), text);
        QCOMPARE(SeedSamples::document(sample), parsed);
    }

    void urlLookupServedVerbatim()
    {
        const QJsonArray sample = zc::test::seedUrlLookup();
        QCOMPARE(sample.size(), 3);
        QJsonArray urls;
        for (const QJsonValue &entry : sample)
            urls.append(entry.toObject().value("url"_L1));
        QCOMPARE(urls, (QJsonArray{u"viruses.org"_s, u"facebook.com"_s, u"bbc.com"_s}));
        const Reply reply =
            m_http.postJson(apiUrl(m_server, u"/zia/api/v1/urlLookup"_s),
                            QJsonDocument(urls).toJson(QJsonDocument::Compact), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body), seedSample(u"zia-urllookup.json"_s));
    }

    void appSegmentsServedVerbatim()
    {
        const QJsonArray sample = zc::test::seedAppSegments();
        QCOMPARE(sample.size(), 5);
        const Reply reply = get(u"/zpa/mgmtconfig/v1/admin/customers/%1/application?page=1"
                                "&pagesize=100"_s.arg(QLatin1StringView(ZpaData::kCustomerId)));
        QCOMPARE(reply.status, 200);
        const QJsonArray list = reply.json().value("list"_L1).toArray();
        QVERIFY(list.size() >= sample.size());
        for (int i = 0; i < sample.size(); ++i)
            QCOMPARE(list.at(i), sample.at(i));
    }

    void connectorGroupsServedVerbatim()
    {
        const QJsonArray sample = zc::test::seedConnectorGroups();
        QCOMPARE(sample.size(), 2);
        const Reply reply = get(u"/ztw/api/v1/ecgroup"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray groups = QJsonDocument::fromJson(reply.body).array();
        QVERIFY(groups.size() >= sample.size());
        QCOMPARE(groups.at(0), sample.at(0));
        QCOMPARE(groups.at(1), sample.at(1));
    }

    void userServedVerbatim()
    {
        const QJsonObject sample = seedSample(u"zid-user.json"_s).object();
        const Reply reply =
            get(u"/ziam/admin/api/v1/users?limit=100&offset=0&loginname=bbb@bbc.com"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject answer = reply.json();
        for (auto it = sample.constBegin(); it != sample.constEnd(); ++it)
            QCOMPARE(answer.value(it.key()), it.value());
    }

    void otpServedInTheSampleShape()
    {
        // The seed's OTP is an example value: served OTPs are random, in its shape.
        const QJsonObject sample = seedSample(u"zcc-otp.json"_s).object();
        const QString example = sample.value("otp"_L1).toString();
        QCOMPARE(example.size(), 10);
        const QString udid = m_server.tenantData().devices.at(0).udid;
        const Reply reply = get(u"/zcc/papi/public/v1/getOtp?udid="_s + udid);
        QCOMPARE(reply.status, 200);
        const QString otp = reply.json().value("otp"_L1).toString();
        QCOMPARE(otp.size(), example.size());
        for (const QString &value : {example, otp}) {
            for (const QChar c : value)
                QVERIFY((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'));
        }
    }
};

QTEST_GUILESS_MAIN(TstSeedSamples)
#include "tst_seedsamples.moc"
