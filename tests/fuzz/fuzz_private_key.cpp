// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Private-key import, through PrivateKey's public API only: PEM (PKCS#8, encrypted PKCS#8,
// PKCS#1, SEC1), with and without a passphrase, and public keys as PEM and as JWK. A key that
// loads must sign, and its public half must verify the signature.
#include "FuzzSupport.h"
#include "auth/PrivateKey.h"
#include "auth/PublicKey.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = zc::fuzz::bytes(data, size);

    for (const QByteArray &passphrase : {QByteArray(), QByteArray("zconsole-fuzz")}) {
        zc::KeyError error = zc::KeyError::None;
        const zc::PrivateKey key = zc::PrivateKey::fromPem(input, passphrase, &error);
        ZC_FUZZ_CHECK(key.isNull() == (error != zc::KeyError::None));
        ZC_FUZZ_CHECK(!zc::keyErrorMessage(error).isEmpty() || error == zc::KeyError::None);
        if (key.isNull())
            continue;
        ZC_FUZZ_CHECK(key.type() == zc::KeyType::Rsa || key.type() == zc::KeyType::EcP256);
        const QByteArray signature = key.sign("header.claims");
        ZC_FUZZ_CHECK(!signature.isEmpty());
        const zc::PublicKey publicKey = zc::PublicKey::fromPrivateKey(key);
        ZC_FUZZ_CHECK(publicKey.verify("header.claims", signature, key.algorithm()));
        ZC_FUZZ_CHECK(publicKey.keyId() == key.keyId());
        ZC_FUZZ_CHECK(!zc::PublicKey::fromJwk(key.publicJwk()).isNull());
    }

    zc::KeyError error = zc::KeyError::None;
    const zc::PublicKey fromPem = zc::PublicKey::fromPem(input, &error);
    ZC_FUZZ_CHECK(fromPem.isNull() == (error != zc::KeyError::None));
    const zc::PublicKey fromJwk = zc::PublicKey::fromJwk(zc::fuzz::json(input).object(), &error);
    if (!fromJwk.isNull())
        ZC_FUZZ_CHECK(!fromJwk.verify("header.claims", "not a signature", fromJwk.algorithm()));
    return 0;
}
