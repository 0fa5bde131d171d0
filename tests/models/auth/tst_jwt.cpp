// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Compact JWS signing, parsing and verification, and the RFC 7523 client assertion.
#include "auth/Jwt.h"

#include <QJsonDocument>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;
using zc::PrivateKey;
using zc::PublicKey;

namespace {

QByteArray decodedPart(const QByteArray &compact, int index)
{
    return QByteArray::fromBase64(compact.split('.').value(index), QByteArray::Base64UrlEncoding);
}

// The raw r||s signature converted to DER here, independently of the code under test.
QByteArray rawToDer(const QByteArray &raw)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, 32, nullptr), BN_bin2bn(bytes + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    const QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

bool opensslVerify(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
              EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               static_cast<size_t>(signature.size()),
                               reinterpret_cast<const unsigned char *>(data.constData()),
                               static_cast<size_t>(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

QByteArray replacePart(const QByteArray &compact, int index, const QByteArray &part)
{
    QList<QByteArray> parts = compact.split('.');
    parts[index] = part;
    return parts.join('.');
}

} // namespace

class tst_Jwt : public QObject
{
    Q_OBJECT

private:
    PrivateKey m_rsa = PrivateKey::generateRsa(2048);
    PrivateKey m_ec = PrivateKey::generateEcP256();

    PrivateKey key(bool rsa) const { return rsa ? m_rsa : m_ec; }

private Q_SLOTS:
    void base64UrlVectors_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        // RFC 4648 section 10, without padding.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        // The url-safe characters: 0xfb 0xff -> "-_8" (standard base64 "+/8=").
        QTest::newRow("url-safe") << QByteArray("\xfb\xff") << QByteArray("-_8");
        QTest::newRow("all-high") << QByteArray("\xff\xff\xff") << QByteArray("____");
        // RFC 7515 appendix C.
        QTest::newRow("rfc7515-c") << QByteArray("\x03\xec\xff\xf0", 4) << QByteArray("A-z_8A");
        // The JOSE header of RFC 7515 appendix A.1.
        QTest::newRow("rfc7515-a1") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                                    << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
    }
    void base64UrlVectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(zc::jwt::base64UrlEncode(plain), encoded);
        QByteArray decoded("stale");
        QVERIFY(zc::jwt::base64UrlDecode(encoded, &decoded));
        QCOMPARE(decoded, plain);
    }

    void base64UrlRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plus") << QByteArray("ab+c");
        QTest::newRow("slash") << QByteArray("ab/c");
        QTest::newRow("padding") << QByteArray("Zg==");
        QTest::newRow("inner-padding") << QByteArray("Zg=a");
        QTest::newRow("space") << QByteArray("Zm9v YmFy");
        QTest::newRow("newline") << QByteArray("Zm9v\nYmFy");
        QTest::newRow("dot") << QByteArray("Zm9v.");
        QTest::newRow("star") << QByteArray("Zm*v");
        QTest::newRow("nul") << QByteArray("Zm\0v", 4);
        QTest::newRow("non-ascii") << QByteArray("Zm\xc3\xa9v");
        QTest::newRow("impossible-length") << QByteArray("Zm9vY");
    }
    void base64UrlRejects()
    {
        QFETCH(QByteArray, text);
        QByteArray out("stale");
        QVERIFY(!zc::jwt::base64UrlDecode(text, &out));
        QVERIFY(out.isEmpty());
    }

    void signDecodeVerify_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("RS256") << true;
        QTest::newRow("ES256") << false;
    }
    void signDecodeVerify()
    {
        QFETCH(bool, rsa);
        const PrivateKey signer = key(rsa);
        const QJsonObject claims{{u"sub"_s, u"client"_s}, {u"n"_s, 42}, {u"ü"_s, u"ß"_s}};
        const QByteArray token = zc::jwt::sign(claims, signer);
        QVERIFY(!token.isEmpty());
        QCOMPARE(token.count('.'), 2);
        QVERIFY(!token.contains('=') && !token.contains('+') && !token.contains('/'));

        // Header is exactly {"alg":...,"typ":"JWT"}, serialised compactly.
        QCOMPARE(decodedPart(token, 0),
                 QByteArray("{\"alg\":\"") + signer.algorithm().toLatin1() + "\",\"typ\":\"JWT\"}");
        QCOMPARE(decodedPart(token, 1), QJsonDocument(claims).toJson(QJsonDocument::Compact));

        const zc::jwt::Decoded decoded = zc::jwt::decode(token);
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error));
        QCOMPARE(decoded.header.value(u"alg"_s).toString(), signer.algorithm());
        QCOMPARE(decoded.header.value(u"typ"_s).toString(), u"JWT"_s);
        QCOMPARE(decoded.header.size(), 2);
        QCOMPARE(decoded.claims, claims);
        QCOMPARE(decoded.signingInput, token.left(token.lastIndexOf('.')));
        QCOMPARE(decoded.signature.size(), rsa ? 256 : 64);

        const PublicKey verifier = PublicKey::fromPrivateKey(signer);
        QVERIFY(zc::jwt::verify(decoded, verifier));
        QVERIFY(zc::jwt::verify(decoded, PublicKey::fromJwk(signer.publicJwk())));
        QVERIFY(zc::jwt::verify(decoded, PublicKey::fromPem(signer.publicKeyPem())));

        // OpenSSL's own verification of the same bytes.
        const QByteArray signature = rsa ? decoded.signature : rawToDer(decoded.signature);
        QVERIFY(opensslVerify(signer.handle(), decoded.signingInput, signature));
        QVERIFY(!opensslVerify(signer.handle(), decoded.signingInput + 'x', signature));

        // Another key of the same type does not verify it.
        const PrivateKey other = rsa ? PrivateKey::generateRsa(2048) : PrivateKey::generateEcP256();
        QVERIFY(!zc::jwt::verify(decoded, PublicKey::fromPrivateKey(other)));
        QVERIFY(!zc::jwt::verify(decoded, PublicKey()));
    }

    void es256IsRawRs()
    {
        // Several signatures, so that short r or s values (left-padded) are likely exercised.
        const PublicKey verifier = PublicKey::fromPrivateKey(m_ec);
        for (int i = 0; i < 64; ++i) {
            const QByteArray data = "message " + QByteArray::number(i);
            const QByteArray signature = m_ec.sign(data);
            QCOMPARE(signature.size(), 64);
            QVERIFY(opensslVerify(m_ec.handle(), data, rawToDer(signature)));
            QVERIFY(verifier.verify(data, signature, u"ES256"_s));
            // The DER form is not accepted where the raw JWS form is expected.
            QVERIFY(!verifier.verify(data, rawToDer(signature), u"ES256"_s));
        }
    }

    void tampering_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("RS256") << true;
        QTest::newRow("ES256") << false;
    }
    void tampering()
    {
        QFETCH(bool, rsa);
        const PrivateKey signer = key(rsa);
        const PublicKey verifier = PublicKey::fromPrivateKey(signer);
        const QByteArray token =
            zc::jwt::sign({{u"sub"_s, u"alice"_s}, {u"admin"_s, false}}, signer);
        QVERIFY(zc::jwt::verify(zc::jwt::decode(token), verifier));

        // A changed claim.
        const QByteArray claims = zc::jwt::base64UrlEncode(
            QJsonDocument(QJsonObject{{u"sub"_s, u"alice"_s}, {u"admin"_s, true}})
                .toJson(QJsonDocument::Compact));
        const zc::jwt::Decoded changedClaim = zc::jwt::decode(replacePart(token, 1, claims));
        QVERIFY(changedClaim.isValid());
        QVERIFY(!zc::jwt::verify(changedClaim, verifier));

        // A flipped signature bit.
        zc::jwt::Decoded flipped = zc::jwt::decode(token);
        flipped.signature[10] = char(flipped.signature.at(10) ^ 0x01);
        QVERIFY(!zc::jwt::verify(flipped, verifier));
        const QByteArray reencoded =
            replacePart(token, 2, zc::jwt::base64UrlEncode(flipped.signature));
        QVERIFY(!zc::jwt::verify(zc::jwt::decode(reencoded), verifier));

        // An empty or truncated signature.
        QVERIFY(!zc::jwt::verify(zc::jwt::decode(replacePart(token, 2, {})), verifier));
        zc::jwt::Decoded truncated = zc::jwt::decode(token);
        truncated.signature.chop(1);
        QVERIFY(!zc::jwt::verify(truncated, verifier));
    }

    void algorithmMismatch()
    {
        const QByteArray rsaToken = zc::jwt::sign({{u"a"_s, 1}}, m_rsa);
        const QByteArray ecToken = zc::jwt::sign({{u"a"_s, 1}}, m_ec);
        QVERIFY(!zc::jwt::verify(zc::jwt::decode(rsaToken), PublicKey::fromPrivateKey(m_ec)));
        QVERIFY(!zc::jwt::verify(zc::jwt::decode(ecToken), PublicKey::fromPrivateKey(m_rsa)));

        // A header that claims another algorithm than the key's, or "none".
        for (const QString &alg : {u"ES256"_s, u"none"_s, u"HS256"_s, u"PS256"_s, u"rs256"_s}) {
            const QByteArray header = zc::jwt::base64UrlEncode(
                QJsonDocument(QJsonObject{{u"alg"_s, alg}, {u"typ"_s, u"JWT"_s}})
                    .toJson(QJsonDocument::Compact));
            const zc::jwt::Decoded forged = zc::jwt::decode(replacePart(rsaToken, 0, header));
            QVERIFY(forged.isValid());
            QVERIFY2(!zc::jwt::verify(forged, PublicKey::fromPrivateKey(m_rsa)), qPrintable(alg));
        }
    }

    void decodeErrors_data()
    {
        QTest::addColumn<QByteArray>("compact");
        const QByteArray header = zc::jwt::base64UrlEncode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        const QByteArray claims = zc::jwt::base64UrlEncode("{\"sub\":\"x\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one-part") << header;
        QTest::newRow("two-parts") << header + '.' + claims;
        QTest::newRow("four-parts") << header + '.' + claims + ".c2ln.extra";
        QTest::newRow("empty-header") << '.' + claims + ".c2ln";
        QTest::newRow("empty-claims") << header + "..c2ln";
        QTest::newRow("header-not-base64") << "e+J." + claims + ".c2ln";
        QTest::newRow("claims-not-base64") << header + ".e/J.c2ln";
        QTest::newRow("signature-not-base64") << header + '.' + claims + ".c2l=";
        QTest::newRow("header-not-json")
            << zc::jwt::base64UrlEncode("not json") + '.' + claims + ".c2ln";
        QTest::newRow("header-array") << zc::jwt::base64UrlEncode("[1,2]") + '.' + claims + ".c2ln";
        QTest::newRow("claims-string")
            << header + '.' + zc::jwt::base64UrlEncode("\"x\"") + ".c2ln";
        QTest::newRow("header-without-alg")
            << zc::jwt::base64UrlEncode("{\"typ\":\"JWT\"}") + '.' + claims + ".c2ln";
    }
    void decodeErrors()
    {
        QFETCH(QByteArray, compact);
        const zc::jwt::Decoded decoded = zc::jwt::decode(compact);
        QVERIFY(!decoded.isValid());
        QVERIFY(!decoded.error.isEmpty());
        QVERIFY(!zc::jwt::verify(decoded, PublicKey::fromPrivateKey(m_rsa)));
    }

    void signRefusesNullKey() { QVERIFY(zc::jwt::sign({{u"a"_s, 1}}, PrivateKey()).isEmpty()); }

    void clientAssertion_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("RS256") << true;
        QTest::newRow("ES256") << false;
    }
    void clientAssertion()
    {
        QFETCH(bool, rsa);
        const PrivateKey signer = key(rsa);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const QString clientId = u"0oa1b2c3d4ClientId"_s;
        const QString audience = u"https://acme.zslogin.net/oauth2/v1/token"_s;
        const QByteArray assertion = zc::buildClientAssertion(signer, clientId, audience, now, 120);
        QVERIFY(!assertion.isEmpty());

        QCOMPARE(decodedPart(assertion, 0),
                 QByteArray("{\"alg\":\"") + signer.algorithm().toLatin1() + "\",\"typ\":\"JWT\"}");
        const zc::jwt::Decoded decoded = zc::jwt::decode(assertion);
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error));
        QVERIFY(zc::jwt::verify(decoded, PublicKey::fromJwk(signer.publicJwk())));

        const QJsonObject &claims = decoded.claims;
        QCOMPARE(claims.value(u"iss"_s).toString(), clientId);
        QCOMPARE(claims.value(u"sub"_s).toString(), clientId);
        QCOMPARE(claims.value(u"aud"_s).toString(), audience);
        QCOMPARE(claims.value(u"iat"_s).toInteger(), 1'700'000'000);
        QCOMPARE(claims.value(u"exp"_s).toInteger(), 1'700'000'120);
        QVERIFY(decodedPart(assertion, 1).contains("\"iat\":1700000000")); // an integer
        const QString jti = claims.value(u"jti"_s).toString();
        QByteArray jtiBytes;
        QVERIFY(zc::jwt::base64UrlDecode(jti.toLatin1(), &jtiBytes));
        QCOMPARE(jtiBytes.size(), 16);
        QCOMPARE(claims.size(), 6);

        // A fresh jti every time.
        const zc::jwt::Decoded second =
            zc::jwt::decode(zc::buildClientAssertion(signer, clientId, audience, now, 120));
        QVERIFY(second.isValid());
        QVERIFY(second.claims.value(u"jti"_s).toString() != jti);

        // Defaults: now and a 300-second lifetime.
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const zc::jwt::Decoded byDefault =
            zc::jwt::decode(zc::buildClientAssertion(signer, clientId, audience));
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QVERIFY(byDefault.isValid());
        const qint64 iat = byDefault.claims.value(u"iat"_s).toInteger();
        QVERIFY(iat >= before && iat <= after);
        QCOMPARE(byDefault.claims.value(u"exp"_s).toInteger(), iat + 300);
    }

    void clientAssertionRefusals()
    {
        const QString aud = u"https://example/token"_s;
        QVERIFY(zc::buildClientAssertion(PrivateKey(), u"id"_s, aud).isEmpty());
        QVERIFY(zc::buildClientAssertion(m_ec, QString(), aud).isEmpty());
        QVERIFY(zc::buildClientAssertion(m_ec, u"id"_s, QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Jwt)
#include "tst_jwt.moc"
