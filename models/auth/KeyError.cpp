// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeyError.h"

#include <QCoreApplication>

namespace zc {

QString keyErrorMessage(KeyError error)
{
    switch (error) {
    case KeyError::None:
        return QCoreApplication::translate("zc::PrivateKey", "The key is usable.");
    case KeyError::FileUnreadable:
        return QCoreApplication::translate(
            "zc::PrivateKey", "The key file could not be opened or read. Check that it exists "
                              "and that you are allowed to read it.");
    case KeyError::NotAFile:
        return QCoreApplication::translate(
            "zc::PrivateKey", "This is not a regular file (a folder, a device or a pipe). "
                              "Choose the PEM file of the private key.");
    case KeyError::FileTooLarge:
        return QCoreApplication::translate(
            "zc::PrivateKey", "The file is larger than 1 MiB, so it is not a key file (keys "
                              "are a few kilobytes). Choose the PEM file of the private key.");
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

} // namespace zc
