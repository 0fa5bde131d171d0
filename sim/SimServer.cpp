// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SimServer.h"

#include "ControlEndpoint.h"
#include "DataChanges.h"
#include "Faults.h"
#include "HostilePaging.h"
#include "HttpResponse.h"
#include "ProductRoutes.h"
#include "RateLimits.h"
#include "RawHttpWriter.h"
#include "SelfSignedCertificate.h"
#include "SimClock.h"
#include "SimHttpServer.h"
#include "SimLog.h"
#include "SimRequest.h"
#include "SimState.h"
#include "TenantData.h"
#include "TokenEndpoint.h"
#include "ZccRoutes.h"
#include "ZdxRoutes.h"
#include "ZiaRoutes.h"
#include "ZidRoutes.h"
#include "ZpaRoutes.h"
#include "ZtwRoutes.h"
#include "api/ApiPath.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <array>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

constexpr auto kOneApiVersion = "1.0";

// A request path's product and the base path it came under (the one list of base paths is
// the explorer's, ApiPath).
struct BasePath
{
    QString path;
    Product product = Product::Zia;
};

std::optional<BasePath> basePathOf(const QString &path)
{
    BasePath base;
    if (!ApiPath::productOf(path, &base.product, &base.path))
        return std::nullopt;
    return base;
}

HttpResponse unauthorized(const QString &message)
{
    HttpResponse response = HttpResponse::error(401, u"UNAUTHORIZED"_s, message);
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return response;
}

HttpResponse notFound()
{
    return HttpResponse::notFound(u"The requested resource does not exist."_s);
}

// An unknown route under a product's base path, in that product's error shape: ZPA answers
// {"id","reason"} as for every ZPA error; the others {"code","message"}.
HttpResponse notFound(Product product)
{
    if (product != Product::Zpa)
        return notFound();
    return HttpResponse::json(404, QJsonObject{{u"id"_s, u"resource.not.found"_s},
                                               {u"reason"_s, u"The requested resource does "
                                                             "not exist."_s}});
}

QByteArray bearerToken(const SimRequest &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        return authorization.mid(7).trimmed();
    return {};
}

QString loopbackHost(const QHostAddress &address)
{
    if (address == QHostAddress::LocalHostIPv6 || address == QHostAddress::AnyIPv6)
        return u"::1"_s;
    if (address == QHostAddress::LocalHost || address == QHostAddress::Any ||
        address == QHostAddress::AnyIPv4)
        return u"127.0.0.1"_s;
    return address.toString();
}

// How an answer is delivered.
struct Outcome
{
    HttpResponse response;
    RawHttpWriter::Mode mode = RawHttpWriter::Mode::Complete;
    int delayMs = 0;
    bool record = true;
    std::optional<Product> product;
};

} // namespace

struct SimServer::Private
{
    explicit Private(SimServer *owner)
        : q(owner)
        , tokenEndpoint(state)
    {
        // 32 random bytes per run: only who reads the env file, the startup output or this
        // object can steer the simulator (a web page the browser shows cannot).
        std::array<quint32, 8> random{};
        QRandomGenerator::system()->generate(random.begin(), random.end());
        controlToken =
            QByteArray(reinterpret_cast<const char *>(random.data()), qsizetype(sizeof(random)))
                .toHex();
        routes[Product::Zia] = std::make_unique<ZiaRoutes>(state);
        routes[Product::Zcc] = std::make_unique<ZccRoutes>(tenant);
        routes[Product::Zid] = std::make_unique<ZidRoutes>(tenant, options);
        routes[Product::Zdx] = std::make_unique<ZdxRoutes>(*owner, clock);
        routes[Product::Ztw] = std::make_unique<ZtwRoutes>(options);
        routes[Product::Zpa] = std::make_unique<ZpaRoutes>(options);
    }

    Outcome dispatch(const SimRequest &request);
    Outcome serveApi(const SimRequest &request, const BasePath &base);

