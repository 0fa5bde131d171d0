// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

struct CloudHosts
{
    Cloud cloud;
    const char *key;
    const char *loginDomain; // token endpoint host suffix after the vanity domain
    const char *apiHost;
};

constexpr CloudHosts kClouds[] = {
    {Cloud::Production, "production", "zslogin.net", "api.zsapi.net"},
    {Cloud::Beta, "beta", "zsloginbeta.net", "api.beta.zsapi.net"},
    {Cloud::Gov, "gov", "zidentitygov.net", "api.zscalergov.net"},
    {Cloud::GovUs, "govus", "zidentitygov.us", "api.zscalergov.us"},
    {Cloud::Custom, "custom", nullptr, nullptr},
};

const CloudHosts &hostsFor(Cloud cloud)
{
    for (const auto &c : kClouds) {
        if (c.cloud == cloud)
            return c;
    }
    return kClouds[0];
}

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::ConnectionSettings)
};

bool isValidVanity(const QString &vanity)
{
    if (vanity.isEmpty() || vanity.size() > 63)
        return false;
    for (QChar c : vanity) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    }
    return !vanity.startsWith(u'-') && !vanity.endsWith(u'-');
}

} // namespace

QString cloudKey(Cloud cloud)
{
    return QString::fromLatin1(hostsFor(cloud).key);
}

bool parseCloud(const QString &text, Cloud *out)
{
    const QString t = text.trimmed().toLower();
    for (const auto &c : kClouds) {
        if (t == QLatin1String(c.key)) {
            if (out)
                *out = c.cloud;
            return true;
        }
    }
    // Accept the spellings used by the official SDKs' ZSCALER_CLOUD variable.
    if (t.isEmpty() || t == "prod"_L1 || t == "zscaler"_L1) {
        if (out)
            *out = Cloud::Production;
        return true;
    }
    return false;
}

QUrl ConnectionSettings::tokenUrl() const
{
    if (tokenUrlOverride.isValid() && !tokenUrlOverride.isEmpty())
        return tokenUrlOverride;
    const CloudHosts &hosts = hostsFor(cloud);
    if (!hosts.loginDomain || !isValidVanity(vanityDomain))
        return {};
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(vanityDomain.toLower() + u'.' + QLatin1String(hosts.loginDomain));
    url.setPath(u"/oauth2/v1/token"_s);
    return url;
}

QUrl ConnectionSettings::apiHost() const
{
    if (apiUrlOverride.isValid() && !apiUrlOverride.isEmpty()) {
        QUrl url = apiUrlOverride;
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path);
        url.setQuery(QString());
        url.setFragment(QString());
        return url;
    }
    const CloudHosts &hosts = hostsFor(cloud);
    if (!hosts.apiHost)
        return {};
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(QLatin1String(hosts.apiHost));
    return url;
}

QUrl ConnectionSettings::baseUrl(Product product) const
{
    QUrl url = apiHost();
    if (!url.isValid() || url.isEmpty())
        return {};
    url.setPath(url.path() + productBasePath(product));
    return url;
}

QString ConnectionSettings::identityBaseUrl() const
{
    const QUrl url = tokenUrl();
    if (!url.isValid() || url.isEmpty())
        return {};
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

QString ConnectionSettings::assertionAudienceValue() const
{
    return assertionAudience == AssertionAudience::ApiAudience ? QString::fromLatin1(kApiAudience)
                                                               : identityBaseUrl();
}

QString ConnectionSettings::validationError() const
{
    if (clientId.trimmed().isEmpty())
        return Tr::tr("The client ID is missing.");
    const bool hasTokenOverride = tokenUrlOverride.isValid() && !tokenUrlOverride.isEmpty();
    const bool hasApiOverride = apiUrlOverride.isValid() && !apiUrlOverride.isEmpty();
    if (cloud == Cloud::Custom && !hasTokenOverride)
        return Tr::tr("A custom cloud needs a token URL.");
    if (cloud == Cloud::Custom && !hasApiOverride)
        return Tr::tr("A custom cloud needs an API URL.");
    if (!hasTokenOverride && !isValidVanity(vanityDomain))
        return Tr::tr("The vanity domain must be a single DNS label such as \"acme\".");
    const QUrl token = tokenUrl();
    if (!token.isValid() || token.host().isEmpty())
        return Tr::tr("The token URL is not a valid URL.");
    if (!isSafeForCredentials(token))
        return Tr::tr(
            "The token URL must use https (plain http is allowed only to this computer).");
    const QUrl api = apiHost();
    if (!api.isValid() || api.host().isEmpty())
        return Tr::tr("The API URL is not a valid URL.");
    if (!isSafeForCredentials(api))
        return Tr::tr("The API URL must use https (plain http is allowed only to this computer).");
    if (proxy.mode == ProxySettings::Mode::Manual) {
        for (const ProxyServer *server : {&proxy.https, &proxy.http}) {
            if (server->isSet() && !server->validationError().isEmpty())
                return server->validationError();
        }
        if (!proxy.https.isSet() && !proxy.http.isSet())
            return ProxyServer().validationError();
    }
    return {};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

bool isSafeForCredentials(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return true;
    return scheme == "http"_L1 && isLoopbackHost(url.host());
}

} // namespace zc
