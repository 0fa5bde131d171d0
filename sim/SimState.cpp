// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SimState.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {
// Expired tokens are kept this long so that they answer "expired" rather than "unknown".
constexpr qint64 kExpiredTokenMemoryMs = 3600 * 1000;
} // namespace

void SimState::addClient(const SimClient &client)
{
    Client record;
    record.client = client;
    if (!client.publicKeyPem.isEmpty())
        record.publicKey = PublicKey::fromPem(client.publicKeyPem);
    m_clients.insert(client.clientId, record);
}

const SimState::Client *SimState::client(const QString &clientId) const
{
    const auto it = m_clients.constFind(clientId);
    return it == m_clients.cend() ? nullptr : &it.value();
}

void SimState::setTokenLifetime(const QString &clientId, int seconds)
{
    const auto it = m_clients.find(clientId);
    if (it != m_clients.end())
        it->client.tokenLifetimeSeconds = seconds;
}

QByteArray SimState::issueToken(const QString &clientId, int *lifetime)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tokens.removeIf([now](const QHash<QByteArray, Token>::iterator &it) {
        return it->expiresAtMs + kExpiredTokenMemoryMs < now;
    });

    const Client *record = client(clientId);
    const int seconds = record ? record->client.tokenLifetimeSeconds : 3600;
    if (lifetime)
        *lifetime = seconds;

    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / qsizetype(sizeof(quint32)));
    const QByteArray token =
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, Token{clientId, now + qint64(seconds) * 1000, false});
    return token;
}

SimState::TokenStatus SimState::checkToken(const QByteArray &token, QString *clientId) const
{
    if (token.isEmpty())
        return TokenStatus::Missing;
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return TokenStatus::Unknown;
    if (clientId)
        *clientId = it->clientId;
    if (it->revoked)
        return TokenStatus::Revoked;
    if (it->expiresAtMs <= QDateTime::currentMSecsSinceEpoch())
        return TokenStatus::Expired;
    return TokenStatus::Valid;
}

void SimState::revokeAllTokens()
{
    for (auto &token : m_tokens)
        token.revoked = true;
}

bool SimState::rememberAssertionId(const QString &clientId, const QString &jti,
                                   qint64 expiresAtSecs)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Forgetting an ID once its assertion expired is safe: the expired assertion is refused
    // on its own. Keep a minute of margin for the accepted clock skew.
    m_assertionIds.removeIf(
        [now](const QHash<QString, qint64>::iterator &it) { return it.value() + 120 < now; });
    const QString key = clientId + u'\n' + jti;
    if (m_assertionIds.contains(key))
        return false;
    m_assertionIds.insert(key, expiresAtSecs);
    return true;
}

} // namespace zc::sim
