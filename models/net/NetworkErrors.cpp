// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "NetworkErrors.h"

#include "NetworkAccess.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace zc {

bool isConnectionLost(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

namespace {

bool isProxyFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

// The proxy's own refusal or failure: it names the proxy, and a 407 is never mistaken for
// the server's answer (Qt reports the proxy's status code with it).
// "host:port" of the proxy the reply went through, or empty.
QString proxyOf(const QNetworkReply *reply)
{
    const auto *network = qobject_cast<const NetworkAccess *>(reply->manager());
    return network ? network->proxyLabel(reply->url()) : QString();
}

ApiError proxyError(const QNetworkReply *reply)
{
    ApiError error;
    error.detail = reply->errorString();
    error.proxy = proxyOf(reply);
    const auto *network = qobject_cast<const NetworkAccess *>(reply->manager());
    if (reply->error() == QNetworkReply::ProxyAuthenticationRequiredError) {
        error.kind = ApiError::Kind::ProxyAuthentication;
        error.httpStatus = 407;
        error.proxyCredentialsGiven = network && network->hasProxyCredentials(reply->url());
    } else {
        error.kind = reply->error() == QNetworkReply::ProxyTimeoutError ? ApiError::Kind::Timeout
                                                                        : ApiError::Kind::Network;
    }
    return error;
}

} // namespace

ApiError transportError(const QNetworkReply *reply, bool timedOut)
{
    if (timedOut)
        return ApiError::make(ApiError::Kind::Timeout, reply ? reply->errorString() : QString());
    if (!reply)
        return ApiError::make(ApiError::Kind::Network);
    const QNetworkReply::NetworkError code = reply->error();
    if (isProxyFailure(code))
        return proxyError(reply);
    const bool hasStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    if (code == QNetworkReply::NoError || (hasStatus && !isConnectionLost(code)))
        return {};
    ApiError error;
    error.detail = reply->errorString();
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        error.kind = ApiError::Kind::Cancelled;
        break;
    default:
        // A body cut short after a valid status line is a broken answer, not a network the
        // user could fix.
        error.kind = hasStatus ? ApiError::Kind::BadResponse : ApiError::Kind::Network;
        break;
    }
    // Through a proxy, Qt reports a proxy it cannot reach as if it were the server: the
    // message must say which proxy was used.
    if (error.kind == ApiError::Kind::Network)
        error.proxy = proxyOf(reply);
    return error;
}

void readServerError(const QByteArray &body, ApiError *error)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.isEmpty())
        return;
    auto str = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return v.isString() ? v.toString() : QString();
    };
    for (const char *key : {"code", "id", "error"}) {
        if (const QString v = str(key); !v.isEmpty()) {
            error->serverCode = v;
            break;
        }
    }
    for (const char *key : {"message", "reason", "error_description"}) {
        if (const QString v = str(key); !v.isEmpty()) {
            error->serverMessage = v.left(500);
            break;
        }
    }
}

QList<QPair<QByteArray, QByteArray>> rawHeaders(const QNetworkReply *reply)
{
    QList<QPair<QByteArray, QByteArray>> list;
    if (!reply)
        return list;
    const auto pairs = reply->rawHeaderPairs();
    list.reserve(pairs.size());
    for (const auto &pair : pairs)
        list.append({pair.first, pair.second});
    return list;
}

} // namespace zc
