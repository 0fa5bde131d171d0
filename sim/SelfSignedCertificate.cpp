// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SelfSignedCertificate.h"

#include "auth/Credentials.h"
#include "auth/OsslPtr.h"
#include "auth/PemIo.h"
#include "auth/PrivateKey.h"

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace zc::sim {

namespace {

constexpr long NotBeforeOffsetSeconds = -60L * 60;   // one hour of clock skew
constexpr long ValiditySeconds = 30L * 24 * 60 * 60; // 30 days
constexpr int SerialBytes = 16;

bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[SerialBytes];
    if (RAND_bytes(bytes, sizeof(bytes)) != 1)
        return false;
    bytes[0] &= 0x7f; // positive, and at most 20 octets once DER-encoded
    bytes[0] |= 0x01; // never zero
    const OsslPtr<BIGNUM> serial(BN_bin2bn(bytes, sizeof(bytes), nullptr));
    if (!serial)
        return false;
    return BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    const OsslPtr<X509_EXTENSION> extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

SelfSignedIdentity generateSelfSignedIdentity(const QString &commonName)
{
    const OsslErrorGuard guard;
    const PrivateKey key = PrivateKey::generateEcP256();
    const OsslPtr<X509> certificate(X509_new());
    if (key.isNull() || !certificate)
        return SelfSignedIdentity();

    X509 *x509 = certificate.get();
    if (X509_set_version(x509, X509_VERSION_3) != 1 || !setRandomSerial(x509) ||
        !X509_gmtime_adj(X509_getm_notBefore(x509), NotBeforeOffsetSeconds) ||
        !X509_gmtime_adj(X509_getm_notAfter(x509), ValiditySeconds) ||
        X509_set_pubkey(x509, key.handle()) != 1)
        return SelfSignedIdentity();

    X509_NAME *name = X509_get_subject_name(x509);
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("ZConsole"), -1, -1,
                                   0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()),
                                   static_cast<int>(cn.size()), -1, 0) != 1 ||
        X509_set_issuer_name(x509, name) != 1)
        return SelfSignedIdentity();

    X509V3_CTX context;
    X509V3_set_ctx(&context, x509, x509, nullptr, nullptr, 0);
    if (!addExtension(x509, &context, NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(x509, &context, NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExtension(x509, &context, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1") ||
        !addExtension(x509, &context, NID_subject_key_identifier, "hash") ||
        !addExtension(x509, &context, NID_authority_key_identifier, "keyid:always"))
        return SelfSignedIdentity();

    if (X509_sign(x509, key.handle(), EVP_sha256()) <= 0)
        return SelfSignedIdentity();

    SelfSignedIdentity identity;
    {
        const OsslPtr<BIO> bio(BIO_new(BIO_s_mem()));
        if (!bio || PEM_write_bio_X509(bio.get(), x509) != 1)
            return SelfSignedIdentity();
        identity.certificatePem = keys::bioContents(bio.get());
    }
    {
        // The key's PEM (PKCS#8) lives only in a cleansing BIO and in this array, wiped below.
        QByteArray keyPem = key.toPem();
        identity.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        secureWipe(keyPem);
    }
    identity.certificate = QSslCertificate(identity.certificatePem, QSsl::Pem);
    if (identity.certificate.isNull() || identity.key.isNull())
        return SelfSignedIdentity();
    return identity;
}

} // namespace zc::sim
