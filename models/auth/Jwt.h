// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PrivateKey.h"
#include "PublicKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace zc::jwt {

QByteArray base64UrlEncode(const QByteArray &data);
// Returns false (and leaves *out empty) on characters outside the base64url alphabet.
bool base64UrlDecode(const QByteArray &text, QByteArray *out);

// Compact JWS: base64url(header).base64url(claims).base64url(signature). The header gets
// "alg" from the key and "typ":"JWT". Empty when signing fails.
QByteArray sign(const QJsonObject &claims, const PrivateKey &key);

struct Decoded
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // the first two parts, as signed
    QByteArray signature;    // decoded third part
    QString error;           // empty when the token could be split and parsed
    bool isValid() const { return error.isEmpty(); }
};

// Splits and parses a compact JWS without checking the signature.
Decoded decode(const QByteArray &compact);
// Checks the signature of a decoded token with the header's "alg" against the key.
bool verify(const Decoded &token, const PublicKey &key);

} // namespace zc::jwt

namespace zc {

// The client assertion of RFC 7523 for OneAPI's private-key JWT sign-in: header
// {"alg":"RS256"|"ES256","typ":"JWT"}; claims iss = sub = clientId, aud, iat = now,
// exp = now + lifetime, and a random jti (128 bits, base64url). Empty when signing fails.
QByteArray buildClientAssertion(const PrivateKey &key, const QString &clientId,
                                const QString &audience,
                                const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                int lifetimeSeconds = 300);

} // namespace zc
