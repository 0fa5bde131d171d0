// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HeaderFields.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace zc::sim {

// The parts of an HTTP request the simulator's handlers look at, made by HttpConnection from
// the parsed request, so that handlers can be tested and kept free of the server.
struct SimRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, without the query
    QUrlQuery query;
    HeaderFields headers;
    QByteArray body;
    QHostAddress remoteAddress;

    // The first header named `name` (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    bool hasHeader(QByteArrayView name) const { return sim::hasHeader(headers, name); }
    bool isRead() const { return method == "GET" || method == "HEAD"; }
};

} // namespace zc::sim
