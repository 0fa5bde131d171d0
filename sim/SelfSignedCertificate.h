// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace zc::sim {

// A TLS identity for the tenant simulator on loopback: an EC P-256 key and a self-signed
// X.509 v3 certificate for localhost, 127.0.0.1 and ::1. The certificate is marked CA:TRUE
// so that clients can trust it as its own anchor through a CA file (certificatePem).
struct SelfSignedIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QByteArray certificatePem;
};

// Valid from one hour ago for 30 days, random serial, SHA-256 signature. Null members when
// generation fails.
SelfSignedIdentity
generateSelfSignedIdentity(const QString &commonName = QStringLiteral("ZConsole tenant simulator"));

} // namespace zc::sim
