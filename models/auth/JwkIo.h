// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Public keys as JSON Web Keys (RFC 7517) and their thumbprints (RFC 7638), for the key
// classes. Internal to models/auth.

#include "KeyError.h"

#include <QJsonObject>
#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace zc::keys {

// {"kty","n","e"} or {"kty","crv","x","y"}, with "alg", "use":"sig" and "kid" =
// thumbprint(). Empty for an unsupported or null key.
QJsonObject publicJwk(EVP_PKEY *key);
// The SHA-256 JWK thumbprint, base64url. Empty for an unsupported or null key.
QString thumbprint(EVP_PKEY *key);
// A supported public key from a JWK's members (other members are ignored), or null with
// *error saying why.
std::shared_ptr<EVP_PKEY> publicKeyFromJwk(const QJsonObject &jwk, KeyError *error);

} // namespace zc::keys
