// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "PrivateKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr int MinimumRsaBits = 2048;
constexpr int MaximumRsaBits = 16384;
constexpr int P256FieldBytes = 32;

// Clears the thread's OpenSSL error queue when a public entry point returns, so that a
// failure here never shows up later as a stale error in an unrelated TLS or crypto call.
struct ErrorQueueGuard
{
    ErrorQueueGuard() = default;
    ~ErrorQueueGuard() { ERR_clear_error(); }
    ErrorQueueGuard(const ErrorQueueGuard &) = delete;
    ErrorQueueGuard &operator=(const ErrorQueueGuard &) = delete;
};

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

struct BnDeleter
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;

struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

struct EcdsaSigDeleter
{
    void operator()(ECDSA_SIG *sig) const { ECDSA_SIG_free(sig); }
};
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, EcdsaSigDeleter>;

struct ParamBldDeleter
{
    void operator()(OSSL_PARAM_BLD *bld) const { OSSL_PARAM_BLD_free(bld); }
};
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter>;

struct ParamDeleter
{
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};
using ParamPtr = std::unique_ptr<OSSL_PARAM, ParamDeleter>;

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key)
{
    if (!key)
        return {};
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

void cleanse(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

// A read-only memory BIO over bytes owned by the caller (no copy of the key text is made).
BioPtr readBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

// A writable BIO whose buffer is cleansed when it grows and when it is freed.
BioPtr secureWriteBio()
{
    return BioPtr(BIO_new(BIO_s_secmem()));
}

// Copies the contents of a memory BIO out (the BIO frees and, for secmem, wipes its copy).
QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, static_cast<qsizetype>(length));
}

bool isP256(EVP_PKEY *key)
{
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof(name), &length) != 1)
        return false;
    const QByteArray group(name, static_cast<qsizetype>(length));
    return group == "prime256v1" || group == "P-256" || group == "secp256r1";
}

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

// RSA of 2048 bits or more, or EC P-256; everything else is refused with its reason.
KeyError checkSupported(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < MinimumRsaBits)
            return KeyError::RsaTooShort;
        return KeyError::None;
    }
    if (EVP_PKEY_is_a(key, "EC"))
        return isP256(key) ? KeyError::None : KeyError::UnsupportedCurve;
    return KeyError::UnsupportedType;
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

// Finds the PEM labels ("-----BEGIN <label>-----") in text, to tell a public key or a
// certificate apart from something that is not PEM at all.
QList<QByteArray> pemLabels(const QByteArray &text)
{
    static constexpr char begin[] = "-----BEGIN ";
    QList<QByteArray> labels;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(begin, from);
        if (start < 0)
            break;
        const qsizetype labelStart = start + qsizetype(sizeof(begin) - 1);
        const qsizetype end = text.indexOf("-----", labelStart);
        if (end < 0)
            break;
        labels.append(text.mid(labelStart, end - labelStart).trimmed());
        from = end + 5;
    }
    return labels;
}

bool hasPublicOrCertificateLabel(const QList<QByteArray> &labels)
{
    for (const QByteArray &label : labels) {
        if (label.endsWith("PUBLIC KEY") || label.endsWith("CERTIFICATE") ||
            label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST")
            return true;
    }
    return false;
}

bool hasPrivateLabel(const QList<QByteArray> &labels)
{
    for (const QByteArray &label : labels) {
        if (label.endsWith("PRIVATE KEY"))
            return true;
    }
    return false;
}

struct PassphraseRequest
{
    const QByteArray *passphrase = nullptr;
    bool asked = false;
};

// pem_password_cb: hands the passphrase to OpenSSL (which copies it into its own buffer and
// cleanses that), or refuses when none was given so that the caller can ask for one.
int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    auto *request = static_cast<PassphraseRequest *>(userData);
    request->asked = true;
    if (!request->passphrase || request->passphrase->isEmpty())
        return -1;
    const qsizetype length = request->passphrase->size();
    if (length > size)
        return -1;
    std::memcpy(buffer, request->passphrase->constData(), static_cast<size_t>(length));
    return static_cast<int>(length);
}

