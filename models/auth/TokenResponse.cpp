// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TokenResponse.h"

#include "common/SafeNumbers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// RFC 6750's b64token is a subset of this; anything else (controls, spaces, CR LF, non-ASCII)
// would change the meaning of the header it is sent in.
bool isVisibleAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

} // namespace

TokenResponse TokenResponse::parse(const QByteArray &body)
{
    TokenResponse response;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue token = o.value("access_token"_L1);
    const QString type = o.value("token_type"_L1).toString(u"Bearer"_s);
    const qint64 expires = jsonWholeNumber(o.value("expires_in"_L1)).value_or(0);
    if (!token.isString() || token.toString().isEmpty() || !isVisibleAscii(token.toString()) ||
        expires <= 0 || type.compare("bearer"_L1, Qt::CaseInsensitive) != 0)
        return response;
    response.accessToken = token.toString().toLatin1();
    response.expiresInSeconds = static_cast<int>(std::min<qint64>(expires, kMaxLifetimeSeconds));
    return response;
}

} // namespace zc
