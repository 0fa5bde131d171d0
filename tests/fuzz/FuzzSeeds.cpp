// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zc_fuzz_seeds OUTDIR: writes the seed corpora of the fuzz targets from real answers of the
// tenant simulator (started in-process on loopback, signed in to with a client secret): every
// product's listings and details, a token answer and a refusal, the headers of answers that
// carry rate-limit budgets, a 429 and a 503, generated keys in every import format, and a URL
// list. OUTDIR/<target>/ gets one file per answer; scripts/ci-fuzz.sh adds the hand-written
// seeds of tests/fuzz/corpus/<target>/.
#include "SimServer.h"
#include "auth/PrivateKey.h"
#include "auth/Secrets.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "snapshot/SnapshotFile.h"
#include "snapshot/SnapshotJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

QDir g_out;

void write(const QString &target, const QString &name, const QByteArray &bytes)
{
    if (!g_out.mkpath(target)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(g_out.filePath(target)));
        std::exit(1);
    }
    QFile file(g_out.filePath(target + u'/' + name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
}

QByteArray headerBlock(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray block;
    for (const auto &[name, value] : headers)
        block += name + ": " + value + '\n';
    return block + '\n' + body;
}

// Sends and waits; the answer's body (also of a failure) is what the seed is made of.
ApiJob *fetch(ApiClient &client, const ApiRequest &request)
{
    ApiJob *job = client.send(request);
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!job->isFinished()) {
        std::fprintf(stderr, "no answer to %s\n", qPrintable(request.encodedPath()));
        std::exit(1);
    }
    return job;
}

// Saves an answer for the product's target, the pager, and the header target.
QJsonDocument save(ApiClient &client, const QString &target, const QString &name,
                   const ApiRequest &request)
{
    std::unique_ptr<ApiJob> job(fetch(client, request));
    const QByteArray body = job->rawBody();
    write(target, name + u".json"_s, body);
    write(u"fuzz_pager"_s, target.mid(5) + u'-' + name + u".json"_s, body);
    write(u"fuzz_headers"_s, target.mid(5) + u'-' + name + u".txt"_s,
          headerBlock(job->headers(), {}));
    return QJsonDocument::fromJson(body);
}

void tokenAnswers(const sim::SimServer &server, const QByteArray &secret)
{
    QNetworkAccessManager network;
    for (const auto &[name, password] :
         {std::pair{u"granted"_s, secret}, std::pair{u"refused"_s, "not-the-secret"_ba}}) {
        QNetworkRequest request(server.tokenUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          "application/x-www-form-urlencoded"_ba);
        request.setRawHeader("Authorization", "Basic " + ("seed-client:" + password).toBase64());
        QNetworkReply *reply = network.post(
            request, "grant_type=client_credentials&audience=https%3A%2F%2Fapi.zscaler.com"_ba);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        write(u"fuzz_token_response"_s, name + u".json"_s, reply->readAll());
        delete reply;
    }
}

void keys()
{
    const QString target = u"fuzz_private_key"_s;
    const PrivateKey rsa = PrivateKey::generateRsa(2048);
    const PrivateKey ec = PrivateKey::generateEcP256();
    write(target, u"rsa-pkcs8.pem"_s, rsa.toPem());
    write(target, u"rsa-pkcs8-encrypted.pem"_s, rsa.toPem("zconsole-fuzz"));
    write(target, u"rsa-public.pem"_s, rsa.publicKeyPem());
    write(target, u"rsa-public.jwk"_s, QJsonDocument(rsa.publicJwk()).toJson());
    write(target, u"ec-pkcs8.pem"_s, ec.toPem());
    write(target, u"ec-pkcs8-encrypted.pem"_s, ec.toPem("zconsole-fuzz"));
    write(target, u"ec-public.pem"_s, ec.publicKeyPem());
    write(target, u"ec-public.jwk"_s, QJsonDocument(ec.publicJwk()).toJson());
}

