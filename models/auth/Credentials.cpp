// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Credentials.h"

#include <utility>

namespace zc {

Credentials::Credentials(QByteArray secret, PrivateKey key, QByteArray proxy, QByteArray httpProxy)
    : clientSecret(std::move(secret))
    , privateKey(std::move(key))
    , proxyPassword(std::move(proxy))
    , httpProxyPassword(std::move(httpProxy))
{}

Credentials::Credentials(const Credentials &other)
    : clientSecret(secretCopy(other.clientSecret))
    , privateKey(other.privateKey)
    , proxyPassword(secretCopy(other.proxyPassword))
    , httpProxyPassword(secretCopy(other.httpProxyPassword))
{}

Credentials &Credentials::operator=(const Credentials &other)
{
    if (this != &other) {
        wipe();
        clientSecret = secretCopy(other.clientSecret);
        privateKey = other.privateKey;
        proxyPassword = secretCopy(other.proxyPassword);
        httpProxyPassword = secretCopy(other.httpProxyPassword);
    }
    return *this;
}

Credentials &Credentials::operator=(Credentials &&other) noexcept
{
    if (this != &other) {
        wipe();
        clientSecret = std::exchange(other.clientSecret, {});
        privateKey = std::exchange(other.privateKey, {});
        proxyPassword = std::exchange(other.proxyPassword, {});
        httpProxyPassword = std::exchange(other.httpProxyPassword, {});
    }
    return *this;
}

Credentials::~Credentials()
{
    wipe();
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
