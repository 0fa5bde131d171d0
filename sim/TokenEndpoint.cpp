// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TokenEndpoint.h"

#include "SimState.h"
#include "auth/Jwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

HttpResponse oauthError(const QString &error, const QString &description)
{
    HttpResponse response = HttpResponse::json(
        400, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

HttpResponse invalidRequest(const QString &description)
{
    return oauthError(u"invalid_request"_s, description);
}

HttpResponse invalidClient(const QString &description)
{
    return oauthError(u"invalid_client"_s, description);
}

HttpResponse invalidGrant(const QString &description)
{
    return oauthError(u"invalid_grant"_s, description);
}

// application/x-www-form-urlencoded: '+' is a space, %XX an octet, UTF-8 text.
QString formDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

// Parses the form; false when a parameter appears twice (RFC 6749 section 3.2).
bool parseForm(const QByteArray &body, QHash<QString, QString> *out, QString *duplicate)
{
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = formDecode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : formDecode(pair.mid(eq + 1));
        if (out->contains(name)) {
            *duplicate = name;
            return false;
        }
        out->insert(name, value);
    }
    return true;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString stripTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace

TokenEndpoint::TokenEndpoint(SimState &state)
    : m_state(state)
{}

HttpResponse TokenEndpoint::handle(const SimRequest &request)
{
    if (request.method != "POST") {
        HttpResponse response = invalidRequest(u"The token endpoint accepts POST only."_s);
        response.status = 405;
        response.setHeader("Allow", "POST");
        return response;
    }
    const QByteArray contentType = request.header("content-type").trimmed().toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return invalidRequest(
            u"The token request must be sent as application/x-www-form-urlencoded."_s);

    QHash<QString, QString> form;
    QString duplicate;
    if (!parseForm(request.body, &form, &duplicate))
        return invalidRequest(u"The parameter %1 was sent more than once."_s.arg(duplicate));

    if (!form.contains(u"grant_type"_s))
        return invalidRequest(u"The grant_type parameter is required."_s);
    if (form.value(u"grant_type"_s) != "client_credentials"_L1)
        return oauthError(u"unsupported_grant_type"_s,
                          u"Only the client_credentials grant is supported."_s);
    if (!form.contains(u"audience"_s))
        return invalidRequest(u"The audience parameter is required."_s);
    if (form.value(u"audience"_s) != QLatin1StringView(apiAudience))
        return oauthError(u"invalid_target"_s,
                          u"The audience must be %1."_s.arg(QLatin1StringView(apiAudience)));

    // Which client authentication methods were used: exactly one is allowed.
    const QByteArray authorization = request.header("authorization").trimmed();
    bool hasBasic = false;
    QString basicId;
    QByteArray basicSecret;
    if (!authorization.isEmpty()) {
        if (!authorization.toLower().startsWith("basic "))
            return invalidClient(
                u"Only HTTP Basic client authentication is accepted in the Authorization "
                "header."_s);
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0)
            return invalidClient(u"The Basic credentials are malformed."_s);
        hasBasic = true;
        basicId = QString::fromUtf8(decoded.decoded.left(colon));
        basicSecret = decoded.decoded.mid(colon + 1);
    }
    const bool hasFormSecret = form.contains(u"client_secret"_s);
    const bool hasAssertion =
        form.contains(u"client_assertion"_s) || form.contains(u"client_assertion_type"_s);
    const int methods = int(hasBasic) + int(hasFormSecret) + int(hasAssertion);
    if (methods > 1)
        return invalidRequest(u"The request uses more than one client authentication method; "
                              "send the client secret either by HTTP Basic or in the form, or "
                              "a client assertion, not several."_s);
    if (methods == 0)
        return invalidClient(u"Client authentication is missing."_s);

    const QString formClientId = form.value(u"client_id"_s);
    if (hasAssertion) {
        if (form.value(u"client_assertion_type"_s) != QLatin1StringView(assertionType))
            return invalidRequest(
                u"The client_assertion_type must be %1."_s.arg(QLatin1StringView(assertionType)));
        if (form.value(u"client_assertion"_s).isEmpty())
            return invalidRequest(u"The client_assertion parameter is required."_s);
        return authenticateWithAssertion(formClientId, form.value(u"client_assertion"_s).toUtf8());
    }

    QString clientId;
    QByteArray secret;
    if (hasBasic) {
        if (form.contains(u"client_id"_s) && formClientId != basicId)
            return invalidRequest(
                u"The client_id parameter does not match the Basic credentials."_s);
        clientId = basicId;
        secret = basicSecret;
    } else {
        if (formClientId.isEmpty())
            return invalidRequest(u"The client_id parameter is required."_s);
        clientId = formClientId;
        secret = form.value(u"client_secret"_s).toUtf8();
    }
    const SimState::Client *client = m_state.client(clientId);
    if (!client)
        return invalidClient(u"Client authentication failed: unknown client."_s);
    if (client->client.clientSecret.isEmpty())
        return invalidClient(u"Client secret authentication is not enabled for this client."_s);
    if (!constantTimeEquals(secret, client->client.clientSecret))
        return invalidClient(u"Client authentication failed: the client secret is wrong."_s);
    return issue(clientId);
}

HttpResponse TokenEndpoint::authenticateWithAssertion(const QString &formClientId,
                                                      const QByteArray &assertion)
{
    const jwt::Decoded token = jwt::decode(assertion);
    if (!token.isValid())
        return invalidClient(u"The client assertion is not a well-formed signed JWT."_s);

    const QString iss = token.claims.value(u"iss"_s).toString();
    const QString sub = token.claims.value(u"sub"_s).toString();
    const QString clientId = formClientId.isEmpty() ? iss : formClientId;
    if (clientId.isEmpty() || iss != clientId || sub != clientId)
        return invalidClient(u"The assertion's iss and sub claims must both be the client ID."_s);

    const SimState::Client *client = m_state.client(clientId);
    if (!client)
        return invalidClient(u"Client authentication failed: unknown client."_s);
    if (client->publicKey.isNull())
        return invalidClient(u"Private key JWT authentication is not enabled for this client."_s);

    if (token.header.value(u"typ"_s).toString() != "JWT"_L1)
        return invalidClient(u"The assertion header must have \"typ\": \"JWT\"."_s);
    const QString alg = token.header.value(u"alg"_s).toString();
    if (alg != "RS256"_L1 && alg != "ES256"_L1)
        return invalidClient(u"The assertion must be signed with RS256 or ES256."_s);
    if (alg != client->publicKey.algorithm())
        return invalidClient(
            u"The assertion is signed with %1 but the registered key is for %2."_s.arg(
                alg, client->publicKey.algorithm()));
    if (!jwt::verify(token, client->publicKey))
        return invalidClient(
            u"The assertion signature does not verify with the registered public key."_s);

    // The audience: the simulator's own base URL (as the seed documents) or the API audience
    // (as the official SDKs send). A string or an array of strings.
    QStringList accepted = m_identityBaseUrls;
    accepted.append(QLatin1StringView(apiAudience));
    for (QString &url : accepted)
        url = stripTrailingSlash(url);
    const QJsonValue aud = token.claims.value(u"aud"_s);
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        const QJsonArray array = aud.toArray();
        for (const QJsonValue &v : array)
            audiences.append(v.toString());
    }
    bool audienceOk = false;
    for (const QString &a : std::as_const(audiences))
        audienceOk = audienceOk || accepted.contains(stripTrailingSlash(a));
    if (!audienceOk)
        return invalidGrant(u"The assertion's aud claim must be this ZIdentity's base URL or "
                            "https://api.zscaler.com."_s);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonValue iatValue = token.claims.value(u"iat"_s);
    const QJsonValue expValue = token.claims.value(u"exp"_s);
    if (!iatValue.isDouble() || !expValue.isDouble())
        return invalidGrant(u"The assertion must carry numeric iat and exp claims."_s);
    const qint64 iat = iatValue.toInteger(qint64(iatValue.toDouble()));
    const qint64 exp = expValue.toInteger(qint64(expValue.toDouble()));
    if (iat > now + allowedSkewSeconds)
        return invalidGrant(u"The assertion was issued in the future (iat); check the clock."_s);
    if (exp <= now)
        return invalidGrant(u"The assertion has expired (exp)."_s);
    if (exp - iat > maxAssertionLifetimeSeconds)
        return invalidGrant(u"The assertion's lifetime (exp - iat) exceeds one hour."_s);
    const QJsonValue nbf = token.claims.value(u"nbf"_s);
    if (nbf.isDouble() && qint64(nbf.toDouble()) > now + allowedSkewSeconds)
        return invalidGrant(u"The assertion is not valid yet (nbf)."_s);

    const QString jti = token.claims.value(u"jti"_s).toString();
    if (jti.isEmpty())
        return invalidGrant(u"The assertion must carry a jti claim."_s);
    if (!m_state.rememberAssertionId(clientId, jti, exp))
        return invalidGrant(u"The assertion was already used (replayed jti)."_s);

    return issue(clientId);
}

HttpResponse TokenEndpoint::issue(const QString &clientId)
{
    int lifetime = 0;
    const QByteArray accessToken = m_state.issueToken(clientId, &lifetime);
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{
                                    {u"access_token"_s, QString::fromLatin1(accessToken)},
                                    {u"token_type"_s, u"Bearer"_s},
                                    {u"expires_in"_s, lifetime},
                                });
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

} // namespace zc::sim
