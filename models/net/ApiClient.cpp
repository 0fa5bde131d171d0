// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiClient.h"

#include "auth/TokenProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::ApiClient)
};

// The cheapest read each product offers, to see whether it answers this client.
ApiRequest probeRequest(Product product, const ConnectionSettings &settings)
{
    switch (product) {
    case Product::Zia:
        return ApiRequest::get(product, {u"status"_s});
    case Product::Zpa:
        return ApiRequest::get(
            product, {u"admin"_s, u"customers"_s, settings.zpaCustomerId, u"application"_s},
            {{u"page"_s, u"1"_s}, {u"pagesize"_s, u"1"_s}});
    case Product::Zcc:
        return ApiRequest::get(product, {u"getDevices"_s},
                               {{u"page"_s, u"1"_s}, {u"pageSize"_s, u"1"_s}});
    case Product::Ztw:
        return ApiRequest::get(product, {u"ecAdminActivateStatus"_s});
    case Product::Zdx:
        return ApiRequest::get(product, {u"devices"_s}, {{u"limit"_s, u"1"_s}});
    case Product::Zid:
        return ApiRequest::get(product, {u"users"_s},
                               {{u"limit"_s, u"1"_s}, {u"offset"_s, u"0"_s}});
    }
    return {};
}
} // namespace

QSslConfiguration buildSslConfiguration(const QString &caFile, ApiError *error)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return configuration;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ApiError::make(
                ApiError::Kind::InvalidInput,
                Tr::tr("The CA file %1 cannot be read: %2").arg(caFile, file.errorString()));
        return configuration;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = ApiError::make(ApiError::Kind::InvalidInput,
                                    Tr::tr("The CA file %1 holds no PEM certificate.").arg(caFile));
        return configuration;
    }
    configuration.addCaCertificates(certificates);
    return configuration;
}

ApiClient::ApiClient(const ConnectionSettings &settings, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new NetworkAccess(this))
    , m_tokens(nullptr)
    , m_limiter(new RateLimiter(this))
{
    // The token request and the API requests share the manager, and so the proxy.
    m_network->setProxySettings(settings.proxy, credentials.proxyPassword,
                                credentials.httpProxyPassword);
    secureWipe(credentials.proxyPassword);
    secureWipe(credentials.httpProxyPassword);
    m_tokens = new TokenProvider(settings, std::move(credentials), m_network, this);
    // Credentials are never written to disk, so neither may the HTTP cache or cookies be.
    m_network->setCookieJar(nullptr);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_ssl = buildSslConfiguration(settings.caFile, &m_setupError);
    m_tokens->setSslConfiguration(m_ssl);
    if (!m_setupError) {
        if (const QString problem = settings.validationError(); !problem.isEmpty())
            m_setupError = ApiError::make(ApiError::Kind::InvalidInput, problem);
    }
    connect(m_tokens, &TokenProvider::activity, this, &ApiClient::activity);
    // The token endpoint is ZIdentity's: its retry waits are announced as ZIdentity's.
    connect(m_tokens, &TokenProvider::waiting, this, [this](int seconds, WaitReason reason) {
        Q_EMIT waiting(Product::Zid, seconds, reason);
    });
}

ApiClient::~ApiClient()
{
    cancelAll();
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(this, request);
    job->startLater();
    return job;
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
    m_tokens->setRetryPolicy(policy);
    m_limiter->setMaxBlockSeconds(policy.maxSingleWaitSeconds);
}

void ApiClient::cancelAll()
{
    const auto jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs)
        job->cancel();
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_settings.baseUrl(request.product);
    if (url.isEmpty())
        return {};
    if (!request.basePath.isEmpty())
        url.setPath(m_settings.apiHost().path() + request.basePath);
    url.setPath(url.path(QUrl::FullyEncoded) + request.encodedPath(), QUrl::TolerantMode);
    if (!request.query.isEmpty()) {
        QByteArray query;
        for (const auto &[key, value] : request.query) {
            if (!query.isEmpty())
                query += '&';
            query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    }
    return url;
}

QNetworkRequest ApiClient::networkRequest(const ApiRequest &apiRequest,
                                          const QByteArray &token) const
{
    ApiRequest r = apiRequest;
    if (r.cacheBuster)
        r.setQueryItem(
            u"_"_s, QString::number(QRandomGenerator::global()->bounded(100000000u, 999999999u)));
    QNetworkRequest request(urlFor(r));
    request.setSslConfiguration(m_ssl);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "ZConsole/" ZCONSOLE_VERSION);
    if (!r.body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    // The one place the bearer token is added. The token request (TokenProvider) never
    // passes through here.
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

void ApiClient::probeProducts()
{
    auto pending = std::make_shared<int>(static_cast<int>(allProducts.size()));
    for (Product product : allProducts) {
        ApiRequest request = probeRequest(product, m_settings);
        if (product == Product::Zpa && m_settings.zpaCustomerId.isEmpty()) {
            QMetaObject::invokeMethod(
                this,
                [this, product, pending] {
                    ApiError error = ApiError::make(
                        ApiError::Kind::InvalidInput,
                        Tr::tr("ZPA needs the customer ID in the connection settings."));
                    error.product = product;
                    Q_EMIT productProbed(product, error);
                    if (--*pending == 0)
                        Q_EMIT probeFinished();
                },
                Qt::QueuedConnection);
            continue;
        }
        request.timeoutMs = 15000;
        ApiJob *job = send(request);
        connect(job, &Job::finished, this, [this, product, pending](Job *done) {
            Q_EMIT productProbed(product, done->error());
            if (--*pending == 0)
                Q_EMIT probeFinished();
        });
    }
}

} // namespace zc
