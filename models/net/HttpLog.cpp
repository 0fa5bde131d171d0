// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "HttpLog.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcAuth, "zconsole.auth")
Q_LOGGING_CATEGORY(lcNet, "zconsole.net")
Q_LOGGING_CATEGORY(lcRate, "zconsole.ratelimit")

using namespace Qt::Literals::StringLiterals;

namespace zc {

QString redactedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const qsizetype space = value.indexOf(' ');
        return (space > 0 ? value.left(space) + ' ' : QByteArray()) + "<redacted>";
    }
    if (lower == "cookie" || lower == "set-cookie")
        return "<redacted>";
    return value;
}

QString waitMessage(Product product, int seconds, WaitReason reason)
{
    const QString name = productName(product);
    switch (reason) {
    case WaitReason::ClientRateLimit:
        return QCoreApplication::translate("zc::HttpLog",
                                           "Keeping under %1's rate limit: next request in %2 s.")
            .arg(name)
            .arg(seconds);
    case WaitReason::ServerRateLimit:
        return QCoreApplication::translate("zc::HttpLog", "Rate limited by %1, retrying in %2 s.")
            .arg(name)
            .arg(seconds);
    case WaitReason::ServiceUnavailable:
        return QCoreApplication::translate("zc::HttpLog",
                                           "%1 is temporarily unavailable, retrying in %2 s.")
            .arg(name)
            .arg(seconds);
    case WaitReason::ServerError:
        return QCoreApplication::translate("zc::HttpLog",
                                           "%1 answered with a server error, retrying in %2 s.")
            .arg(name)
            .arg(seconds);
    case WaitReason::EditLock:
        return QCoreApplication::translate(
                   "zc::HttpLog", "%1 is locked by another administrator's edit, retrying in %2 s.")
            .arg(name)
            .arg(seconds);
    case WaitReason::ConnectionLost:
        return QCoreApplication::translate("zc::HttpLog",
                                           "The connection to %1 was lost, retrying in %2 s.")
            .arg(name)
            .arg(seconds);
    }
    return {};
}

} // namespace zc