QByteArray bnToBytes(const BIGNUM *bn, int padTo = 0)
{
    if (!bn)
        return {};
    const int length = padTo > 0 ? padTo : BN_num_bytes(bn);
    QByteArray out(length, '\0');
    const int written = padTo > 0
                            ? BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), padTo)
                            : BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    if (written != length)
        return {};
    return out;
}

BnPtr bnParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    return BnPtr(bn);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool base64UrlStrict(const QString &text, QByteArray *out)
{
    const QByteArray latin = text.toLatin1();
    for (const char c : latin) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    if (latin.isEmpty() || latin.size() % 4 == 1)
        return false;
    auto result = QByteArray::fromBase64Encoding(
        latin, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = std::move(*result);
    return true;
}

struct PublicMembers
{
    KeyType type = KeyType::None;
    QByteArray n, e; // RSA
    QByteArray x, y; // EC P-256
};

PublicMembers publicMembers(EVP_PKEY *key)
{
    PublicMembers members;
    members.type = typeOf(key);
    if (members.type == KeyType::Rsa) {
        const BnPtr n = bnParam(key, OSSL_PKEY_PARAM_RSA_N);
        const BnPtr e = bnParam(key, OSSL_PKEY_PARAM_RSA_E);
        members.n = bnToBytes(n.get());
        members.e = bnToBytes(e.get());
        if (members.n.isEmpty() || members.e.isEmpty())
            members.type = KeyType::None;
    } else if (members.type == KeyType::EcP256) {
        const BnPtr x = bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X);
        const BnPtr y = bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y);
        members.x = bnToBytes(x.get(), P256FieldBytes);
        members.y = bnToBytes(y.get(), P256FieldBytes);
        if (members.x.isEmpty() || members.y.isEmpty())
            members.type = KeyType::None;
    }
    return members;
}

// RFC 7638: the SHA-256 of the required members, in lexicographic order, without spaces.
QString thumbprint(const PublicMembers &members)
{
    QByteArray canonical;
    switch (members.type) {
    case KeyType::Rsa:
        canonical = R"({"e":")" + base64Url(members.e) + R"(","kty":"RSA","n":")" +
                    base64Url(members.n) + R"("})";
        break;
    case KeyType::EcP256:
        canonical = R"({"crv":"P-256","kty":"EC","x":")" + base64Url(members.x) + R"(","y":")" +
                    base64Url(members.y) + R"("})";
        break;
    case KeyType::None:
        return {};
    }
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

