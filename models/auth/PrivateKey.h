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

// A private key usable for signing OneAPI client assertions: RSA of 2048 bits or more
// (RS256) or EC P-256 (ES256). Copies share the same OpenSSL key; the key material is
// freed with the last copy and never written anywhere but toPem().
class PrivateKey
{
public:
    PrivateKey();
    ~PrivateKey();
    PrivateKey(const PrivateKey &);
    PrivateKey &operator=(const PrivateKey &);

    // PKCS#8 ("PRIVATE KEY", "ENCRYPTED PRIVATE KEY"), PKCS#1 ("RSA PRIVATE KEY") or SEC1
    // ("EC PRIVATE KEY") PEM text.
    static PrivateKey fromPem(const QByteArray &pem, const QByteArray &passphrase = {},
                              KeyError *error = nullptr);
    // A key file read by KeyFileContent::read() (a regular file of 1 MiB at most).
    static PrivateKey fromFile(const QString &path, const QByteArray &passphrase = {},
                               KeyError *error = nullptr);
    static PrivateKey generateRsa(int bits); // 2048, 3072 or 4096
    static PrivateKey generateEcP256();

    bool isNull() const;
    KeyType type() const;
    int bits() const;          // RSA modulus size, or 256 for P-256
    QString algorithm() const; // "RS256" or "ES256"

    // The JWS signature of data: RSASSA-PKCS1-v1_5 with SHA-256 for RSA, or the raw 64-byte
    // r||s form (not DER) of ECDSA P-256 with SHA-256. Empty on failure.
    QByteArray sign(const QByteArray &data) const;

    // PKCS#8 PEM, encrypted with AES-256-CBC when a passphrase is given.
    QByteArray toPem(const QByteArray &passphrase = {}) const;
    // SubjectPublicKeyInfo PEM ("PUBLIC KEY"), ready to register in ZIdentity.
    QByteArray publicKeyPem() const;
    // The public key as a JWK (RFC 7517) with "kid" = keyId(), "use":"sig" and "alg".
    QJsonObject publicJwk() const;
    // RFC 7638 JWK thumbprint (SHA-256, base64url).
    QString keyId() const;

    EVP_PKEY *handle() const;

private:
    explicit PrivateKey(std::shared_ptr<EVP_PKEY> key);
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace zc
