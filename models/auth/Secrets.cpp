// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Secrets.h"

#include <openssl/crypto.h>

namespace zc {

void secureWipe(QByteArray &bytes)
{
    // capacity() is 0 for data the array does not own (fromRawData, literals): writing there
    // would hit read-only memory. Otherwise the buffer is the array's own (perhaps shared):
    // wipe it where it is, without detaching, which would only wipe a fresh copy.
    if (!bytes.isEmpty() && bytes.capacity() >= bytes.size())
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes = QByteArray();
}

void secureWipe(QString &text)
{
    if (!text.isEmpty() && text.capacity() >= text.size())
        OPENSSL_cleanse(const_cast<QChar *>(text.constData()),
                        static_cast<size_t>(text.size()) * sizeof(QChar));
    text = QString();
}

QByteArray secretCopy(const QByteArray &secret)
{
    // The (pointer, size) constructor always allocates: never shared with `secret`.
    return secret.isEmpty() ? QByteArray() : QByteArray(secret.constData(), secret.size());
}

} // namespace zc
