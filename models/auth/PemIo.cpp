// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "PemIo.h"

#include "KeyTraits.h"
#include "OsslPtr.h"

#include <QList>

#include <openssl/pem.h>

#include <cstring>

namespace zc::keys {

namespace {

// A read-only memory BIO over bytes owned by the caller (no copy of the key text is made).
OsslPtr<BIO> readBio(const QByteArray &bytes)
{
    return OsslPtr<BIO>(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
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

std::shared_ptr<EVP_PKEY> readPrivate(const QByteArray &pem, PassphraseRequest *request)
{
    const OsslPtr<BIO> bio = readBio(pem);
    if (!bio)
        return {};
    return sharedKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, request));
}

} // namespace

std::shared_ptr<EVP_PKEY> privateKeyFromPem(const QByteArray &pem, const QByteArray &passphrase,
                                            KeyError *error)
{
    setKeyError(error, KeyError::NotPem);
    if (pem.trimmed().isEmpty())
        return {};
    PassphraseRequest request{&passphrase, false};
    std::shared_ptr<EVP_PKEY> key = readPrivate(pem, &request);
    if (!key) {
        if (request.asked) {
            setKeyError(error, passphrase.isEmpty() ? KeyError::PassphraseRequired
                                                    : KeyError::WrongPassphrase);
            return {};
        }
        const QList<QByteArray> labels = pemLabels(pem);
        if (!hasPrivateLabel(labels) && hasPublicOrCertificateLabel(labels))
            setKeyError(error, KeyError::NotPrivate);
        return {};
    }
    return acceptSupported(std::move(key), error);
}

std::shared_ptr<EVP_PKEY> publicKeyFromPem(const QByteArray &pem, KeyError *error)
{
    setKeyError(error, KeyError::NotPem);
    if (pem.trimmed().isEmpty())
        return {};
    std::shared_ptr<EVP_PKEY> key;
    {
        const OsslPtr<BIO> bio = readBio(pem);
        if (!bio)
            return {};
        // Never OpenSSL's default callback: it would prompt on the terminal.
        PassphraseRequest none;
        key = sharedKey(PEM_read_bio_PUBKEY(bio.get(), nullptr, passphraseCallback, &none));
    }
    if (!key) {
        // A private key (even an encrypted one) where a public key was expected.
        if (hasPrivateLabel(pemLabels(pem))) {
            PassphraseRequest request;
            if (readPrivate(pem, &request) || request.asked)
                setKeyError(error, KeyError::NotPrivate);
        }
        return {};
    }
    return acceptSupported(std::move(key), error);
}

QByteArray privateKeyToPem(EVP_PKEY *key, const QByteArray &passphrase)
{
    if (!key)
        return {};
    // A writable BIO whose buffer is cleansed when it grows and when it is freed.
    const OsslPtr<BIO> bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        return {};
    const EVP_CIPHER *cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    const int ok = PEM_write_bio_PKCS8PrivateKey(
        bio.get(), key, cipher, passphrase.isEmpty() ? nullptr : passphrase.constData(),
        static_cast<int>(passphrase.size()), nullptr, nullptr);
    return ok == 1 ? bioContents(bio.get()) : QByteArray();
}

QByteArray publicKeyToPem(EVP_PKEY *key)
{
    if (!key)
        return {};
    const OsslPtr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace zc::keys
