// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimTypes.h"
#include "auth/PrivateKey.h"
#include "auth/PublicKey.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace zc::sim {

// What the simulated tenant remembers: registered API clients, issued access tokens, seen
// assertion IDs, and the tenant-wide switches (read-only mode, ZIA activation status).
class SimState
{
public:
    struct Client
    {
        SimClient client;
        PublicKey publicKey; // null when none is registered (or it did not parse)
    };

    enum class TokenStatus
    {
        Valid,
        Missing,
        Unknown,
        Expired,
        Revoked
    };

    void addClient(const SimClient &client);
    const Client *client(const QString &clientId) const;
    void setTokenLifetime(const QString &clientId, int seconds);

    // A fresh opaque token (32 random bytes, base64url) for the client, valid for the client's
    // lifetime. *lifetime receives that lifetime in seconds.
    QByteArray issueToken(const QString &clientId, int *lifetime);
    TokenStatus checkToken(const QByteArray &token, QString *clientId) const;
    void revokeAllTokens();

    // Records an assertion's jti until `expiresAtSecs`. False when it was seen before.
    bool rememberAssertionId(const QString &clientId, const QString &jti, qint64 expiresAtSecs);

    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool on) { m_readOnly = on; }
    QString ziaActivationStatus() const { return m_ziaActivationStatus; }
    void setZiaActivationStatus(const QString &status) { m_ziaActivationStatus = status; }

private:
    struct Token
    {
        QString clientId;
        qint64 expiresAtMs = 0;
        bool revoked = false;
    };

    QHash<QString, Client> m_clients;
    QHash<QByteArray, Token> m_tokens;
    QHash<QString, qint64> m_assertionIds; // clientId + '\n' + jti -> exp (epoch seconds)
    bool m_readOnly = false;
    QString m_ziaActivationStatus = QStringLiteral("ACTIVE");
};

} // namespace zc::sim
