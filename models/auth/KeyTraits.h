// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What an OpenSSL key is, for the key classes: its type, whether OneAPI accepts it, its JWS
// algorithm. Internal to models/auth.

#include "KeyError.h"

#include <QByteArray>
#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;
using BIGNUM = struct bignum_st;

namespace zc::keys {

inline constexpr int MinimumRsaBits = 2048;
inline constexpr int MaximumRsaBits = 16384;
inline constexpr int P256FieldBytes = 32;

// Rsa, EcP256, or None for every other key (and for null).
KeyType typeOf(EVP_PKEY *key);
// RSA of 2048 bits or more, or EC P-256; everything else is refused with its reason.
KeyError checkSupported(EVP_PKEY *key);
// The key when OneAPI accepts it, else null; *error says why (None when accepted).
std::shared_ptr<EVP_PKEY> acceptSupported(std::shared_ptr<EVP_PKEY> key, KeyError *error);
// "RS256", "ES256", or empty.
QString algorithmOf(EVP_PKEY *key);

// The big-endian bytes of a number, left-padded with zeros to padTo bytes when given.
// Empty when it does not fit.
QByteArray bnToBytes(const BIGNUM *bn, int padTo = 0);

} // namespace zc::keys
