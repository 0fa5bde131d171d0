// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Credentials.h"

#include <openssl/crypto.h>

namespace zc {

void secureWipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        // Detach so that the wipe hits storage this array owns alone, never a shared buffer
        // or raw data it merely points at.
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

void Credentials::wipe()
{
    secureWipe(clientSecret);
    secureWipe(proxyPassword);
    secureWipe(httpProxyPassword);
    // Dropping the last reference frees the key; OpenSSL clears private key material on free.
    privateKey = PrivateKey();
}

} // namespace zc
