// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HeaderFields.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace zc::sim {

// A complete HTTP/1.1 answer before it is written: status, headers and body. Content-Length
// is not a header here: RawHttpWriter adds it (and may lie about it on purpose).
struct HttpResponse
{
    int status = 200;
    HeaderFields headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    // The same as json(status, object with `arrayKey` holding the elements), byte for byte,
    // from elements already serialized compactly: a page of records serialized once each.
    static HttpResponse json(int status, QJsonObject object, const QString &arrayKey,
                             const QByteArrayList &compactElements);
    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    // {"code": code, "message": message}, the shape of ZIA, ZTW and gateway errors.
    static HttpResponse error(int status, const QString &code, const QString &message);
    // The gateway's 400 INVALID_INPUT_ARGUMENT and 404 RESOURCE_NOT_FOUND in that shape.
    static HttpResponse invalidInput(const QString &message);
    static HttpResponse notFound(const QString &message);

    // Replaces any header of that name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
    void addHeaders(const HeaderFields &more);
    QByteArray header(QByteArrayView name) const;
};

// "OK", "Not Found", ... for the status line.
QByteArray reasonPhrase(int status);

} // namespace zc::sim
