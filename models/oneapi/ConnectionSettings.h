// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Product.h"
#include "net/ProxySettings.h"

#include <QString>
#include <QUrl>

namespace zc {

enum class Cloud
{
    Production,
    Beta,
    Gov,
    GovUs,
    Custom
};

QString cloudKey(Cloud cloud); // "production", "beta", "gov", "govus", "custom"
bool parseCloud(const QString &text, Cloud *out);

enum class AuthMethod
{
    ClientSecret,
    PrivateKey
};

// How a client secret travels to the token endpoint (RFC 6749 section 2.3.1).
enum class SecretStyle
{
    Basic,
    Form
};

// The `aud` claim of a private-key JWT assertion. The seed documents the ZIdentity base URL;
// the official SDKs send the API audience instead. Both are accepted by ZIdentity.
enum class AssertionAudience
{
    ZIdentityBase,
    ApiAudience
};

inline constexpr auto kApiAudience = "https://api.zscaler.com";

// Everything needed to reach one tenant, without secrets. Secrets travel separately
// (see auth/Credentials.h) so that these settings can be stored and logged freely.
struct ConnectionSettings
{
    Cloud cloud = Cloud::Production;
    QString vanityDomain;
    QString clientId;
    AuthMethod authMethod = AuthMethod::ClientSecret;
    SecretStyle secretStyle = SecretStyle::Basic;
    AssertionAudience assertionAudience = AssertionAudience::ZIdentityBase;
    QString zpaCustomerId;
    QString zpaMicrotenantId; // empty: all microtenants; "0": Default
    QUrl tokenUrlOverride;    // wins over the cloud's derived token URL
    QUrl apiUrlOverride;      // wins over the cloud's derived API host
    QString caFile;           // extra PEM trust anchors, added to the system store
    ProxySettings proxy;      // the system's proxy unless told otherwise

    // Token endpoint: override, or derived from cloud and vanity domain. Invalid when neither
    // can be formed (custom cloud without URL, missing vanity domain).
    QUrl tokenUrl() const;
    // API host (scheme://host[:port][/prefix]), override or derived from the cloud.
    QUrl apiHost() const;
    // apiHost() + the product's base path.
    QUrl baseUrl(Product product) const;
    // scheme://host[:port] of the token endpoint: the `aud` of an assertion per the seed.
    QString identityBaseUrl() const;
    QString assertionAudienceValue() const;

    // A translated sentence naming the first problem, or empty when the settings can be used.
    QString validationError() const;
};

// True for 127.0.0.0/8, ::1 and "localhost": the only hosts that may receive credentials or
// tokens over plain http.
bool isLoopbackHost(const QString &host);
// True when credentials may be sent to this URL: https, or http to a loopback host.
bool isSafeForCredentials(const QUrl &url);

} // namespace zc