    SimServer *q;
    SimOptions options;
    std::unique_ptr<SimHttpServer> http;
    quint16 port = 0;
    QByteArray caPem;
    SimState state;
    TenantData tenant; // generated once at start(); ZCC, ZIdentity and ZDX serve it
    SimClock clock;    // before routes: ZDX deep traces run on it
    TokenEndpoint tokenEndpoint;
    RateLimits rateLimits;
    Faults faults;
    HostilePaging hostilePaging;
    std::map<Product, std::unique_ptr<ProductRoutes>> routes;
    int tokenRequests = 0;
    QByteArray controlToken;
    QList<RecordedRequest> recorded;
};

namespace {

// Injected faults replace the answer (true: the outcome is complete) or change how the normal
// one is delivered (delay, truncation).
bool applyFault(const std::optional<SimFault> &fault, Product product, const QByteArray &method,
                Outcome *outcome)
{
    if (!fault)
        return false;
    switch (fault->kind) {
    case SimFault::Kind::Delay:
        outcome->delayMs = std::max(0, fault->delayMs);
        return false;
    case SimFault::Kind::Drop:
        outcome->mode = RawHttpWriter::Mode::Drop;
        return true;
    case SimFault::Kind::Truncate:
        outcome->mode = RawHttpWriter::Mode::Truncate;
        return false;
    default:
        outcome->response = Faults::response(*fault, product, method);
        return true;
    }
}

} // namespace

Outcome SimServer::Private::dispatch(const SimRequest &request)
{
    Outcome outcome;
    if (request.path == QLatin1StringView(TokenEndpoint::path)) {
        ++tokenRequests;
        if (applyFault(faults.takeSignIn(), Product::Zid, request.method, &outcome))
            return outcome;
        outcome.response = tokenEndpoint.handle(request);
        return outcome;
    }
    if (ControlEndpoint::handles(request.path)) {
        outcome.record = false;
        outcome.response = ControlEndpoint::handle(request, *q);
        return outcome;
    }
    if (const std::optional<BasePath> base = basePathOf(request.path))
        return serveApi(request, *base);
    outcome.response = notFound();
    return outcome;
}

Outcome SimServer::Private::serveApi(const SimRequest &request, const BasePath &base)
{
    Outcome outcome;
    const Product product = base.product;
    outcome.product = product;

    // The gateway: a valid bearer token, then the client's entitlement.
    QString clientId;
    switch (state.checkToken(bearerToken(request), &clientId)) {
    case SimState::TokenStatus::Valid:
        break;
    case SimState::TokenStatus::Missing:
        outcome.response = unauthorized(u"Authentication required: send an access token as "
                                        "Authorization: Bearer."_s);
        return outcome;
    case SimState::TokenStatus::Unknown:
        outcome.response = unauthorized(u"The access token is invalid."_s);
        return outcome;
    case SimState::TokenStatus::Expired:
        outcome.response = unauthorized(u"The access token has expired."_s);
        return outcome;
    case SimState::TokenStatus::Revoked:
        outcome.response = unauthorized(u"The access token has been revoked."_s);
        return outcome;
    }
    if (const SimState::Client *client = state.client(clientId)) {
        const QSet<Product> &entitlements = client->client.entitlements;
        if (!entitlements.isEmpty() && !entitlements.contains(product)) {
            outcome.response = HttpResponse::error(
                403, u"NOT_ENTITLED"_s,
                u"This API client is not entitled to %1."_s.arg(productName(product)));
            return outcome;
        }
    }

    // Injected faults replace the answer or change how it is delivered; the hostile paging
    // faults rewrite the answer of the route below.
    std::optional<SimFault::Kind> hostile;
    const std::optional<SimFault> fault = faults.take(product, request.method);
    if (fault &&
        (fault->kind == SimFault::Kind::RepeatPage || fault->kind == SimFault::Kind::CycleLinks ||
         fault->kind == SimFault::Kind::RaiseTotal)) {
        hostile = fault->kind;
    } else if (applyFault(fault, product, request.method, &outcome)) {
        return outcome;
    }

    const RateLimits::Decision limits = rateLimits.check(clientId, product, request.method);
    if (!limits.allowed) {
        outcome.response = limits.refusal;
        return outcome;
    }

    if (state.readOnly() && (product == Product::Zia || product == Product::Ztw) &&
        !request.isRead()) {
        outcome.response = HttpResponse::error(
            403, u"STATE_READONLY"_s,
            u"The API service is undergoing a scheduled upgrade and is in read-only mode."_s);
        outcome.response.setHeader("x-zscaler-mode", "read-only");
        outcome.response.addHeaders(limits.headers);
        return outcome;
    }

    const auto route = [this, &base, &clientId, product](const SimRequest &routed) {
        std::optional<HttpResponse> answer;
        const auto routesIt = routes.find(product);
        if (routesIt != routes.end()) {
            const RouteContext context{routed, base.path, routed.path.mid(base.path.size()),
                                       clientId};
            answer = routesIt->second->handle(context);
        }
        return answer ? *answer : notFound(product);
    };
    if (hostile == SimFault::Kind::RepeatPage) {
        outcome.response = route(HostilePaging::firstPage(request));
    } else {
        outcome.response = route(request);
        if (hostile)
            hostilePaging.rewrite(*hostile, request, &outcome.response, route);
    }
    outcome.response.addHeaders(limits.headers);
    return outcome;
}

