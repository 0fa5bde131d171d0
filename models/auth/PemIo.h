// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// PEM in and out for the key classes. Internal to models/auth (and the simulator's
// certificate, which writes through bioContents()).

#include "KeyError.h"

#include <QByteArray>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;
using BIO = struct bio_st;

namespace zc::keys {

// A supported private key from PKCS#8, PKCS#1 or SEC1 PEM text, or null with *error saying
// why (the passphrase is needed, wrong, the text is a public key...).
std::shared_ptr<EVP_PKEY> privateKeyFromPem(const QByteArray &pem, const QByteArray &passphrase,
                                            KeyError *error);
// A supported public key from SubjectPublicKeyInfo PEM ("PUBLIC KEY"), or null.
std::shared_ptr<EVP_PKEY> publicKeyFromPem(const QByteArray &pem, KeyError *error);

// PKCS#8 PEM, encrypted with AES-256-CBC when a passphrase is given; written through a
// buffer that OpenSSL wipes. Empty on failure.
QByteArray privateKeyToPem(EVP_PKEY *key, const QByteArray &passphrase);
// SubjectPublicKeyInfo PEM. Empty on failure.
QByteArray publicKeyToPem(EVP_PKEY *key);

// A copy of what a memory BIO holds (the BIO keeps, and for secmem wipes, its own buffer).
QByteArray bioContents(BIO *bio);

} // namespace zc::keys