QByteArray derEcdsaToRaw(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
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
    BnPtr r(BN_bin2bn(bytes, P256FieldBytes, nullptr));
    BnPtr s(BN_bin2bn(bytes + P256FieldBytes, P256FieldBytes, nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
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

EVP_PKEY *generate(const char *algorithm, int rsaBits, const char *group)
{
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
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

void setError(KeyError *error, KeyError value)
{
    if (error)
        *error = value;
}

} // namespace

QString keyErrorMessage(KeyError error)
{
    switch (error) {
    case KeyError::None:
        return QCoreApplication::translate("zc::PrivateKey", "The key is usable.");
    case KeyError::FileUnreadable:
        return QCoreApplication::translate(
            "zc::PrivateKey", "The key file could not be opened or read. Check that it exists "
                              "and that you are allowed to read it.");
    case KeyError::NotPem:
        return QCoreApplication::translate(
            "zc::PrivateKey", "This is not a PEM key. Choose the file that starts with "
                              "\"-----BEGIN PRIVATE KEY-----\" or a similar key header.");
    case KeyError::PassphraseRequired:
        return QCoreApplication::translate(
            "zc::PrivateKey", "The key is encrypted. Enter its passphrase to open it.");
    case KeyError::WrongPassphrase:
        return QCoreApplication::translate(
            "zc::PrivateKey",
            "The passphrase does not open this key. Check the passphrase and try again.");
    case KeyError::UnsupportedType:
        return QCoreApplication::translate(
            "zc::PrivateKey", "This key type is not supported; OneAPI needs an RSA key of 2048 "
                              "bits or more, or an EC key on the P-256 curve.");
    case KeyError::RsaTooShort:
        return QCoreApplication::translate(
            "zc::PrivateKey", "The RSA key has fewer than 2048 bits; OneAPI needs 2048 bits or "
                              "more. Generate a new key of at least 2048 bits.");
    case KeyError::UnsupportedCurve:
        return QCoreApplication::translate(
            "zc::PrivateKey", "The EC key is not on the P-256 curve; OneAPI only accepts "
                              "P-256 (prime256v1) for EC keys. Generate a new P-256 key.");
    case KeyError::NotPrivate:
        return QCoreApplication::translate(
            "zc::PrivateKey", "This is a public key or a certificate, not a private key (or "
                              "the reverse). Choose the other file of the key pair.");
    case KeyError::Damaged:
        return QCoreApplication::translate(
            "zc::PrivateKey", "The key is damaged: its private and public parts do not match, "
                              "so ZIdentity would refuse every sign-in. Export the key again "
                              "or generate a new one.");
    }
    return {};
}

// ---- PrivateKey ----------------------------------------------------------------------

PrivateKey::PrivateKey() = default;
PrivateKey::~PrivateKey() = default;
PrivateKey::PrivateKey(const PrivateKey &) = default;
PrivateKey &PrivateKey::operator=(const PrivateKey &) = default;

PrivateKey::PrivateKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{}

PrivateKey PrivateKey::fromPem(const QByteArray &pem, const QByteArray &passphrase, KeyError *error)
{
    const ErrorQueueGuard guard;
    setError(error, KeyError::NotPem);
    if (pem.trimmed().isEmpty())
        return {};

    PassphraseRequest request{&passphrase, false};
    std::shared_ptr<EVP_PKEY> key;
    {
        const BioPtr bio = readBio(pem);
        if (!bio)
            return {};
        key = adopt(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &request));
    }
    if (!key) {
        if (request.asked) {
            setError(error, passphrase.isEmpty() ? KeyError::PassphraseRequired
                                                 : KeyError::WrongPassphrase);
            return {};
        }
        const QList<QByteArray> labels = pemLabels(pem);
        if (!hasPrivateLabel(labels) && hasPublicOrCertificateLabel(labels))
            setError(error, KeyError::NotPrivate);
        return {};
    }

    const KeyError support = checkSupported(key.get());
    setError(error, support);
    if (support != KeyError::None)
        return {};
    // OpenSSL loads a key whose parts disagree (a damaged file, a bad export) and signs with it;
    // only a signature its own public half verifies proves it usable. (Found by fuzzing.)
    PrivateKey loaded(std::move(key));
    const QByteArray probe = "zconsole key check";
    if (!PublicKey::fromPrivateKey(loaded).verify(probe, loaded.sign(probe), loaded.algorithm())) {
        setError(error, KeyError::Damaged);
        return {};
    }
    return loaded;
}

PrivateKey PrivateKey::fromFile(const QString &path, const QByteArray &passphrase, KeyError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, KeyError::FileUnreadable);
        return {};
    }
    // Key files are a few kilobytes; anything much larger is not a key.
    constexpr qint64 maximumSize = 1024 * 1024;
    QByteArray pem = file.read(maximumSize);
    const bool failed = file.error() != QFileDevice::NoError;
    file.close();
    if (failed) {
        cleanse(pem);
        setError(error, KeyError::FileUnreadable);
        return {};
    }
    PrivateKey key = fromPem(pem, passphrase, error);
    cleanse(pem);
    return key;
}

PrivateKey PrivateKey::generateRsa(int bits)
{
    const ErrorQueueGuard guard;
    if (bits < MinimumRsaBits || bits > MaximumRsaBits)
        return {};
    return PrivateKey(adopt(generate("RSA", bits, nullptr)));
}

PrivateKey PrivateKey::generateEcP256()
{
    const ErrorQueueGuard guard;
    return PrivateKey(adopt(generate("EC", 0, "P-256")));
}

bool PrivateKey::isNull() const
{
    return !m_key;
}