SimServer::SimServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

SimServer::~SimServer() = default;

QByteArray SimServer::controlToken() const
{
    return d->controlToken;
}

bool SimServer::start(const SimOptions &options, QString *error)
{
    return start(options, TenantData::generate(options.seed, options.sizes), error);
}

bool SimServer::start(const SimOptions &options, TenantData tenant, QString *error)
{
    if (d->http) {
        if (error)
            *error = tr("The simulator is already running.");
        return false;
    }
    auto http = std::make_unique<SimHttpServer>(
        [this](const SimRequest &request, HttpConnection *connection) {
            serve(request, connection);
        });
    QByteArray caPem;
    if (options.https) {
        const SelfSignedIdentity identity = generateSelfSignedIdentity();
        if (identity.certificate.isNull() || identity.key.isNull()) {
            if (error)
                *error = tr("Could not generate the self-signed TLS certificate.");
            return false;
        }
        http->setTlsIdentity(identity.certificate, identity.key);
        caPem = identity.certificatePem;
    }
    const quint16 port = http->listen(options.address, options.port);
    if (port == 0) {
        if (error)
            *error = tr("Could not listen on %1 port %2: %3")
                         .arg(options.address.toString())
                         .arg(options.port)
                         .arg(http->errorString());
        return false;
    }
    d->options = options;
    d->http = std::move(http);
    d->port = port;
    d->caPem = caPem;
    d->rateLimits.setEnforced(options.enforceRateLimits);
    d->tenant = std::move(tenant);
    d->clock.setScale(options.clockScale);
    if (options.prepareAnswers) {
        for (const auto &[product, routes] : d->routes)
            routes->prepare();
    }

    // The `aud` of an assertion may be this server's scheme://host:port, by any loopback name.
    const QString scheme = options.https ? u"https"_s : u"http"_s;
    QStringList audiences{baseUrl().toString()};
    if (options.address.isLoopback() || options.address == QHostAddress::Any ||
        options.address == QHostAddress::AnyIPv4 || options.address == QHostAddress::AnyIPv6) {
        audiences << u"%1://localhost:%2"_s.arg(scheme).arg(port)
                  << u"%1://127.0.0.1:%2"_s.arg(scheme).arg(port)
                  << u"%1://[::1]:%2"_s.arg(scheme).arg(port);
    }
    d->tokenEndpoint.setIdentityBaseUrls(audiences);
    return true;
}

bool SimServer::isListening() const
{
    return d->http != nullptr;
}

SimOptions SimServer::options() const
{
    return d->options;
}

