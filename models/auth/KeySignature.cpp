// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeySignature.h"

#include "KeyTraits.h"
#include "OsslPtr.h"

#include <openssl/rsa.h>

namespace zc::keys {

namespace {

QByteArray derEcdsaToRaw(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const OsslPtr<ECDSA_SIG> sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    const QByteArray rBytes = bnToBytes(r, P256FieldBytes);
    const QByteArray sBytes = bnToBytes(s, P256FieldBytes);
    if (rBytes.size() != P256FieldBytes || sBytes.size() != P256FieldBytes)
        return {};
    return rBytes + sBytes;
}

QByteArray rawEcdsaToDer(const QByteArray &raw)
{
    if (raw.size() != 2 * P256FieldBytes)
        return {};
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    OsslPtr<BIGNUM> r(BN_bin2bn(bytes, P256FieldBytes, nullptr));
    OsslPtr<BIGNUM> s(BN_bin2bn(bytes + P256FieldBytes, P256FieldBytes, nullptr));
    const OsslPtr<ECDSA_SIG> sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    r.release(); // owned by sig now
    s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return {};
    return der;
}

// SHA-256, and PKCS#1 v1.5 padding for RSA (OpenSSL's default, set so it never changes).
bool setUp(EVP_PKEY_CTX *pctx, KeyType type)
{
    return type != KeyType::Rsa || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1;
}

} // namespace

QByteArray signJws(EVP_PKEY *key, const QByteArray &data)
{
    const KeyType type = typeOf(key);
    if (type == KeyType::None)
        return {};
    const OsslPtr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key) != 1 ||
        !setUp(pctx, type))
        return {};
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    const auto inputLength = static_cast<size_t>(data.size());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, input, inputLength) != 1 || length == 0)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       input, inputLength) != 1)
        return {};
    signature.truncate(static_cast<qsizetype>(length));
    return type == KeyType::EcP256 ? derEcdsaToRaw(signature) : signature;
}

bool verifyJws(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature)
{
    const KeyType type = typeOf(key);
    QByteArray encoded;
    if (type == KeyType::EcP256)
        encoded = rawEcdsaToDer(signature); // checks the 64-byte size
    else if (type == KeyType::Rsa && signature.size() == EVP_PKEY_get_size(key))
        encoded = signature;
    if (encoded.isEmpty())
        return false;

    const OsslPtr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key) != 1 ||
        !setUp(pctx, type))
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(encoded.constData()),
                            static_cast<size_t>(encoded.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()),
                            static_cast<size_t>(data.size())) == 1;
}

} // namespace zc::keys
