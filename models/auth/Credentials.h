// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PrivateKey.h"

#include <QByteArray>

namespace zc {

// The secret half of a connection: a client secret or a private key, and the passwords of
// its proxies (see ProxySettings), in memory only.
struct Credentials
{
    QByteArray clientSecret;
    PrivateKey privateKey;
    QByteArray proxyPassword;     // of the proxy for https:// URLs (a profile's one proxy)
    QByteArray httpProxyPassword; // of the proxy for http:// URLs

    // Overwrites the secret bytes before releasing them.
    void wipe();
};

// Overwrites a byte array's storage with zeros and clears it (detaching first, so shared
// copies elsewhere are not disturbed but also not wiped: keep a single owner of secrets).
void secureWipe(QByteArray &bytes);

} // namespace zc
