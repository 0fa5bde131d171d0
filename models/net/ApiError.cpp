// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiError.h"

#include "common/EnumKey.h"
#include "common/Translations.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::ApiError)
};
} // namespace

ApiError ApiError::make(Kind kind, QString detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = std::move(detail);
    return error;
}

QString ApiError::kindKey(Kind kind)
{
    return enumKey(kind, u"unknown"_s);
}

QString ApiError::message() const
{
    // Sign-in failures name ZIdentity, where the token endpoint lives; "OneAPI" reads well at
    // the start and in the middle of a sentence.
    const QString who = duringSignIn ? u"ZIdentity"_s
                        : product    ? productName(*product)
                                     : u"OneAPI"_s;
    QString sentence;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (!proxy.isEmpty())
            sentence = Tr::tr("Could not reach %1 through the proxy %2. Check the proxy settings "
                              "and the network connection.")
                           .arg(who, proxy);
        else
            sentence = duringSignIn
                           ? Tr::tr("Could not reach ZIdentity to sign in. Check the network "
                                    "connection, the vanity domain and the token URL.")
                           : Tr::tr("Could not reach %1. Check the network connection and the API "
                                    "URL.")
                                 .arg(who);
        break;
    case Kind::Tls:
        sentence = Tr::tr("The secure connection to %1 failed: its certificate is not trusted. "
                          "Check the system time and the CA file in the connection settings.")
                       .arg(who);
        break;
    case Kind::Timeout:
        sentence = Tr::tr("%1 did not answer in time. Try again later.").arg(who);
        break;
    case Kind::Authentication:
        sentence = Tr::tr("Sign-in at ZIdentity failed. Check the client ID, the secret or key, "
                          "and the vanity domain.");
        break;
    case Kind::Forbidden:
        sentence = Tr::tr("%1 refused the request: this API client is not entitled to it or lacks "
                          "the scope. An administrator can grant it in ZIdentity.")
                       .arg(who);
        break;
    case Kind::ReadOnly:
        sentence = Tr::tr("%1 is in read-only mode for maintenance: changes are refused until it "
                          "ends. Reading still works.")
                       .arg(who);
        break;
    case Kind::NotFound:
        sentence = Tr::tr("%1 does not know this item; it may have been deleted.").arg(who);
        break;
    case Kind::EditLock:
        sentence = Tr::tr("%1 is locked by another administrator's edit. Try again in a few "
                          "seconds.")
                       .arg(who);
        break;
    case Kind::RateLimited:
        sentence = retryAfterSeconds > 0
                       ? Tr::tr("%1 is rate limiting this client and asks to wait %2 s; gave up.")
                             .arg(who)
                             .arg(retryAfterSeconds)
                       : Tr::tr("%1 is rate limiting this client; gave up after several retries.")
                             .arg(who);
        break;
    case Kind::Server:
        sentence =
            retryAfterSeconds > 0
                ? Tr::tr("%1 answered with an error (HTTP %2) and asks to wait %3 s; gave up.")
                      .arg(who)
                      .arg(httpStatus)
                      .arg(retryAfterSeconds)
                : Tr::tr("%1 answered with an error (HTTP %2).").arg(who).arg(httpStatus);
        break;
    case Kind::BadResponse:
        sentence = Tr::tr("%1 sent an answer that could not be read.").arg(who);
        break;
    case Kind::Cancelled:
        sentence = Tr::tr("Cancelled.");
        break;
    case Kind::InvalidInput:
        sentence = detail.isEmpty() ? Tr::tr("The request is not valid.") : detail;
        return sentence;
    case Kind::EndlessPaging:
        return detail;
    case Kind::ProxyAuthentication: {
        // The proxy refused, not ZIdentity or the API: the request never reached them.
        const QString name = proxy.isEmpty() ? Tr::tr("in use") : proxy;
        sentence = proxyCredentialsGiven
                       ? Tr::tr("The proxy %1 refused the user name and password set for it "
                                "(HTTP 407), so the request did not reach %2. Check the proxy "
                                "user and password.")
                             .arg(name, who)
                       : Tr::tr("The proxy %1 asks for a user name and password (HTTP 407), and "
                                "none are set for it, so the request did not reach %2. Set the "
                                "proxy user and password.")
                             .arg(name, who);
        return sentence;
    }
    }
    if (!serverMessage.isEmpty())
        sentence = joinSentences(sentence, Tr::tr("Server says: %1").arg(serverMessage));
    else if (!serverCode.isEmpty())
        sentence = joinSentences(sentence, Tr::tr("Server code: %1").arg(serverCode));
    if (!requestId.isEmpty())
        sentence = joinSentences(sentence, Tr::tr("(request ID %1)").arg(requestId));
    return sentence;
}

} // namespace zc
