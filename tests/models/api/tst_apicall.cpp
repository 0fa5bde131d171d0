// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The explorer's request builder: product detection from a full path (ZPA's three trees too),
// placeholders from the connection settings, the paging style and page size of each product,
// the checks made before any request, and "copy as curl" without the token.
#include "api/ApiCall.h"
#include "api/ApiPath.h"
#include "api/CurlCommand.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {
ConnectionSettings settings()
{
    ConnectionSettings s;
    s.cloud = Cloud::Custom;
    s.apiUrlOverride = QUrl(u"https://api.example.test/prefix"_s);
    s.zpaCustomerId = u"7215"_s;
    s.zpaMicrotenantId = u"42"_s;
    return s;
}

ApiCall::Built built(const QString &method, const QString &path, const QByteArray &body = {},
                     bool paginate = false)
{
    ApiCall call;
    call.method = method.toLatin1();
    call.path = path;
    call.body = body;
    call.paginate = paginate;
    ApiCall::Built out;
    QString error;
    if (!call.build(settings(), &out, &error))
        qWarning() << error;
    return out;
}

QString buildError(const ApiCall &call, const ConnectionSettings &s = settings())
{
    ApiCall::Built out;
    QString error;
    return call.build(s, &out, &error) ? QString() : error;
}
} // namespace

class TestApiCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void productFromPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("base");
        QTest::addColumn<PageStyle>("style");
        QTest::newRow("zia") << u"/zia/api/v1/status"_s << Product::Zia << u"/zia/api/v1"_s
                             << PageStyle::Zia;
        QTest::newRow("zpa") << u"/zpa/mgmtconfig/v1/admin/customers/1/application"_s
                             << Product::Zpa << u"/zpa/mgmtconfig/v1"_s << PageStyle::Zpa;
        QTest::newRow("zpa v2") << u"/zpa/mgmtconfig/v2/admin/customers/1/policySet/rules"_s
                                << Product::Zpa << u"/zpa/mgmtconfig/v2"_s << PageStyle::Zpa;
        QTest::newRow("zpa user") << u"/zpa/userconfig/v1/customers/1/scimgroup"_s << Product::Zpa
                                  << u"/zpa/userconfig/v1"_s << PageStyle::Zpa;
        QTest::newRow("ztw") << u"/ztw/api/v1/ecgroup"_s << Product::Ztw << u"/ztw/api/v1"_s
                             << PageStyle::Zia;
        QTest::newRow("zcc") << u"/zcc/papi/public/v1/getDevices"_s << Product::Zcc
                             << u"/zcc/papi/public/v1"_s << PageStyle::Zcc;
        QTest::newRow("zdx") << u"/zdx/v1/devices"_s << Product::Zdx << u"/zdx/v1"_s
                             << PageStyle::Zdx;
        QTest::newRow("zid") << u"/ziam/admin/api/v1/users"_s << Product::Zid
                             << u"/ziam/admin/api/v1"_s << PageStyle::Zid;
    }
    void productFromPath()
    {
        QFETCH(QString, path);
        QFETCH(Product, product);
        QFETCH(QString, base);
        QFETCH(PageStyle, style);
        const ApiCall::Built b = built(u"GET"_s, path);
        QCOMPARE(b.request.product, product);
        QCOMPARE(b.style, style);
        // The request goes to exactly the path typed, under the API host's own prefix.
        QCOMPARE(b.request.basePath.isEmpty() ? productBasePath(product) : b.request.basePath,
                 base);
        QCOMPARE(base + b.request.encodedPath(), path);
    }

    void outsideTheProducts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QString();
        QTest::newRow("root") << u"/"_s;
        QTest::newRow("token endpoint") << u"/oauth2/v1/token"_s;
        QTest::newRow("prefix only") << u"/zia/api/v10/status"_s;
        QTest::newRow("no slash") << u"zia/api/v1/status"_s;
        QTest::newRow("dot dot") << u"/zia/api/v1/../../ztw/api/v1/ecgroup"_s;
    }
    void outsideTheProducts()
    {
        QFETCH(QString, path);
        ApiCall call;
        call.path = path;
        QVERIFY(!buildError(call).isEmpty());
    }

    void placeholders()
    {
        const ApiCall::Built b =
            built(u"GET"_s, u"/zpa/mgmtconfig/v1/admin/customers/{customerId}/application"
                            "?microtenantId={microtenantId}&search=a%20b"_s);
        QCOMPARE(b.request.pathSegments,
                 (QStringList{u"admin"_s, u"customers"_s, u"7215"_s, u"application"_s}));
        QCOMPARE(b.request.query, (QList<std::pair<QString, QString>>{{u"microtenantId"_s, u"42"_s},
                                                                      {u"search"_s, u"a b"_s}}));
        QCOMPARE(ApiPath::expanded(u"/x/{customerId}/{other}"_s, settings()), u"/x/7215/{other}"_s);

        ApiCall call;
        call.path = u"/zpa/mgmtconfig/v1/admin/customers/{customerId}/application"_s;
        ConnectionSettings none = settings();
        none.zpaCustomerId.clear();
        QVERIFY(buildError(call, none).contains(u"{customerId}"_s));
        call.path = u"/zia/api/v1/users/{userId}"_s;
        QVERIFY(buildError(call).contains(u"{userId}"_s));
    }

    void encodedSegmentsSurvive()
    {
        const ApiCall::Built b = built(u"GET"_s, u"/zia/api/v1/urlCategories/a%2Fb"_s);
        QCOMPARE(b.request.pathSegments, (QStringList{u"urlCategories"_s, u"a/b"_s}));
        QCOMPARE(b.request.encodedPath(), u"/urlCategories/a%2Fb"_s);
    }

    void methodsAndBodies()
    {
        ApiCall call;
        call.path = u"/zia/api/v1/status"_s;
        call.method = "FETCH";
        QVERIFY(buildError(call).contains(u"FETCH"_s));
        call.method = "get";
        QVERIFY(buildError(call).isEmpty());

        call.method = "POST";
        call.body = "{\"a\": 1,\n \"b\": }";
        const QString error = buildError(call);
        QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));

        call.method = "GET";
        call.body = "{}";
        QVERIFY(!buildError(call).isEmpty()); // a GET has no body

        call.method = "POST";
        call.body = "{\"urls\":[\"a.com\"]}";
        call.paginate = true;
        QVERIFY(!buildError(call).isEmpty()); // only reads page
        call.paginate = false;
        const ApiCall::Built b = built(u"post"_s, call.path, call.body);
        QCOMPARE(b.request.method, "POST"_ba);
        QCOMPARE(b.request.body.object().value("urls"_L1).toArray().size(), 1);
        QCOMPARE(b.request.expect, ApiRequest::Expect::Nothing);
    }

    void pageSizes()
    {
        QCOMPARE(built(u"GET"_s, u"/zpa/mgmtconfig/v1/x"_s).pageSize, 500);
        QCOMPARE(built(u"GET"_s, u"/zcc/papi/public/v1/getDevices"_s).pageSize, 5000);
        QCOMPARE(built(u"GET"_s, u"/zcc/papi/public/v1/getDevices?pageSize=20"_s).pageSize, 20);
        QCOMPARE(built(u"GET"_s, u"/ziam/admin/api/v1/users?limit=7"_s).pageSize, 7);
        // ZDX names a list's array after the list.
        QCOMPARE(built(u"GET"_s, u"/zdx/v1/users"_s, {}, true).recordsKey, u"users"_s);
        QCOMPARE(built(u"GET"_s, u"/zdx/v1/devices"_s, {}, true).recordsKey, u"devices"_s);
    }

    void queryItems()
    {
        std::pair<QString, QString> item;
        QVERIFY(ApiCall::parseQueryItem(u"a=b=c"_s, &item));
        QCOMPARE(item, (std::pair<QString, QString>{u"a"_s, u"b=c"_s}));
        QVERIFY(ApiCall::parseQueryItem(u"empty="_s, &item));
        QCOMPARE(item.second, QString());
        QVERIFY(!ApiCall::parseQueryItem(u"novalue"_s, &item));
        QVERIFY(!ApiCall::parseQueryItem(u"=x"_s, &item));
    }

    void curl()
    {
        ApiCall::Built b = built(u"POST"_s, u"/zia/api/v1/urlLookup"_s, "[\"it's.com\"]");
        const QString text =
            curlCommand(b.request, QUrl(u"https://api.example.test/zia/api/v1/urlLookup"_s));
        QVERIFY(text.startsWith(u"curl -X POST 'https://api.example.test/zia/api/v1/urlLookup'"_s));
        QVERIFY(text.contains(u"\"Authorization: Bearer $ZSCALER_TOKEN\""_s));
        QVERIFY(text.contains(u"--data-raw '[\"it'\\''s.com\"]'"_s));
        b = built(u"GET"_s, u"/zia/api/v1/status"_s);
        QVERIFY(!curlCommand(b.request, QUrl(u"https://h/zia/api/v1/status"_s)).contains(u"-X"_s));
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