// Every request the simulator served, as it came off the wire: request line, the header
// fields in the order and spelling the client sent them, the body; and all of them back to
// back, as a pipelining client sends them.
void httpRequests(const sim::SimServer &server)
{
    QByteArray pipelined;
    int n = 0;
    for (const sim::RecordedRequest &request : server.recordedRequests()) {
        QByteArray target = request.path.toUtf8();
        if (!request.query.isEmpty())
            target += '?' + request.query.toString(QUrl::FullyEncoded).toUtf8();
        QByteArray bytes = request.method + ' ' + target + " HTTP/1.1\r\n";
        for (const auto &[name, value] : request.headers)
            bytes += name + ": " + value + "\r\n";
        bytes += "\r\n" + request.body;
        write(u"fuzz_sim_http_request"_s, u"request-%1.http"_s.arg(++n, 3, 10, QChar(u'0')), bytes);
        pipelined += bytes;
    }
    write(u"fuzz_sim_http_request"_s, u"pipelined.http"_s, pipelined);
}

// A snapshot of the simulated tenant, taken as the CLI and the GUI take it, in the current
// format; format 1 files are hand-written seeds (tests/fuzz/corpus/fuzz_snapshot/).
void snapshots(ApiClient &client)
{
    auto *job = new SnapshotJob(&client);
    job->setAutoDelete(false);
    job->start();
    QEventLoop loop;
    QObject::connect(job, &SnapshotJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    std::unique_ptr<SnapshotJob> owner(job);
    if (!job->isFinished() || job->error()) {
        std::fprintf(stderr, "no snapshot: %s\n", qPrintable(job->error().message()));
        std::exit(1);
    }
    write(u"fuzz_snapshot"_s, u"tenant.zcsnap.json"_s, SnapshotFile::toJson(job->snapshot()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"zconsole.*=false"_s);
    if (argc != 2) {
        std::fprintf(stderr, "usage: zc_fuzz_seeds OUTDIR\n");
        return 2;
    }
    g_out = QDir(QString::fromLocal8Bit(argv[1]));
    if (!g_out.mkpath(u"."_s))
        return 1;

    sim::SimOptions options;
    options.sizes.zpaSegments = 6;
    options.sizes.ztwGroups = 3;
    options.sizes.users = 6;
    options.sizes.devices = 6;
    options.sizes.zidGroups = 3;
    options.clockScale = 1000; // deep traces complete at once, so that results exist
    sim::SimServer server;
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "the simulator did not start: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray secret = "seed-secret-0123456789";
    server.addClient({u"seed-client"_s, secret, {}, {}, 3600});
    tokenAnswers(server, secret);
    keys();

    ConnectionSettings settings;
    settings.cloud = Cloud::Custom;
    settings.clientId = u"seed-client"_s;
    settings.tokenUrlOverride = server.tokenUrl();
    settings.apiUrlOverride = server.apiUrl();
    settings.zpaCustomerId = u"216196257331281920"_s;
    Credentials credentials;
    credentials.clientSecret = secretCopy(secret); // the client wipes its own

    ApiClient client(settings, std::move(credentials));
    client.rateLimiter()->setEnabled(false);

    const QStringList urls{u"bbc.com"_s, u"viruses.org"_s, u"facebook.com"_s,
                           u"malware-test.example.com"_s, u"https://www.example.com/a?b=c"_s};
    write(u"fuzz_url_list"_s, u"urls.txt"_s, urls.join(u'\n').toUtf8() + '\n');
    save(client, u"fuzz_zia"_s, u"url-lookup"_s,
         ApiRequest::post(Product::Zia, {u"urlLookup"_s},
                          QJsonDocument(QJsonArray::fromStringList(urls))));
    save(client, u"fuzz_zia"_s, u"status"_s, ApiRequest::get(Product::Zia, {u"status"_s}));

    const QStringList zpa{u"admin"_s, u"customers"_s, settings.zpaCustomerId};
    save(client, u"fuzz_zpa"_s, u"segments"_s,
         ApiRequest::get(Product::Zpa, zpa + QStringList{u"application"_s},
                         {{u"page"_s, u"1"_s}, {u"pagesize"_s, u"3"_s}}));
    save(client, u"fuzz_zpa"_s, u"microtenants"_s,
         ApiRequest::get(Product::Zpa, zpa + QStringList{u"microtenants"_s}));
    save(client, u"fuzz_zpa"_s, u"segment-groups"_s,
         ApiRequest::get(Product::Zpa, zpa + QStringList{u"segmentGroup"_s}));

    save(client, u"fuzz_ztw"_s, u"groups"_s, ApiRequest::get(Product::Ztw, {u"ecgroup"_s}));
    save(client, u"fuzz_ztw"_s, u"activation"_s,
         ApiRequest::get(Product::Ztw, {u"ecAdminActivateStatus"_s}));

    const QJsonDocument devices =
        save(client, u"fuzz_zcc"_s, u"devices"_s,
             ApiRequest::get(Product::Zcc, {u"getDevices"_s},
                             {{u"page"_s, u"1"_s}, {u"pageSize"_s, u"3"_s}}));
    const QJsonObject device = devices.array().first().toObject();
    const QString udid = device.value("udid"_L1).toString();
    save(client, u"fuzz_zcc"_s, u"otp"_s,
         ApiRequest::get(Product::Zcc, {u"getOtp"_s}, {{u"udid"_s, udid}}));
    save(client, u"fuzz_zcc"_s, u"device-details"_s,
         ApiRequest::get(Product::Zcc, {u"getDeviceDetails"_s},
                         {{u"udid"_s, udid}, {u"username"_s, device.value("user"_L1).toString()}}));

    const QJsonDocument zdxDevices =
        save(client, u"fuzz_zdx"_s, u"devices"_s,
             ApiRequest::get(Product::Zdx, {u"devices"_s}, {{u"limit"_s, u"3"_s}}));
    save(client, u"fuzz_zdx"_s, u"users"_s,
         ApiRequest::get(Product::Zdx, {u"users"_s}, {{u"limit"_s, u"3"_s}}));
    const QString zdxDevice = QString::number(zdxDevices.object()
                                                  .value("devices"_L1)
                                                  .toArray()
                                                  .first()
                                                  .toObject()
                                                  .value("id"_L1)
                                                  .toInt());
    const QJsonDocument started =
        save(client, u"fuzz_zdx"_s, u"trace-started"_s,
             ApiRequest::post(Product::Zdx, {u"devices"_s, zdxDevice, u"deeptraces"_s},
                              QJsonDocument(QJsonObject{{u"session_name"_s, u"seed"_s},
                                                        {u"session_length_minutes"_s, 5},
                                                        {u"probe_device"_s, true}})));
    const QString trace = started.object().value("trace_id"_L1).toVariant().toString();
    const QStringList traces{u"devices"_s, zdxDevice, u"deeptraces"_s};
    save(client, u"fuzz_zdx"_s, u"traces"_s, ApiRequest::get(Product::Zdx, traces));
    for (const QString &result : {u"top-processes"_s, u"events"_s, u"health-metrics"_s,
                                  u"webprobe-metrics"_s, u"cloudpath-metrics"_s}) {
        save(client, u"fuzz_zdx"_s, u"trace-"_s + result,
             ApiRequest::get(Product::Zdx, traces + QStringList{trace, result}));
    }

    const QJsonDocument groups =
        save(client, u"fuzz_zid"_s, u"groups"_s,
             ApiRequest::get(Product::Zid, {u"groups"_s}, {{u"limit"_s, u"2"_s}}));
    save(client, u"fuzz_zid"_s, u"users"_s,
         ApiRequest::get(Product::Zid, {u"users"_s}, {{u"limit"_s, u"2"_s}}));
    const QString group =
        groups.object().value("records"_L1).toArray().first().toObject().value("id"_L1).toString();
    save(client, u"fuzz_zid"_s, u"members"_s,
         ApiRequest::get(Product::Zid, {u"groups"_s, group, u"users"_s}, {{u"limit"_s, u"2"_s}}));

    // The answers that ask for a wait, as each product words them.
    RetryPolicy once;
    once.maxAttempts = 1;
    client.setRetryPolicy(once);
    for (Product product : allProducts) {
        for (auto kind :
             {sim::SimFault::Kind::TooManyRequests, sim::SimFault::Kind::ServiceUnavailable}) {
            sim::SimFault fault;
            fault.kind = kind;
            fault.product = product;
            fault.retryAfter = kind == sim::SimFault::Kind::TooManyRequests ? "1" : "10s";
            server.injectFault(fault);
            std::unique_ptr<ApiJob> job(fetch(client, ApiRequest::get(product, {u"status"_s})));
            write(u"fuzz_headers"_s,
                  productName(product).toLower() + u'-' + QString::number(job->httpStatus()) +
                      u".txt"_s,
                  headerBlock(job->headers(), job->rawBody()));
        }
    }
    httpRequests(server);
    snapshots(client);
    return 0;
}