KeyType PrivateKey::type() const
{
    return typeOf(m_key.get());
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QString PrivateKey::algorithm() const
{
    return algorithmOf(m_key.get());
}

QByteArray PrivateKey::sign(const QByteArray &data) const
{
    const ErrorQueueGuard guard;
    const KeyType keyType = type();
    if (keyType == KeyType::None)
        return {};
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, m_key.get()) != 1)
        return {};
    if (keyType == KeyType::Rsa && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
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
    if (keyType == KeyType::EcP256)
        return derEcdsaToRaw(signature);
    return signature;
}

QByteArray PrivateKey::toPem(const QByteArray &passphrase) const
{
    const ErrorQueueGuard guard;
    if (!m_key)
        return {};
    const BioPtr bio = secureWriteBio();
    if (!bio)
        return {};
    int ok = 0;
    if (passphrase.isEmpty()) {
        ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                           nullptr);
    } else {
        ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(),
                                           passphrase.constData(),
                                           static_cast<int>(passphrase.size()), nullptr, nullptr);
    }
    if (ok != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray PrivateKey::publicKeyPem() const
{
    const ErrorQueueGuard guard;
    if (!m_key)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioContents(bio.get());
}

QJsonObject PrivateKey::publicJwk() const
{
    const ErrorQueueGuard guard;
    const PublicMembers members = publicMembers(m_key.get());
    QJsonObject jwk;
    switch (members.type) {
    case KeyType::Rsa:
        jwk.insert(u"kty"_s, u"RSA"_s);
        jwk.insert(u"n"_s, QString::fromLatin1(base64Url(members.n)));
        jwk.insert(u"e"_s, QString::fromLatin1(base64Url(members.e)));
        jwk.insert(u"alg"_s, u"RS256"_s);
        break;
    case KeyType::EcP256:
        jwk.insert(u"kty"_s, u"EC"_s);
        jwk.insert(u"crv"_s, u"P-256"_s);
        jwk.insert(u"x"_s, QString::fromLatin1(base64Url(members.x)));
        jwk.insert(u"y"_s, QString::fromLatin1(base64Url(members.y)));
        jwk.insert(u"alg"_s, u"ES256"_s);
        break;
    case KeyType::None:
        return {};
    }
    jwk.insert(u"use"_s, u"sig"_s);
    jwk.insert(u"kid"_s, thumbprint(members));
    return jwk;
}

QString PrivateKey::keyId() const
{
    const ErrorQueueGuard guard;
    return thumbprint(publicMembers(m_key.get()));
}

EVP_PKEY *PrivateKey::handle() const
{
    return m_key.get();
}

// ---- PublicKey -----------------------------------------------------------------------

PublicKey::PublicKey() = default;
PublicKey::~PublicKey() = default;
PublicKey::PublicKey(const PublicKey &) = default;
PublicKey &PublicKey::operator=(const PublicKey &) = default;

PublicKey::PublicKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{}

PublicKey PublicKey::fromPem(const QByteArray &pem, KeyError *error)
{
    const ErrorQueueGuard guard;
    setError(error, KeyError::NotPem);
    if (pem.trimmed().isEmpty())
        return {};
    std::shared_ptr<EVP_PKEY> key;
    {
        const BioPtr bio = readBio(pem);
        if (!bio)
            return {};
        // Never OpenSSL's default callback: it would prompt on the terminal.
        PassphraseRequest none;
        key = adopt(PEM_read_bio_PUBKEY(bio.get(), nullptr, passphraseCallback, &none));
    }
    if (!key) {
        // A private key (even an encrypted one) where a public key was expected.
        if (hasPrivateLabel(pemLabels(pem))) {
            PassphraseRequest request;
            const BioPtr bio = readBio(pem);
            const std::shared_ptr<EVP_PKEY> privateKey = adopt(
                bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &request)
                    : nullptr);
            if (privateKey || request.asked)
                setError(error, KeyError::NotPrivate);
        }
        return {};
    }
    const KeyError support = checkSupported(key.get());
    setError(error, support);
    if (support != KeyError::None)
        return {};
    return PublicKey(std::move(key));
}

