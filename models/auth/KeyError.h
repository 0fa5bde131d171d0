// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace zc {

enum class KeyType
{
    None,
    Rsa,
    EcP256
};

// Why a key could not be loaded. Each has a translated sentence (keyErrorMessage()).
enum class KeyError
{
    None,
    FileUnreadable,     // the file could not be opened or read
    NotAFile,           // a folder, a device or a pipe where a key file was expected
    FileTooLarge,       // over the 1 MiB a key file may have
    NotPem,             // not a PEM key at all (garbage, an empty file, a malformed JWK)
    PassphraseRequired, // the key is encrypted and no passphrase was given
    WrongPassphrase,    // the key is encrypted and the passphrase does not open it
    UnsupportedType,    // not RSA nor EC (e.g. Ed25519, DSA)
    RsaTooShort,        // RSA under 2048 bits: refused like the official SDKs do
    UnsupportedCurve,   // EC on a curve other than P-256
    NotPrivate,         // a public key or a certificate where a private key was expected
                        // (or a private key where a public key was expected)
    Damaged,            // loads, but its private and public parts do not match: it signs
                        // what its public key (the one registered in ZIdentity) cannot verify
};

QString keyErrorMessage(KeyError error);

// Sets *error when error is not null (the key functions' optional out-parameter).
inline void setKeyError(KeyError *error, KeyError value)
{
    if (error)
        *error = value;
}

} // namespace zc
