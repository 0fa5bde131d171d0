// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// PrivateKey / PublicKey against real OpenSSL keys generated at test time (no committed keys).
#include "SelfSignedCertificate.h"
#include "auth/Credentials.h"
#include "auth/PrivateKey.h"
#include "auth/PublicKey.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using zc::KeyError;
using zc::KeyType;
using zc::PrivateKey;
using zc::PublicKey;

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

// PKCS#8 "PRIVATE KEY" PEM written by OpenSSL itself.
QByteArray pkcs8Pem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray pem = readBio(bio);
    BIO_free(bio);
    return pem;
}

// The traditional form: PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY", optionally with
// the legacy PEM encryption (Proc-Type / DEK-Info headers).
QByteArray traditionalPem(EVP_PKEY *key, const QByteArray &passphrase = {})
{
    BIO *bio = BIO_new(BIO_s_mem());
    const EVP_CIPHER *cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    auto *kstr = passphrase.isEmpty()
                     ? nullptr
                     : reinterpret_cast<const unsigned char *>(passphrase.constData());
    PEM_write_bio_PrivateKey_traditional(bio, key, cipher, kstr,
                                         static_cast<int>(passphrase.size()), nullptr, nullptr);
    const QByteArray pem = readBio(bio);
    BIO_free(bio);
    return pem;
}

QByteArray publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    const QByteArray pem = readBio(bio);
    BIO_free(bio);
    return pem;
}

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bnParam(EVP_PKEY *key, const char *name, int pad = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(pad > 0 ? pad : BN_num_bytes(bn), '\0');
    if (pad > 0)
        BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), pad);
    else
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

// RFC 7638 computed independently of the code under test: QJsonObject keeps its keys
// sorted, so the compact serialisation of the required members is the canonical form; the
// hash is OpenSSL's.
QString independentThumbprint(const QJsonObject &requiredMembers)
{
    const QByteArray canonical = QJsonDocument(requiredMembers).toJson(QJsonDocument::Compact);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(canonical.constData(), static_cast<size_t>(canonical.size()), digest, &length,
               EVP_sha256(), nullptr);
    return QString::fromLatin1(
        b64url(QByteArray(reinterpret_cast<const char *>(digest), static_cast<int>(length))));
}

QJsonObject requiredMembers(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA")) {
        return {{u"kty"_s, u"RSA"_s},
                {u"n"_s, QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_RSA_N)))},
                {u"e"_s, QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_RSA_E)))}};
    }
    return {{u"kty"_s, u"EC"_s},
            {u"crv"_s, u"P-256"_s},
            {u"x"_s, QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32)))},
            {u"y"_s, QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)))}};
}

PrivateKey makeKey(const QString &kind)
{
    if (kind == "rsa2048"_L1)
        return PrivateKey::generateRsa(2048);
    if (kind == "rsa3072"_L1)
        return PrivateKey::generateRsa(3072);
    return PrivateKey::generateEcP256();
}

const char *const RfcN =
    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_"
    "BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
    "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-"
    "bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

} // namespace

class tst_PrivateKey : public QObject
{
    Q_OBJECT

private:
    // Generating RSA keys is the slow part: each size is made once per run.
    PrivateKey m_rsa2048 = PrivateKey::generateRsa(2048);
    PrivateKey m_ec = PrivateKey::generateEcP256();

private Q_SLOTS:
    void init() { ERR_clear_error(); }
    void cleanup() { QCOMPARE(ERR_peek_error(), 0UL); } // failures leave no queued errors