PublicKey PublicKey::fromJwk(const QJsonObject &jwk, KeyError *error)
{
    const ErrorQueueGuard guard;
    setError(error, KeyError::NotPem);
    const QString kty = jwk.value(u"kty"_s).toString();

    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return {};
    BnPtr n;
    BnPtr e;
    QByteArray point;
    const char *algorithm = nullptr;

    if (kty == "RSA"_L1) {
        QByteArray nBytes;
        QByteArray eBytes;
        if (!base64UrlStrict(jwk.value(u"n"_s).toString(), &nBytes) ||
            !base64UrlStrict(jwk.value(u"e"_s).toString(), &eBytes))
            return {};
        n.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(nBytes.constData()),
                          static_cast<int>(nBytes.size()), nullptr));
        e.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(eBytes.constData()),
                          static_cast<int>(eBytes.size()), nullptr));
        if (!n || !e || BN_is_zero(e.get()) ||
            OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
            OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
            return {};
        if (BN_num_bits(n.get()) < MinimumRsaBits) {
            setError(error, KeyError::RsaTooShort);
            return {};
        }
        algorithm = "RSA";
    } else if (kty == "EC"_L1) {
        if (jwk.value(u"crv"_s).toString() != "P-256"_L1) {
            setError(error, KeyError::UnsupportedCurve);
            return {};
        }
        QByteArray x;
        QByteArray y;
        if (!base64UrlStrict(jwk.value(u"x"_s).toString(), &x) ||
            !base64UrlStrict(jwk.value(u"y"_s).toString(), &y) || x.size() != P256FieldBytes ||
            y.size() != P256FieldBytes)
            return {};
        point = QByteArray(1, '\x04') + x + y; // uncompressed SEC1 point
        if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1",
                                            0) != 1 ||
            OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                             point.constData(),
                                             static_cast<size_t>(point.size())) != 1)
            return {};
        algorithm = "EC";
    } else {
        if (!kty.isEmpty())
            setError(error, KeyError::UnsupportedType);
        return {};
    }

    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    std::shared_ptr<EVP_PKEY> key = adopt(raw);
    const KeyError support = checkSupported(key.get());
    setError(error, support);
    if (support != KeyError::None)
        return {};
    return PublicKey(std::move(key));
}

PublicKey PublicKey::fromPrivateKey(const PrivateKey &key)
{
    const ErrorQueueGuard guard;
    if (key.isNull())
        return {};
    // Copy only the public half, so that the private material is not kept alive by verifiers.
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key.handle(), &der);
    if (length <= 0 || !der)
        return {};
    const unsigned char *p = der;
    std::shared_ptr<EVP_PKEY> publicKey = adopt(d2i_PUBKEY(nullptr, &p, length));
    OPENSSL_free(der);
    if (!publicKey)
        return {};
    return PublicKey(std::move(publicKey));
}

bool PublicKey::isNull() const
{
    return !m_key;
}

KeyType PublicKey::type() const
{
    return typeOf(m_key.get());
}

QString PublicKey::algorithm() const
{
    return algorithmOf(m_key.get());
}

QString PublicKey::keyId() const
{
    const ErrorQueueGuard guard;
    return thumbprint(publicMembers(m_key.get()));
}

bool PublicKey::verify(const QByteArray &data, const QByteArray &signature,
                       const QString &algorithm) const
{
    const ErrorQueueGuard guard;
    const KeyType keyType = type();
    if (keyType == KeyType::None || algorithm != algorithmOf(m_key.get()))
        return false;

    QByteArray encoded;
    if (keyType == KeyType::EcP256) {
        if (signature.size() != 2 * P256FieldBytes)
            return false;
        encoded = rawEcdsaToDer(signature);
        if (encoded.isEmpty())
            return false;
    } else {
        if (signature.size() != EVP_PKEY_get_size(m_key.get()))
            return false;
        encoded = signature;
    }

    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, m_key.get()) != 1)
        return false;
    if (keyType == KeyType::Rsa && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(encoded.constData()),
                            static_cast<size_t>(encoded.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()),
                            static_cast<size_t>(data.size())) == 1;
}

} // namespace zc
