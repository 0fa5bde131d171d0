// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// What reaches a log: URLs without query strings or user info, Authorization redacted.
#include "net/ApiError.h"
#include "net/HttpLog.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urlsLoseQueryAndUserInfo()
    {
        const QUrl url(
            u"https://user:pw@api.zsapi.net:8443/zcc/papi/public/v1/getOtp?udid=ABC&_=123#frag"_s);
        const QString logged = redactedUrl(url);
        QCOMPARE(logged, u"https://api.zsapi.net:8443/zcc/papi/public/v1/getOtp"_s);
        QVERIFY(!logged.contains(u"ABC"_s));
        QVERIFY(!logged.contains(u"pw"_s));
    }

    void authorizationIsRedacted()
    {
        QCOMPARE(redactedHeaderValue("Authorization", "Bearer eyJsecret"), "Bearer <redacted>"_ba);
        QCOMPARE(redactedHeaderValue("authorization", "Basic Y2xpZW50OnNlY3JldA=="),
                 "Basic <redacted>"_ba);
        QCOMPARE(redactedHeaderValue("Cookie", "session=1"), "<redacted>"_ba);
        QCOMPARE(redactedHeaderValue("x-oneapi-request-id", "abc"), "abc"_ba);
    }

    void waitMessagesNameProductAndSeconds()
    {
        QCOMPARE(waitMessage(Product::Zia, 3, WaitReason::ServerRateLimit),
                 u"Rate limited by ZIA, retrying in 3 s."_s);
        QVERIFY(waitMessage(Product::Zpa, 13, WaitReason::ServiceUnavailable).contains(u"13"_s));
    }

    void errorSentencesCarryServerFactsOnly()
    {
        ApiError e;
        e.kind = ApiError::Kind::ReadOnly;
        e.product = Product::Zia;
        e.httpStatus = 403;
        e.serverCode = u"STATE_READONLY"_s;
        e.serverMessage = u"The API service is undergoing a scheduled upgrade."_s;
        e.requestId = u"req-1"_s;
        const QString m = e.message();
        QVERIFY(m.contains(u"ZIA"_s));
        QVERIFY(m.contains(u"read-only"_s));
        QVERIFY(m.contains(u"scheduled upgrade"_s));
        QVERIFY(m.contains(u"req-1"_s));
        QCOMPARE(ApiError::kindKey(ApiError::Kind::RateLimited), u"rate_limited"_s);
        // Every kind has a sentence.
        for (int k = int(ApiError::Kind::Network); k <= int(ApiError::Kind::InvalidInput); ++k) {
            ApiError x;
            x.kind = static_cast<ApiError::Kind>(k);
            QVERIFY2(!x.message().isEmpty(), qPrintable(ApiError::kindKey(x.kind)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
