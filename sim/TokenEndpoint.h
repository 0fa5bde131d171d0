// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "SimRequest.h"

#include <QString>
#include <QStringList>

namespace zc::sim {

class SimState;

// ZIdentity's OAuth 2.0 token endpoint (client credentials grant), as OneAPI uses it:
// form-urlencoded POST with audience=https://api.zscaler.com, the client authenticated by
// secret (HTTP Basic or form fields) or by a private-key JWT assertion (RFC 7523). Refusals
// are HTTP 400 {"error", "error_description"}; descriptions never echo a secret or an
// assertion.
class TokenEndpoint
{
public:
    static constexpr auto path = "/oauth2/v1/token";
    static constexpr auto apiAudience = "https://api.zscaler.com";
    static constexpr auto assertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static constexpr int allowedSkewSeconds = 60;
    static constexpr int maxAssertionLifetimeSeconds = 3600;

    explicit TokenEndpoint(SimState &state);

    // The `aud` values an assertion may carry besides https://api.zscaler.com: the
    // simulator's own scheme://host:port (the seed's "ZIdentity base URL").
    void setIdentityBaseUrls(const QStringList &urls) { m_identityBaseUrls = urls; }

    HttpResponse handle(const SimRequest &request);

private:
    HttpResponse authenticateWithAssertion(const QString &formClientId,
                                           const QByteArray &assertion);
    HttpResponse issue(const QString &clientId);

    SimState &m_state;
    QStringList m_identityBaseUrls;
};

} // namespace zc::sim
