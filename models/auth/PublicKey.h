// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace zc {

class PrivateKey;

// A public key that verifies JWS signatures, as the simulator's token endpoint does: RSA of
// 2048 bits or more (RS256) or EC P-256 (ES256). Copies share the same OpenSSL key.
class PublicKey
{
public:
    PublicKey();
    ~PublicKey();
    PublicKey(const PublicKey &);
    PublicKey &operator=(const PublicKey &);

    static PublicKey fromPem(const QByteArray &pem, KeyError *error = nullptr);
    static PublicKey fromJwk(const QJsonObject &jwk, KeyError *error = nullptr);
    static PublicKey fromPrivateKey(const PrivateKey &key);

    bool isNull() const;
    KeyType type() const;
    QString algorithm() const;
    // RFC 7638 JWK thumbprint (SHA-256, base64url), equal to PrivateKey::keyId() of the pair.
    QString keyId() const;

    // Verifies a JWS signature (RS256, or ES256 in raw r||s form). False when the algorithm
    // does not match the key type.
    bool verify(const QByteArray &data, const QByteArray &signature,
                const QString &algorithm) const;

private:
    explicit PublicKey(std::shared_ptr<EVP_PKEY> key);
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace zc
