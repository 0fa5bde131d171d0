// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiPath.h"
#include "net/ApiRequest.h"
#include "net/Pager.h"
#include "oneapi/ConnectionSettings.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace zc {

// Any OneAPI request as the explorer (page and `zconsole-cli api`) describes it: a method, a
// full path, query items and a JSON body as text. build() checks it and turns it into the
// engine's ApiRequest, so that it travels with the product's limiter, retries, read-only
// handling and, with `paginate`, its paging style.
struct ApiCall
{
    QByteArray method = "GET";
    QString path; // full path from the product's base path, may hold {customerId}
    QList<std::pair<QString, QString>> query;
    QByteArray body; // JSON text; empty: no body
    bool paginate = false;

    // What build() makes of a call.
    struct Built
    {
        ApiRequest request;
        PageStyle style = PageStyle::Zia;
        int pageSize = 0;
        QString recordsKey; // where the records of a page are, for object-shaped pages
    };

    // The methods the explorer sends.
    static QStringList methods();
    bool isWrite() const;

    // A request ready to send, or false with a translated sentence in *error: unknown method,
    // path outside the six products, malformed JSON body, a body on a GET, paging on a write.
    bool build(const ConnectionSettings &settings, Built *out, QString *error) const;

    // The body parsed, or false with a sentence naming the line and column of the mistake.
    static bool parseBody(const QByteArray &text, QJsonDocument *out, QString *error);
    // "KEY=VALUE" (the value may be empty, or hold '='). False when there is no '=' or no key.
    static bool parseQueryItem(const QString &text, std::pair<QString, QString> *out);
};

// The paging style of each product's lists (ZTW pages as ZIA does).
PageStyle pageStyleOf(Product product);

} // namespace zc
