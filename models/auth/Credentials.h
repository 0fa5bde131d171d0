// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PrivateKey.h"
#include "Secrets.h"

#include <QByteArray>

namespace zc {

// The secret half of a connection: a client secret or a private key, and the passwords of
// its proxies (see ProxySettings), in memory only. A copy owns buffers of its own
// (secretCopy()), so that wiping one copy never empties another still in use; every copy
// wipes its bytes when it goes.
struct Credentials
{
    Credentials() = default;
    explicit Credentials(QByteArray secret, PrivateKey key = {}, QByteArray proxy = {},
                         QByteArray httpProxy = {});
    Credentials(const Credentials &other);
    Credentials &operator=(const Credentials &other);
    Credentials(Credentials &&other) noexcept = default;
    Credentials &operator=(Credentials &&other) noexcept;
    ~Credentials();

    QByteArray clientSecret;
    PrivateKey privateKey;
    QByteArray proxyPassword;     // of the proxy for https:// URLs (a profile's one proxy)
    QByteArray httpProxyPassword; // of the proxy for http:// URLs

    // Overwrites the secret bytes before releasing them (secureWipe()).
    void wipe();
};

} // namespace zc
