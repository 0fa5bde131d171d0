// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace zc {

// One API call, described without a host or a token: ApiClient resolves the product's base
// URL, adds the bearer header and sends it.
struct ApiRequest
{
    // What the caller expects back. A 2xx answer of another shape is a BadResponse error.
    enum class Expect
    {
        AnyJson,
        JsonObject,
        JsonArray,
        Nothing
    };

    Product product = Product::Zia;
    // The base path below the API host; empty: the product's (productBasePath()). ZPA also
    // answers under "/zpa/mgmtconfig/v2" and "/zpa/userconfig/v1".
    QString basePath;
    QByteArray method = "GET";
    // Path below the product's base path, one segment per element. Each segment is
    // percent-encoded as UTF-8, so IDs and names with '/', '?', spaces or accents are safe.
    QStringList pathSegments;
    // Query items, unencoded; ApiClient encodes them as UTF-8.
    QList<std::pair<QString, QString>> query;
    QJsonDocument body; // sent as application/json when not null
    Expect expect = Expect::AnyJson;
    int timeoutMs = 0; // 0: the client's RetryPolicy::answerTimeoutMs
    // Adds a fresh random `_=` query argument on every attempt, as ZCC's guide advises
    // against caching proxies.
    bool cacheBuster = false;

    static ApiRequest get(Product product, QStringList segments,
                          QList<std::pair<QString, QString>> query = {});
    static ApiRequest post(Product product, QStringList segments, QJsonDocument body = {});
    static ApiRequest put(Product product, QStringList segments, QJsonDocument body = {});
    static ApiRequest del(Product product, QStringList segments);

    // This request, with what its answer must be.
    ApiRequest expecting(Expect shape) const
    {
        ApiRequest request = *this;
        request.expect = shape;
        return request;
    }

    bool isRead() const { return method == "GET" || method == "HEAD"; }
    // The encoded path below the base path, starting with '/': "/users/a%2Fb".
    QString encodedPath() const;
    void setQueryItem(const QString &key, const QString &value);
};

} // namespace zc
