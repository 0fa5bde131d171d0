// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// JWS signatures (RS256, ES256) for the key classes. Internal to models/auth.

#include <QByteArray>

using EVP_PKEY = struct evp_pkey_st;

namespace zc::keys {

// RSASSA-PKCS1-v1_5 with SHA-256 for RSA, or ECDSA P-256 with SHA-256 in the raw 64-byte
// r||s form JWS uses (not DER). Empty on failure or for an unsupported key.
QByteArray signJws(EVP_PKEY *key, const QByteArray &data);
// Checks a signature of the form signJws() makes with the public half of `key`.
bool verifyJws(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature);

} // namespace zc::keys
