// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>

#include <openssl/err.h>
#include <openssl/rand.h>

using namespace Qt::Literals::StringLiterals;

namespace zc::jwt {

namespace {

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

enum class PartError
{
    None,
    Base64,
    NotObject
};

// Parses one base64url-encoded JSON object part of a compact JWS.
PartError parseObjectPart(const QByteArray &part, QJsonObject *out)
{
    QByteArray json;
    if (!base64UrlDecode(part, &json))
        return PartError::Base64;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return PartError::NotObject;
    *out = document.object();
    return PartError::None;
}

} // namespace

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool base64UrlDecode(const QByteArray &text, QByteArray *out)
{
    if (out)
        out->clear();
    // JWS uses base64url without padding: '=', '+', '/', whitespace and anything else outside
    // the 64-character alphabet are refused, as is a length no encoder can produce.
    for (const char c : text) {
        if (!isBase64UrlCharacter(c))
            return false;
    }
    if (text.size() % 4 == 1)
        return false;
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    if (out)
        *out = std::move(*decoded);
    return true;
}

QByteArray sign(const QJsonObject &claims, const PrivateKey &key)
{
    const QString algorithm = key.algorithm();
    if (key.isNull() || algorithm.isEmpty())
        return {};
    QJsonObject header;
    header.insert(u"alg"_s, algorithm);
    header.insert(u"typ"_s, u"JWT"_s);
    const QByteArray signingInput =
        base64UrlEncode(compactJson(header)) + '.' + base64UrlEncode(compactJson(claims));
    const QByteArray signature = key.sign(signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64UrlEncode(signature);
}

Decoded decode(const QByteArray &compact)
{
    Decoded token;
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        token.error = QCoreApplication::translate(
            "zc::jwt", "The token has %n part(s); a signed JWT has exactly 3.", nullptr,
            int(parts.size()));
        return token;
    }
    if (parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        token.error =
            QCoreApplication::translate("zc::jwt", "The token's header or claims are empty.");
        return token;
    }
    switch (parseObjectPart(parts.at(0), &token.header)) {
    case PartError::None:
        break;
    case PartError::Base64:
        token.error =
            QCoreApplication::translate("zc::jwt", "The token's header is not valid base64url.");
        return token;
    case PartError::NotObject:
        token.error =
            QCoreApplication::translate("zc::jwt", "The token's header is not a JSON object.");
        return token;
    }
    switch (parseObjectPart(parts.at(1), &token.claims)) {
    case PartError::None:
        break;
    case PartError::Base64:
        token.error =
            QCoreApplication::translate("zc::jwt", "The token's claims are not valid base64url.");
        return token;
    case PartError::NotObject:
        token.error =
            QCoreApplication::translate("zc::jwt", "The token's claims are not a JSON object.");
        return token;
    }
    if (!base64UrlDecode(parts.at(2), &token.signature)) {
        token.error =
            QCoreApplication::translate("zc::jwt", "The token's signature is not valid base64url.");
        return token;
    }
    if (!token.header.value(u"alg"_s).isString()) {
        token.error = QCoreApplication::translate("zc::jwt", "The token's header has no \"alg\".");
        return token;
    }
    token.signingInput = parts.at(0) + '.' + parts.at(1);
    return token;
}

bool verify(const Decoded &token, const PublicKey &key)
{
    if (!token.isValid() || key.isNull() || token.signature.isEmpty())
        return false;
    const QString algorithm = token.header.value(u"alg"_s).toString();
    if (algorithm.isEmpty() || algorithm != key.algorithm())
        return false;
    return key.verify(token.signingInput, token.signature, algorithm);
}

} // namespace zc::jwt

namespace zc {

QByteArray buildClientAssertion(const PrivateKey &key, const QString &clientId,
                                const QString &audience, const QDateTime &now, int lifetimeSeconds)
{
    if (key.isNull() || clientId.isEmpty() || audience.isEmpty() || !now.isValid() ||
        lifetimeSeconds <= 0)
        return {};
    QByteArray nonce(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()),
                   static_cast<int>(nonce.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    const qint64 issuedAt = now.toSecsSinceEpoch();
    QJsonObject claims;
    claims.insert(u"iss"_s, clientId);
    claims.insert(u"sub"_s, clientId);
    claims.insert(u"aud"_s, audience);
    claims.insert(u"iat"_s, issuedAt);
    claims.insert(u"exp"_s, issuedAt + lifetimeSeconds);
    claims.insert(u"jti"_s, QString::fromLatin1(jwt::base64UrlEncode(nonce)));
    return jwt::sign(claims, key);
}

} // namespace zc
