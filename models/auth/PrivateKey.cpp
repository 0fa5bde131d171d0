// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "PrivateKey.h"

#include "Credentials.h"
#include "JwkIo.h"
#include "KeyFile.h"
#include "KeySignature.h"
#include "KeyTraits.h"
#include "OsslPtr.h"
#include "PemIo.h"
#include "PublicKey.h"

namespace zc {

namespace {

EVP_PKEY *generate(const char *algorithm, int rsaBits, const char *group)
{
    const OsslPtr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return nullptr;
    if (rsaBits > 0 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), rsaBits) != 1)
        return nullptr;
    if (group && EVP_PKEY_CTX_set_group_name(ctx.get(), group) != 1)
        return nullptr;
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &key) != 1)
        return nullptr;
    return key;
}

} // namespace

PrivateKey::PrivateKey() = default;
PrivateKey::~PrivateKey() = default;
PrivateKey::PrivateKey(const PrivateKey &) = default;
PrivateKey &PrivateKey::operator=(const PrivateKey &) = default;

PrivateKey::PrivateKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{}

PrivateKey PrivateKey::fromPem(const QByteArray &pem, const QByteArray &passphrase, KeyError *error)
{
    const OsslErrorGuard guard;
    PrivateKey loaded(keys::privateKeyFromPem(pem, passphrase, error));
    if (loaded.isNull())
        return {};
    // OpenSSL loads a key whose parts disagree (a damaged file, a bad export) and signs with it;
    // only a signature its own public half verifies proves it usable. (Found by fuzzing.)
    const QByteArray probe = "zconsole key check";
    if (!PublicKey::fromPrivateKey(loaded).verify(probe, loaded.sign(probe), loaded.algorithm())) {
        setKeyError(error, KeyError::Damaged);
        return {};
    }
    return loaded;
}

PrivateKey PrivateKey::fromFile(const QString &path, const QByteArray &passphrase, KeyError *error)
{
    KeyFileContent file = KeyFileContent::read(path);
    if (file.error != KeyError::None) {
        setKeyError(error, file.error);
        return {};
    }
    PrivateKey key = fromPem(file.pem, passphrase, error);
    secureWipe(file.pem);
    return key;
}

PrivateKey PrivateKey::generateRsa(int bits)
{
    const OsslErrorGuard guard;
    if (bits < keys::MinimumRsaBits || bits > keys::MaximumRsaBits)
        return {};
    return PrivateKey(sharedKey(generate("RSA", bits, nullptr)));
}

PrivateKey PrivateKey::generateEcP256()
{
    const OsslErrorGuard guard;
    return PrivateKey(sharedKey(generate("EC", 0, "P-256")));
}

bool PrivateKey::isNull() const
{
    return !m_key;
}

KeyType PrivateKey::type() const
{
    return keys::typeOf(m_key.get());
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QString PrivateKey::algorithm() const
{
    return keys::algorithmOf(m_key.get());
}

QByteArray PrivateKey::sign(const QByteArray &data) const
{
    const OsslErrorGuard guard;
    return keys::signJws(m_key.get(), data);
}

QByteArray PrivateKey::toPem(const QByteArray &passphrase) const
{
    const OsslErrorGuard guard;
    return keys::privateKeyToPem(m_key.get(), passphrase);
}

QByteArray PrivateKey::publicKeyPem() const
{
    const OsslErrorGuard guard;
    return keys::publicKeyToPem(m_key.get());
}

QJsonObject PrivateKey::publicJwk() const
{
    const OsslErrorGuard guard;
    return keys::publicJwk(m_key.get());
}

QString PrivateKey::keyId() const
{
    const OsslErrorGuard guard;
    return keys::thumbprint(m_key.get());
}

EVP_PKEY *PrivateKey::handle() const
{
    return m_key.get();
}

} // namespace zc
