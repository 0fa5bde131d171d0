// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "JwkIo.h"

#include "Jwt.h"
#include "KeyTraits.h"
#include "OsslPtr.h"

#include <QCryptographicHash>

#include <openssl/core_names.h>

using namespace Qt::Literals::StringLiterals;

namespace zc::keys {

namespace {

struct PublicMembers
{
    KeyType type = KeyType::None;
    QByteArray n, e; // RSA
    QByteArray x, y; // EC P-256
};

QByteArray bnParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    const OsslPtr<BIGNUM> owned(bn);
    return bnToBytes(owned.get(), padTo);
}

PublicMembers publicMembers(EVP_PKEY *key)
{
    PublicMembers members;
    members.type = typeOf(key);
    if (members.type == KeyType::Rsa) {
        members.n = bnParam(key, OSSL_PKEY_PARAM_RSA_N);
        members.e = bnParam(key, OSSL_PKEY_PARAM_RSA_E);
        if (members.n.isEmpty() || members.e.isEmpty())
            members.type = KeyType::None;
    } else if (members.type == KeyType::EcP256) {
        members.x = bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, P256FieldBytes);
        members.y = bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, P256FieldBytes);
        if (members.x.isEmpty() || members.y.isEmpty())
            members.type = KeyType::None;
    }
    return members;
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(jwt::base64UrlEncode(bytes));
}

// RFC 7638: the SHA-256 of the required members, in lexicographic order, without spaces.
QString thumbprintOf(const PublicMembers &members)
{
    QString canonical;
    switch (members.type) {
    case KeyType::Rsa:
        canonical =
            uR"({"e":"%1","kty":"RSA","n":"%2"})"_s.arg(base64Url(members.e), base64Url(members.n));
        break;
    case KeyType::EcP256:
        canonical = uR"({"crv":"P-256","kty":"EC","x":"%1","y":"%2"})"_s.arg(base64Url(members.x),
                                                                             base64Url(members.y));
        break;
    case KeyType::None:
        return {};
    }
    return base64Url(QCryptographicHash::hash(canonical.toLatin1(), QCryptographicHash::Sha256));
}

// A JWK member: base64url without padding, non-empty.
bool member(const QJsonObject &jwk, const char *name, QByteArray *out)
{
    const QByteArray text = jwk.value(QLatin1StringView(name)).toString().toLatin1();
    return !text.isEmpty() && jwt::base64UrlDecode(text, out);
}

bool pushRsa(OSSL_PARAM_BLD *builder, const QJsonObject &jwk, KeyError *error, OsslPtr<BIGNUM> *n,
             OsslPtr<BIGNUM> *e)
{
    QByteArray nBytes;
    QByteArray eBytes;
    if (!member(jwk, "n", &nBytes) || !member(jwk, "e", &eBytes))
        return false;
    const auto bn = [](const QByteArray &bytes) {
        return OsslPtr<BIGNUM>(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                         static_cast<int>(bytes.size()), nullptr));
    };
    *n = bn(nBytes);
    *e = bn(eBytes);
    if (!*n || !*e || BN_is_zero(e->get()) ||
        OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, n->get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, e->get()) != 1)
        return false;
    if (BN_num_bits(n->get()) < MinimumRsaBits) {
        setKeyError(error, KeyError::RsaTooShort);
        return false;
    }
    return true;
}

bool pushEc(OSSL_PARAM_BLD *builder, const QJsonObject &jwk, KeyError *error, QByteArray *point)
{
    if (jwk.value("crv"_L1).toString() != "P-256"_L1) {
        setKeyError(error, KeyError::UnsupportedCurve);
        return false;
    }
    QByteArray x;
    QByteArray y;
    if (!member(jwk, "x", &x) || !member(jwk, "y", &y) || x.size() != P256FieldBytes ||
        y.size() != P256FieldBytes)
        return false;
    *point = QByteArray(1, '\x04') + x + y; // uncompressed SEC1 point
    return OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) ==
               1 &&
           OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point->constData(),
                                            static_cast<size_t>(point->size())) == 1;
}

} // namespace

QJsonObject publicJwk(EVP_PKEY *key)
{
    const PublicMembers members = publicMembers(key);
    QJsonObject jwk;
    if (members.type == KeyType::Rsa) {
        jwk = {{u"kty"_s, u"RSA"_s},
               {u"n"_s, base64Url(members.n)},
               {u"e"_s, base64Url(members.e)},
               {u"alg"_s, u"RS256"_s}};
    } else if (members.type == KeyType::EcP256) {
        jwk = {{u"kty"_s, u"EC"_s},
               {u"crv"_s, u"P-256"_s},
               {u"x"_s, base64Url(members.x)},
               {u"y"_s, base64Url(members.y)},
               {u"alg"_s, u"ES256"_s}};
    } else {
        return {};
    }
    jwk.insert(u"use"_s, u"sig"_s);
    jwk.insert(u"kid"_s, thumbprintOf(members));
    return jwk;
}

QString thumbprint(EVP_PKEY *key)
{
    return thumbprintOf(publicMembers(key));
}

std::shared_ptr<EVP_PKEY> publicKeyFromJwk(const QJsonObject &jwk, KeyError *error)
{
    setKeyError(error, KeyError::NotPem);
    const QString kty = jwk.value("kty"_L1).toString();
    const OsslPtr<OSSL_PARAM_BLD> builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return {};
    // The builder refers to these until the parameters are made.
    OsslPtr<BIGNUM> n;
    OsslPtr<BIGNUM> e;
    QByteArray point;
    const char *algorithm = nullptr;
    if (kty == "RSA"_L1) {
        if (!pushRsa(builder.get(), jwk, error, &n, &e))
            return {};
        algorithm = "RSA";
    } else if (kty == "EC"_L1) {
        if (!pushEc(builder.get(), jwk, error, &point))
            return {};
        algorithm = "EC";
    } else {
        if (!kty.isEmpty())
            setKeyError(error, KeyError::UnsupportedType);
        return {};
    }

    const OsslPtr<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(builder.get()));
    const OsslPtr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return acceptSupported(sharedKey(raw), error);
}

} // namespace zc::keys
