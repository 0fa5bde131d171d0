// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiRequest.h"

#include <QUrl>

namespace zc {

namespace {
ApiRequest make(Product product, QByteArray method, QStringList segments, QJsonDocument body)
{
    ApiRequest request;
    request.product = product;
    request.method = std::move(method);
    request.pathSegments = std::move(segments);
    request.body = std::move(body);
    return request;
}
} // namespace

ApiRequest ApiRequest::get(Product product, QStringList segments,
                           QList<std::pair<QString, QString>> query)
{
    ApiRequest request = make(product, "GET", std::move(segments), {});
    request.query = std::move(query);
    return request;
}

ApiRequest ApiRequest::post(Product product, QStringList segments, QJsonDocument body)
{
    return make(product, "POST", std::move(segments), std::move(body));
}

ApiRequest ApiRequest::put(Product product, QStringList segments, QJsonDocument body)
{
    return make(product, "PUT", std::move(segments), std::move(body));
}

ApiRequest ApiRequest::del(Product product, QStringList segments)
{
    ApiRequest request = make(product, "DELETE", std::move(segments), {});
    request.expect = Expect::Nothing;
    return request;
}

QString ApiRequest::encodedPath() const
{
    QString path;
    for (const QString &segment : pathSegments) {
        path += u'/';
        path += QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    return path;
}

void ApiRequest::setQueryItem(const QString &key, const QString &value)
{
    for (auto &item : query) {
        if (item.first == key) {
            item.second = value;
            return;
        }
    }
    query.append({key, value});
}

} // namespace zc
