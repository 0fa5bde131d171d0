// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QList>
#include <QNetworkReply>
#include <QPair>

namespace zc {

// The transport-level failure of a reply (no HTTP answer, TLS refused, connection lost),
// or Kind::None when an HTTP answer arrived, whatever its status.
ApiError transportError(const QNetworkReply *reply, bool timedOut);
// True for failures where the server may never have seen the request or dropped it midway.
bool isConnectionLost(QNetworkReply::NetworkError error);

// Reads server code and message from the usual OneAPI error bodies:
// {"code","message"} (ZIA, ZTW, gateway), {"id","reason"} (ZPA), {"error","error_description"}
// (OAuth), {"message"} alone.
void readServerError(const QByteArray &body, ApiError *error);

QList<QPair<QByteArray, QByteArray>> rawHeaders(const QNetworkReply *reply);

} // namespace zc