    void generate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("rsa2048") << u"rsa2048"_s << int(KeyType::Rsa) << 2048 << u"RS256"_s;
        QTest::newRow("rsa3072") << u"rsa3072"_s << int(KeyType::Rsa) << 3072 << u"RS256"_s;
        QTest::newRow("ec") << u"ec"_s << int(KeyType::EcP256) << 256 << u"ES256"_s;
    }
    void generate()
    {
        QFETCH(QString, kind);
        QFETCH(int, type);
        QFETCH(int, bits);
        QFETCH(QString, algorithm);
        const PrivateKey key = makeKey(kind);
        QVERIFY(!key.isNull());
        QCOMPARE(int(key.type()), type);
        QCOMPARE(key.bits(), bits);
        QCOMPARE(key.algorithm(), algorithm);
        const QByteArray signature = key.sign("payload");
        QVERIFY(!signature.isEmpty());
        if (key.type() == KeyType::EcP256)
            QCOMPARE(signature.size(), 64);
        else
            QCOMPARE(signature.size(), bits / 8);
        const PublicKey publicKey = PublicKey::fromPrivateKey(key);
        QVERIFY(!publicKey.isNull());
        QCOMPARE(publicKey.algorithm(), algorithm);
        QVERIFY(publicKey.verify("payload", signature, algorithm));
        QVERIFY(!publicKey.verify("payloaD", signature, algorithm));
    }

    void nullAndRefusedGeneration()
    {
        const PrivateKey none;
        QVERIFY(none.isNull());
        QCOMPARE(none.type(), KeyType::None);
        QCOMPARE(none.bits(), 0);
        QVERIFY(none.algorithm().isEmpty());
        QVERIFY(none.sign("x").isEmpty());
        QVERIFY(none.toPem().isEmpty());
        QVERIFY(none.publicJwk().isEmpty());
        QVERIFY(none.keyId().isEmpty());
        QVERIFY(PrivateKey::generateRsa(1024).isNull());
        QVERIFY(PublicKey::fromPrivateKey(none).isNull());
    }

    void copiesShareTheKey()
    {
        PrivateKey copy = m_ec;
        QCOMPARE(copy.handle(), m_ec.handle());
        PrivateKey assigned;
        assigned = copy;
        QCOMPARE(assigned.handle(), m_ec.handle());
        copy = PrivateKey();
        QVERIFY(copy.isNull());
        QVERIFY(!assigned.isNull());
    }

    void pemRoundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("passphrase");
        for (const QString &kind : {u"rsa2048"_s, u"rsa3072"_s, u"ec"_s}) {
            QTest::addRow("%s-plain", qPrintable(kind)) << kind << QByteArray();
            QTest::addRow("%s-encrypted", qPrintable(kind)) << kind << QByteArray("s3cret pass");
        }
    }
    void pemRoundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, passphrase);
        const PrivateKey key = kind == "rsa2048"_L1 ? m_rsa2048 : makeKey(kind);
        const QByteArray pem = key.toPem(passphrase);
        QVERIFY(pem.startsWith(passphrase.isEmpty() ? "-----BEGIN PRIVATE KEY-----"
                                                    : "-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        KeyError error = KeyError::NotPem;
        const PrivateKey loaded = PrivateKey::fromPem(pem, passphrase, &error);
        QCOMPARE(error, KeyError::None);
        QVERIFY(!loaded.isNull());
        QCOMPARE(loaded.keyId(), key.keyId());
        QCOMPARE(loaded.bits(), key.bits());
        QVERIFY(PublicKey::fromPrivateKey(key).verify("abc", loaded.sign("abc"), key.algorithm()));

        if (!passphrase.isEmpty()) {
            // The encryption is PBES2 with AES-256-CBC.
            BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
            X509_SIG *p8 = PEM_read_bio_PKCS8(bio, nullptr, nullptr, nullptr);
            BIO_free(bio);
            QVERIFY(p8);
            const X509_ALGOR *algorithm = nullptr;
            X509_SIG_get0(p8, &algorithm, nullptr);
            const ASN1_OBJECT *oid = nullptr;
            const void *parameter = nullptr;
            int parameterType = 0;
            X509_ALGOR_get0(&oid, &parameterType, &parameter, algorithm);
            QCOMPARE(OBJ_obj2nid(oid), NID_pbes2);
            const auto *sequence = static_cast<const ASN1_STRING *>(parameter);
            const unsigned char *p = ASN1_STRING_get0_data(sequence);
            PBE2PARAM *pbe2 =
                d2i_PBE2PARAM(nullptr, &p, static_cast<long>(ASN1_STRING_length(sequence)));
            QVERIFY(pbe2);
            const ASN1_OBJECT *cipher = nullptr;
            X509_ALGOR_get0(&cipher, nullptr, nullptr, pbe2->encryption);
            QCOMPARE(OBJ_obj2nid(cipher), NID_aes_256_cbc);
            PBE2PARAM_free(pbe2);
            X509_SIG_free(p8);

            QCOMPARE(PrivateKey::fromPem(pem, "wrong", &error).isNull(), true);
            QCOMPARE(error, KeyError::WrongPassphrase);
            QCOMPARE(PrivateKey::fromPem(pem, {}, &error).isNull(), true);
            QCOMPARE(error, KeyError::PassphraseRequired);
        } else {
            // A passphrase given for a key that has none is simply not needed.
            QVERIFY(!PrivateKey::fromPem(pem, "unused", &error).isNull());
            QCOMPARE(error, KeyError::None);
        }
    }

    void traditionalFormats_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<QByteArray>("label");
        QTest::newRow("pkcs1") << true << QByteArray("-----BEGIN RSA PRIVATE KEY-----");
        QTest::newRow("sec1") << false << QByteArray("-----BEGIN EC PRIVATE KEY-----");
    }
    void traditionalFormats()
    {
        QFETCH(bool, rsa);
        QFETCH(QByteArray, label);
        const PrivateKey key = rsa ? m_rsa2048 : m_ec;
        const QByteArray pem = traditionalPem(key.handle());
        QVERIFY2(pem.startsWith(label), pem.left(40).constData());
        KeyError error = KeyError::NotPem;
        const PrivateKey loaded = PrivateKey::fromPem(pem, {}, &error);
        QCOMPARE(error, KeyError::None);
        QCOMPARE(loaded.keyId(), key.keyId());
        QCOMPARE(loaded.type(), key.type());

        // Legacy PEM encryption (Proc-Type: 4,ENCRYPTED) of the same forms.
        const QByteArray encrypted = traditionalPem(key.handle(), "legacy pass");
        QVERIFY(encrypted.contains("Proc-Type: 4,ENCRYPTED"));
        QCOMPARE(PrivateKey::fromPem(encrypted, "legacy pass", &error).keyId(), key.keyId());
        QCOMPARE(error, KeyError::None);
        QVERIFY(PrivateKey::fromPem(encrypted, "nope", &error).isNull());
        QCOMPARE(error, KeyError::WrongPassphrase);
        QVERIFY(PrivateKey::fromPem(encrypted, {}, &error).isNull());
        QCOMPARE(error, KeyError::PassphraseRequired);
    }

    void rsaTooShort()
    {
        const PkeyPtr small(EVP_RSA_gen(1024));
        QVERIFY(small);
        KeyError error = KeyError::None;
        QVERIFY(PrivateKey::fromPem(pkcs8Pem(small.get()), {}, &error).isNull());
        QCOMPARE(error, KeyError::RsaTooShort);
        QVERIFY(PrivateKey::fromPem(traditionalPem(small.get()), {}, &error).isNull());
        QCOMPARE(error, KeyError::RsaTooShort);
        QVERIFY(PublicKey::fromPem(publicPem(small.get()), &error).isNull());
        QCOMPARE(error, KeyError::RsaTooShort);
        const QJsonObject jwk{
            {u"kty"_s, u"RSA"_s},
            {u"n"_s, QString::fromLatin1(b64url(bnParam(small.get(), OSSL_PKEY_PARAM_RSA_N)))},
            {u"e"_s, u"AQAB"_s}};
        QVERIFY(PublicKey::fromJwk(jwk, &error).isNull());
        QCOMPARE(error, KeyError::RsaTooShort);
    }

    void unsupportedCurve()
    {
        const PkeyPtr p384(EVP_EC_gen("P-384"));
        QVERIFY(p384);
        KeyError error = KeyError::None;
        QVERIFY(PrivateKey::fromPem(pkcs8Pem(p384.get()), {}, &error).isNull());
        QCOMPARE(error, KeyError::UnsupportedCurve);
        QVERIFY(PrivateKey::fromPem(traditionalPem(p384.get()), {}, &error).isNull());
        QCOMPARE(error, KeyError::UnsupportedCurve);
        QVERIFY(PublicKey::fromPem(publicPem(p384.get()), &error).isNull());
        QCOMPARE(error, KeyError::UnsupportedCurve);
    }

    void unsupportedType_data()
    {
        QTest::addColumn<QByteArray>("algorithm");
        QTest::newRow("ed25519") << QByteArray("ED25519");
        QTest::newRow("ed448") << QByteArray("ED448");
        QTest::newRow("x25519") << QByteArray("X25519");
    }
    void unsupportedType()
    {
        QFETCH(QByteArray, algorithm);
        const PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm.constData()));
        QVERIFY(key);
        KeyError error = KeyError::None;
        QVERIFY(PrivateKey::fromPem(pkcs8Pem(key.get()), {}, &error).isNull());
        QCOMPARE(error, KeyError::UnsupportedType);
        QVERIFY(PublicKey::fromPem(publicPem(key.get()), &error).isNull());
        QCOMPARE(error, KeyError::UnsupportedType);
    }

    void notPrivate()
    {
        KeyError error = KeyError::None;
        QVERIFY(PrivateKey::fromPem(m_rsa2048.publicKeyPem(), {}, &error).isNull());
        QCOMPARE(error, KeyError::NotPrivate);
        QVERIFY(PrivateKey::fromPem(m_ec.publicKeyPem(), {}, &error).isNull());
        QCOMPARE(error, KeyError::NotPrivate);
        const QByteArray certificate = zc::sim::generateSelfSignedIdentity().certificatePem;
        QVERIFY(certificate.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(PrivateKey::fromPem(certificate, {}, &error).isNull());
        QCOMPARE(error, KeyError::NotPrivate);
        // ...and the reverse: a private key where a public key is expected.
        QVERIFY(PublicKey::fromPem(m_ec.toPem(), &error).isNull());
        QCOMPARE(error, KeyError::NotPrivate);
        QVERIFY(PublicKey::fromPem(m_rsa2048.toPem("pass"), &error).isNull());
        QCOMPARE(error, KeyError::NotPrivate);
    }

    void notPem_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\t\n");
        QTest::newRow("garbage") << QByteArray("this is not a key at all \x01\x02\xff");
        QTest::newRow("binary") << QByteArray(300, '\x30');
        QTest::newRow("bad-body") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA$$$$\n"
                                                "-----END PRIVATE KEY-----\n");
        QTest::newRow("truncated") << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN");
    }
    void notPem()
    {
        QFETCH(QByteArray, input);
        KeyError error = KeyError::None;
        QVERIFY(PrivateKey::fromPem(input, {}, &error).isNull());
        QCOMPARE(error, KeyError::NotPem);
        QVERIFY(PrivateKey::fromPem(input, "with passphrase", &error).isNull());
        QCOMPARE(error, KeyError::NotPem);
        QVERIFY(PublicKey::fromPem(input, &error).isNull());
        QCOMPARE(error, KeyError::NotPem);
    }

    void truncatedPem()
    {
        // A real key cut in the middle is refused, not crashed on.
        const QByteArray pem = m_ec.toPem();
        KeyError error = KeyError::None;
        QVERIFY(PrivateKey::fromPem(pem.left(pem.size() / 2), {}, &error).isNull());
        QCOMPARE(error, KeyError::NotPem);
    }

    // Found by fuzzing: OpenSSL loads an RSA key whose modulus was damaged and signs with it,
    // but nothing verifies those signatures; such a key is refused at import, with its reason.
    void damagedKeyIsRefused()
    {
        const QByteArray pem = PrivateKey::generateRsa(2048).toPem();
        QList<QByteArray> lines = pem.trimmed().split('\n');
        QByteArray der = QByteArray::fromBase64(lines.mid(1, lines.size() - 2).join());
        der[40] = static_cast<char>(der.at(40) ^ 0x5a); // inside the modulus n
        QByteArray damaged = "-----BEGIN PRIVATE KEY-----\n";
        const QByteArray base64 = der.toBase64();
        for (qsizetype i = 0; i < base64.size(); i += 64)
            damaged += base64.mid(i, 64) + '\n';
        damaged += "-----END PRIVATE KEY-----\n";
        KeyError error = KeyError::None;
        QVERIFY(PrivateKey::fromPem(damaged, {}, &error).isNull());
        QCOMPARE(error, KeyError::Damaged);
        QVERIFY(zc::keyErrorMessage(error).contains(u"damaged"_s));
        ERR_clear_error();
    }

    void fromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"key.pem"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_ec.toPem("file pass"));
        file.close();

        KeyError error = KeyError::NotPem;
        QCOMPARE(PrivateKey::fromFile(path, "file pass", &error).keyId(), m_ec.keyId());
        QCOMPARE(error, KeyError::None);
        QVERIFY(PrivateKey::fromFile(path, {}, &error).isNull());
        QCOMPARE(error, KeyError::PassphraseRequired);

        QVERIFY(PrivateKey::fromFile(dir.filePath(u"missing.pem"_s), {}, &error).isNull());
        QCOMPARE(error, KeyError::FileUnreadable);
        QVERIFY(PrivateKey::fromFile(dir.path(), {}, &error).isNull()); // a directory
        QCOMPARE(error, KeyError::NotAFile);
    }

    void errorMessages()
    {
        const QList<KeyError> errors{KeyError::None,
                                     KeyError::FileUnreadable,
                                     KeyError::NotAFile,
                                     KeyError::FileTooLarge,
                                     KeyError::NotPem,
                                     KeyError::PassphraseRequired,
                                     KeyError::WrongPassphrase,
                                     KeyError::UnsupportedType,
                                     KeyError::RsaTooShort,
                                     KeyError::UnsupportedCurve,
                                     KeyError::NotPrivate,
                                     KeyError::Damaged};
        QSet<QString> seen;
        for (const KeyError error : errors) {
            const QString message = zc::keyErrorMessage(error);
            QVERIFY2(!message.isEmpty(), qPrintable(QString::number(int(error))));
            QVERIFY2(message.endsWith(u'.'), qPrintable(message));
            QVERIFY2(!seen.contains(message), qPrintable(message));
            seen.insert(message);
        }
        QVERIFY(zc::keyErrorMessage(KeyError::RsaTooShort).contains(u"2048"_s));
        QVERIFY(zc::keyErrorMessage(KeyError::UnsupportedCurve).contains(u"P-256"_s));
    }

    void publicKeyPem()
    {
        for (const PrivateKey &key : {m_rsa2048, m_ec}) {
            const QByteArray pem = key.publicKeyPem();
            QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
            QVERIFY(!pem.contains("PRIVATE"));
            KeyError error = KeyError::NotPem;
            const PublicKey publicKey = PublicKey::fromPem(pem, &error);
            QCOMPARE(error, KeyError::None);
            QCOMPARE(publicKey.type(), key.type());
            QCOMPARE(publicKey.keyId(), key.keyId());
            QVERIFY(publicKey.verify("m", key.sign("m"), key.algorithm()));
        }
    }

    void jwkRoundTrip_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("rsa") << true;
        QTest::newRow("ec") << false;
    }
    void jwkRoundTrip()
    {
        QFETCH(bool, rsa);
        const PrivateKey key = rsa ? m_rsa2048 : m_ec;
        const QJsonObject jwk = key.publicJwk();
        QCOMPARE(jwk.value(u"use"_s).toString(), u"sig"_s);
        QCOMPARE(jwk.value(u"alg"_s).toString(), key.algorithm());
        QCOMPARE(jwk.value(u"kid"_s).toString(), key.keyId());
        QVERIFY(!jwk.contains(u"d"_s));
        if (rsa) {
            QCOMPARE(jwk.value(u"kty"_s).toString(), u"RSA"_s);
            QCOMPARE(jwk.value(u"e"_s).toString(), u"AQAB"_s);
            QCOMPARE(jwk.keys(),
                     (QStringList{u"alg"_s, u"e"_s, u"kid"_s, u"kty"_s, u"n"_s, u"use"_s}));
        } else {
            QCOMPARE(jwk.value(u"kty"_s).toString(), u"EC"_s);
            QCOMPARE(jwk.value(u"crv"_s).toString(), u"P-256"_s);
            QCOMPARE(jwk.value(u"x"_s).toString().size(), 43); // 32 bytes, unpadded
            QCOMPARE(jwk.value(u"y"_s).toString().size(), 43);
            QCOMPARE(jwk.keys(), (QStringList{u"alg"_s, u"crv"_s, u"kid"_s, u"kty"_s, u"use"_s,
                                              u"x"_s, u"y"_s}));
        }
        for (const QJsonValue value : jwk) {
            const QString text = value.toString();
            QVERIFY(!text.contains(u'=') && !text.contains(u'+') && !text.contains(u'/'));
        }

        // The thumbprint matches one computed independently from OpenSSL's own parameters.
        const QJsonObject required = requiredMembers(key.handle());
        QCOMPARE(key.keyId(), independentThumbprint(required));
        for (auto it = required.begin(); it != required.end(); ++it)
            QCOMPARE(jwk.value(it.key()), it.value());

        KeyError error = KeyError::NotPem;
        const PublicKey imported = PublicKey::fromJwk(jwk, &error);
        QCOMPARE(error, KeyError::None);
        QVERIFY(!imported.isNull());
        QCOMPARE(imported.type(), key.type());
        QCOMPARE(imported.keyId(), key.keyId());
        const QByteArray signature = key.sign("signed by the private half");
        QVERIFY(imported.verify("signed by the private half", signature, key.algorithm()));
        QVERIFY(!imported.verify("signed by someone else", signature, key.algorithm()));
        // Only the required members matter.
        QVERIFY(!PublicKey::fromJwk(required).isNull());
    }

    void rfc7638Vector()
    {
        const QJsonObject jwk{{u"kty"_s, u"RSA"_s},
                              {u"n"_s, QString::fromLatin1(RfcN)},
                              {u"e"_s, u"AQAB"_s},
                              {u"alg"_s, u"RS256"_s},
                              {u"kid"_s, u"2011-04-29"_s}};
        const QString expected = u"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"_s;
        QCOMPARE(
            independentThumbprint(
                {{u"e"_s, u"AQAB"_s}, {u"kty"_s, u"RSA"_s}, {u"n"_s, QString::fromLatin1(RfcN)}}),
            expected);
        KeyError error = KeyError::NotPem;
        const PublicKey key = PublicKey::fromJwk(jwk, &error);
        QCOMPARE(error, KeyError::None);
        QCOMPARE(key.type(), KeyType::Rsa);
        QCOMPARE(key.keyId(), expected);
    }

    void badJwks_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<KeyError>("expected");
        const QJsonObject ec = m_ec.publicJwk();
        const QJsonObject rsa = m_rsa2048.publicJwk();

        QTest::newRow("empty") << QJsonObject() << KeyError::NotPem;
        QJsonObject o = ec;
        o.insert(u"kty"_s, u"OKP"_s);
        QTest::newRow("okp") << o << KeyError::UnsupportedType;
        o = ec;
        o.insert(u"crv"_s, u"P-384"_s);
        QTest::newRow("p384") << o << KeyError::UnsupportedCurve;
        o = ec;
        o.remove(u"y"_s);
        QTest::newRow("no-y") << o << KeyError::NotPem;
        o = ec;
        o.insert(u"x"_s, o.value(u"x"_s).toString().left(42));
        QTest::newRow("short-x") << o << KeyError::NotPem;
        o = ec;
        o.insert(u"x"_s, o.value(u"y"_s)); // (y, y) is not on the curve
        QTest::newRow("off-curve") << o << KeyError::NotPem;
        o = ec;
        o.insert(u"x"_s, o.value(u"x"_s).toString().replace(0, 1, u"+"_s));
        QTest::newRow("bad-base64") << o << KeyError::NotPem;
        o = rsa;
        o.remove(u"n"_s);
        QTest::newRow("no-n") << o << KeyError::NotPem;
        o = rsa;
        o.insert(u"e"_s, 65537);
        QTest::newRow("numeric-e") << o << KeyError::NotPem;
    }
    void badJwks()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(KeyError, expected);
        KeyError error = KeyError::None;
        QVERIFY(PublicKey::fromJwk(jwk, &error).isNull());
        QCOMPARE(error, expected);
    }

    void verifyRefusals()
    {
        const PublicKey rsa = PublicKey::fromPrivateKey(m_rsa2048);
        const PublicKey ec = PublicKey::fromPrivateKey(m_ec);
        const QByteArray rsaSignature = m_rsa2048.sign("data");
        const QByteArray ecSignature = m_ec.sign("data");
        QVERIFY(rsa.verify("data", rsaSignature, u"RS256"_s));
        QVERIFY(ec.verify("data", ecSignature, u"ES256"_s));

        // Algorithm and key type must agree.
        QVERIFY(!rsa.verify("data", rsaSignature, u"ES256"_s));
        QVERIFY(!ec.verify("data", ecSignature, u"RS256"_s));
        QVERIFY(!rsa.verify("data", rsaSignature, u"PS256"_s));
        QVERIFY(!rsa.verify("data", rsaSignature, u"none"_s));
        QVERIFY(!rsa.verify("data", rsaSignature, QString()));
        QVERIFY(!ec.verify("data", rsaSignature, u"ES256"_s));

        // Wrong lengths: ES256 is exactly 64 bytes; a DER signature is refused.
        QVERIFY(!ec.verify("data", ecSignature.left(63), u"ES256"_s));
        QVERIFY(!ec.verify("data", ecSignature + '\0', u"ES256"_s));
        QVERIFY(!ec.verify("data", QByteArray(), u"ES256"_s));
        QVERIFY(!rsa.verify("data", rsaSignature.left(255), u"RS256"_s));
        QVERIFY(!rsa.verify("data", QByteArray(1, '\0') + rsaSignature, u"RS256"_s));

        // Another key's signature.
        const PrivateKey otherEc = PrivateKey::generateEcP256();
        QVERIFY(!ec.verify("data", otherEc.sign("data"), u"ES256"_s));
        QVERIFY(!PublicKey().verify("data", ecSignature, u"ES256"_s));

        // ECDSA signatures are randomised but all verify.
        const QByteArray again = m_ec.sign("data");
        QVERIFY(again != ecSignature);
        QVERIFY(ec.verify("data", again, u"ES256"_s));
        // RSASSA-PKCS1-v1_5 is deterministic.
        QCOMPARE(m_rsa2048.sign("data"), rsaSignature);
    }

    void rs256IsPkcs1v15()
    {
        // Verified by OpenSSL directly with explicit PKCS#1 v1.5 padding and SHA-256.
        const QByteArray signature = m_rsa2048.sign("pkcs1");
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_PKEY_CTX *pctx = nullptr;
        QCOMPARE(EVP_DigestVerifyInit(ctx, &pctx, EVP_sha256(), nullptr, m_rsa2048.handle()), 1);
        QCOMPARE(EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING), 1);
        const int result =
            EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                             static_cast<size_t>(signature.size()),
                             reinterpret_cast<const unsigned char *>("pkcs1"), 5);
        EVP_MD_CTX_free(ctx);
        QCOMPARE(result, 1);
    }
};

QTEST_GUILESS_MAIN(tst_PrivateKey)
#include "tst_privatekey.moc"
