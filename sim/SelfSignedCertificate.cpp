// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SelfSignedCertificate.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace zc::sim {

namespace {

constexpr long NotBeforeOffsetSeconds = -60L * 60;   // one hour of clock skew
constexpr long ValiditySeconds = 30L * 24 * 60 * 60; // 30 days
constexpr int SerialBytes = 16;

struct Deleter
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template<typename T> using Ptr = std::unique_ptr<T, Deleter>;

struct ErrorQueueGuard
{
    ErrorQueueGuard() = default;
    ~ErrorQueueGuard() { ERR_clear_error(); }
    ErrorQueueGuard(const ErrorQueueGuard &) = delete;
    ErrorQueueGuard &operator=(const ErrorQueueGuard &) = delete;
};

Ptr<EVP_PKEY> generateP256Key()
{
    const Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") != 1)
        return {};
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &key) != 1)
        return {};
    return Ptr<EVP_PKEY>(key);
}

bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[SerialBytes];
    if (RAND_bytes(bytes, sizeof(bytes)) != 1)
        return false;
    bytes[0] &= 0x7f; // positive, and at most 20 octets once DER-encoded
    bytes[0] |= 0x01; // never zero
    const Ptr<BIGNUM> serial(BN_bin2bn(bytes, sizeof(bytes), nullptr));
    if (!serial)
        return false;
    return BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    const Ptr<X509_EXTENSION> extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace

SelfSignedIdentity generateSelfSignedIdentity(const QString &commonName)
{
    const ErrorQueueGuard guard;
    const Ptr<EVP_PKEY> key = generateP256Key();
    const Ptr<X509> certificate(X509_new());
    if (!key || !certificate)
        return SelfSignedIdentity();

    X509 *x509 = certificate.get();
    if (X509_set_version(x509, X509_VERSION_3) != 1 || !setRandomSerial(x509) ||
        !X509_gmtime_adj(X509_getm_notBefore(x509), NotBeforeOffsetSeconds) ||
        !X509_gmtime_adj(X509_getm_notAfter(x509), ValiditySeconds) ||
        X509_set_pubkey(x509, key.get()) != 1)
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

    if (X509_sign(x509, key.get(), EVP_sha256()) <= 0)
        return SelfSignedIdentity();

    SelfSignedIdentity identity;
    {
        const Ptr<BIO> bio(BIO_new(BIO_s_mem()));
        if (!bio || PEM_write_bio_X509(bio.get(), x509) != 1)
            return SelfSignedIdentity();
        identity.certificatePem = bioContents(bio.get());
    }
    {
        // The key's PEM lives only in a cleansing BIO and in this local array, wiped below.
        const Ptr<BIO> bio(BIO_new(BIO_s_secmem()));
        if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                             nullptr) != 1)
            return SelfSignedIdentity();
        QByteArray keyPem = bioContents(bio.get());
        identity.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        OPENSSL_cleanse(keyPem.data(), static_cast<size_t>(keyPem.size()));
    }
    identity.certificate = QSslCertificate(identity.certificatePem, QSsl::Pem);
    if (identity.certificate.isNull() || identity.key.isNull())
        return SelfSignedIdentity();
    return identity;
}

} // namespace zc::sim
