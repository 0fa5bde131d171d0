// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeyTraits.h"

#include <openssl/bn.h>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace zc::keys {

namespace {

bool isP256(EVP_PKEY *key)
{
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof(name), &length) != 1)
        return false;
    const QByteArray group(name, static_cast<qsizetype>(length));
    return group == "prime256v1" || group == "P-256" || group == "secp256r1";
}

} // namespace

KeyType typeOf(EVP_PKEY *key)
{
    if (!key)
        return KeyType::None;
    if (EVP_PKEY_is_a(key, "RSA"))
        return KeyType::Rsa;
    if (EVP_PKEY_is_a(key, "EC") && isP256(key))
        return KeyType::EcP256;
    return KeyType::None;
}

KeyError checkSupported(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA"))
        return EVP_PKEY_get_bits(key) < MinimumRsaBits ? KeyError::RsaTooShort : KeyError::None;
    if (EVP_PKEY_is_a(key, "EC"))
        return isP256(key) ? KeyError::None : KeyError::UnsupportedCurve;
    return KeyError::UnsupportedType;
}

std::shared_ptr<EVP_PKEY> acceptSupported(std::shared_ptr<EVP_PKEY> key, KeyError *error)
{
    const KeyError support = checkSupported(key.get());
    setKeyError(error, support);
    return support == KeyError::None ? key : std::shared_ptr<EVP_PKEY>();
}

QString algorithmOf(EVP_PKEY *key)
{
    switch (typeOf(key)) {
    case KeyType::Rsa:
        return u"RS256"_s;
    case KeyType::EcP256:
        return u"ES256"_s;
    case KeyType::None:
        break;
    }
    return {};
}

QByteArray bnToBytes(const BIGNUM *bn, int padTo)
{
    if (!bn)
        return {};
    const int length = padTo > 0 ? padTo : BN_num_bytes(bn);
    QByteArray out(length, '\0');
    auto *data = reinterpret_cast<unsigned char *>(out.data());
    const int written = padTo > 0 ? BN_bn2binpad(bn, data, padTo) : BN_bn2bin(bn, data);
    if (written != length)
        return {};
    return out;
}

} // namespace zc::keys
