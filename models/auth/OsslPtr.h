// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Ownership of OpenSSL handles for the key code (and the simulator's certificate): one
// unique_ptr type whose deleter calls the free function that belongs to the handle's type,
// and a guard that leaves the thread's OpenSSL error queue empty.

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <memory>

namespace zc {

struct OsslFree
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};

// OsslPtr<BIO> bio(BIO_new(...)): freed with BIO_free when it goes out of scope.
template<typename T> using OsslPtr = std::unique_ptr<T, OsslFree>;

// A key shared by copies of PrivateKey / PublicKey (null stays null).
inline std::shared_ptr<EVP_PKEY> sharedKey(EVP_PKEY *key)
{
    return key ? std::shared_ptr<EVP_PKEY>(key, OsslFree()) : std::shared_ptr<EVP_PKEY>();
}

// Clears the thread's OpenSSL error queue when a public entry point returns, so that a
// failure here never shows up later as a stale error in an unrelated TLS or crypto call.
class OsslErrorGuard
{
public:
    OsslErrorGuard() = default;
    ~OsslErrorGuard() { ERR_clear_error(); }
    OsslErrorGuard(const OsslErrorGuard &) = delete;
    OsslErrorGuard &operator=(const OsslErrorGuard &) = delete;
};

} // namespace zc