quint16 SimServer::port() const
{
    return d->port;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(d->options.https ? u"https"_s : u"http"_s);
    url.setHost(loopbackHost(d->options.address));
    url.setPort(d->port);
    return url;
}

QUrl SimServer::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QLatin1StringView(TokenEndpoint::path));
    return url;
}

QUrl SimServer::apiUrl() const
{
    return baseUrl();
}

QByteArray SimServer::caCertificatePem() const
{
    return d->caPem;
}

void SimServer::addClient(const SimClient &client)
{
    d->state.addClient(client);
}

void SimServer::setTokenLifetime(const QString &clientId, int seconds)
{
    d->state.setTokenLifetime(clientId, seconds);
}

void SimServer::revokeAllTokens()
{
    d->state.revokeAllTokens();
}

void SimServer::setReadOnly(bool on)
{
    d->state.setReadOnly(on);
}

bool SimServer::isReadOnly() const
{
    return d->state.readOnly();
}

void SimServer::injectFault(const SimFault &fault)
{
    d->faults.add(fault);
}

void SimServer::clearFaults()
{
    d->faults.clear();
    d->hostilePaging.reset();
}

QList<SimFault> SimServer::pendingFaults() const
{
    return d->faults.pending();
}

int SimServer::tokenRequestCount() const
{
    return d->tokenRequests;
}

QList<RecordedRequest> SimServer::recordedRequests() const
{
    return d->recorded;
}

void SimServer::clearRecordedRequests()
{
    d->recorded.clear();
}

const TenantData &SimServer::tenantData() const
{
    return d->tenant;
}

QString SimServer::ziaActivationStatus() const
{
    return d->state.ziaActivationStatus();
}

void SimServer::setZiaActivationStatus(const QString &status)
{
    d->state.setZiaActivationStatus(status);
}

void SimServer::setZtwActivationPending(bool pending)
{
    static_cast<ZtwRoutes *>(d->routes.at(Product::Ztw).get())->setActivationPending(pending);
}

bool SimServer::isZtwActivationPending() const
{
    return static_cast<ZtwRoutes *>(d->routes.at(Product::Ztw).get())->activationPending();
}

bool SimServer::changeData(const SimDataChange &change, QString *error)
{
    QString problem;
    const bool done = DataChanges::apply(
        change, static_cast<ZpaRoutes *>(d->routes.at(Product::Zpa).get())->mutableData(),
        static_cast<ZtwRoutes *>(d->routes.at(Product::Ztw).get())->mutableGroups(), d->tenant,
        &problem);
    if (error)
        *error = problem;
    return done;
}

void SimServer::setClockScale(double scale)
{
    d->clock.setScale(scale);
    d->options.clockScale = d->clock.scale();
}

double SimServer::clockScale() const
{
    return d->clock.scale();
}

void SimServer::serve(const SimRequest &request, HttpConnection *connection)
{
    Outcome outcome = d->dispatch(request);

    // The gateway's headers, on every answer.
    const auto uuid = [] { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); };
    outcome.response.setHeader("x-oneapi-request-id", uuid());
    outcome.response.setHeader("x-transaction-id", uuid());
    outcome.response.setHeader("x-oneapi-version", kOneApiVersion);

    const int status = outcome.mode == RawHttpWriter::Mode::Drop ? 0 : outcome.response.status;
    qCDebug(lcSim).noquote() << QString::fromLatin1(request.method) << request.path << status;

    outcome.delayMs += std::max(0, d->options.latencyMs);
    if (outcome.delayMs > 0) {
        // The connection is the timer's context: a client gone meanwhile cancels the answer.
        QTimer::singleShot(outcome.delayMs, connection, [connection, outcome] {
            connection->respond(outcome.response, outcome.mode);
        });
    } else {
        connection->respond(outcome.response, outcome.mode);
    }

    if (outcome.record) {
        RecordedRequest record{request.method, request.path, request.query,  request.headers,
                               request.body,   status,       outcome.product};
        d->recorded.append(record);
        Q_EMIT requestServed(record);
    }
}

} // namespace zc::sim
