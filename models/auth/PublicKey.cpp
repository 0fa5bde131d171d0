// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "PublicKey.h"

#include "JwkIo.h"
#include "KeySignature.h"
#include "KeyTraits.h"
#include "OsslPtr.h"
#include "PemIo.h"
#include "PrivateKey.h"

#include <openssl/x509.h>

namespace zc {

PublicKey::PublicKey() = default;
PublicKey::~PublicKey() = default;
PublicKey::PublicKey(const PublicKey &) = default;
PublicKey &PublicKey::operator=(const PublicKey &) = default;

PublicKey::PublicKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{}

PublicKey PublicKey::fromPem(const QByteArray &pem, KeyError *error)
{
    const OsslErrorGuard guard;
    return PublicKey(keys::publicKeyFromPem(pem, error));
}

PublicKey PublicKey::fromJwk(const QJsonObject &jwk, KeyError *error)
{
    const OsslErrorGuard guard;
    return PublicKey(keys::publicKeyFromJwk(jwk, error));
}

PublicKey PublicKey::fromPrivateKey(const PrivateKey &key)
{
    const OsslErrorGuard guard;
    if (key.isNull())
        return {};
    // Copy only the public half, so that the private material is not kept alive by verifiers.
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key.handle(), &der);
    if (length <= 0 || !der)
        return {};
    const unsigned char *p = der;
    std::shared_ptr<EVP_PKEY> publicKey = sharedKey(d2i_PUBKEY(nullptr, &p, length));
    OPENSSL_free(der);
    return PublicKey(std::move(publicKey));
}

bool PublicKey::isNull() const
{
    return !m_key;
}

KeyType PublicKey::type() const
{
    return keys::typeOf(m_key.get());
}

QString PublicKey::algorithm() const
{
    return keys::algorithmOf(m_key.get());
}

QString PublicKey::keyId() const
{
    const OsslErrorGuard guard;
    return keys::thumbprint(m_key.get());
}

bool PublicKey::verify(const QByteArray &data, const QByteArray &signature,
                       const QString &algorithm) const
{
    const OsslErrorGuard guard;
    if (!m_key || algorithm != keys::algorithmOf(m_key.get()))
        return false;
    return keys::verifyJws(m_key.get(), data, signature);
}

} // namespace zc
