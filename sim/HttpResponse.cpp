// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "HttpResponse.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return raw(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, QJsonObject object, const QString &arrayKey,
                                const QByteArrayList &compactElements)
{
    // Compact JSON is the same inside an array as on its own, and a key (quoted, followed by
    // ':') cannot occur inside a string value, where quotes are escaped.
    object.insert(arrayKey, QJsonArray());
    QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray empty = '"' + arrayKey.toUtf8() + "\":[]";
    body.insert(body.indexOf(empty) + empty.size() - 1, compactElements.join(','));
    return raw(status, "application/json", body);
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return raw(status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({"Content-Type", contentType});
    response.body = body;
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{u"code"_s, code}, {u"message"_s, message}});
}

HttpResponse HttpResponse::invalidInput(const QString &message)
{
    return error(400, u"INVALID_INPUT_ARGUMENT"_s, message);
}

HttpResponse HttpResponse::notFound(const QString &message)
{
    return error(404, u"RESOURCE_NOT_FOUND"_s, message);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const QPair<QByteArray, QByteArray> &h) { return isNamed(h, name); });
    headers.append({name, value});
}

void HttpResponse::addHeaders(const HeaderFields &more)
{
    for (const auto &h : more)
        setHeader(h.first, h.second);
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace zc::sim
