// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProxyEnvironment.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::ProxyEnvironment)
};

constexpr int kDefaultProxyPort = 1080; // curl's

// The first of the names that is set and not empty, with its name.
std::pair<QString, QString> firstSet(const QProcessEnvironment &environment,
                                     std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = environment.value(QLatin1StringView(name)).trimmed();
        if (!value.isEmpty())
            return {QLatin1StringView(name), value};
    }
    return {};
}

const std::initializer_list<const char *> kHttpsNames = {"https_proxy", "HTTPS_PROXY"};
const std::initializer_list<const char *> kHttpNames = {"http_proxy", "HTTP_PROXY"};
const std::initializer_list<const char *> kAllNames = {"all_proxy", "ALL_PROXY"};
const std::initializer_list<const char *> kNoProxyNames = {"no_proxy", "NO_PROXY"};

} // namespace

QString parseProxyUrl(const QString &text, const QString &source, ProxyServer *server,
                      QByteArray *password)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed.contains("://"_L1) ? trimmed : u"http://"_s + trimmed,
                   QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == "https"_L1 || scheme.startsWith("socks"_L1)))
        return Tr::tr("%1 names a %2:// proxy; ZConsole uses http:// proxies only (requests to "
                      "https:// servers stay encrypted through them).")
            .arg(source, scheme);
    if (!url.isValid() || scheme != "http"_L1 || url.host().isEmpty() ||
        (!url.path().isEmpty() && url.path() != "/"_L1) || url.hasQuery() || url.hasFragment())
        return Tr::tr("%1 is not a proxy URL ZConsole can use: write it as "
                      "http://[user:password@]host[:port], with \"@\" and \":\" in the user or "
                      "password written as %40 and %3A.")
            .arg(source);
    server->host = url.host();
    server->port = url.port(kDefaultProxyPort);
    server->user = url.userName(QUrl::FullyDecoded);
    secureWipe(*password);
    *password = url.password(QUrl::FullyDecoded).toUtf8();
    return {};
}

bool environmentNamesProxy(const QProcessEnvironment &environment)
{
    for (const auto &names : {kHttpsNames, kHttpNames, kAllNames}) {
        if (!firstSet(environment, names).first.isEmpty())
            return true;
    }
    return false;
}

QString proxyFromEnvironment(const QProcessEnvironment &environment, ProxySettings *settings,
                             Credentials *credentials)
{
    ProxySettings result;
    result.mode = ProxySettings::Mode::Manual;
    result.noProxy = firstSet(environment, kNoProxyNames).second;
    const auto all = firstSet(environment, kAllNames);
    const struct
    {
        std::initializer_list<const char *> names;
        ProxyServer *server;
        QByteArray *password;
    } schemes[] = {{kHttpsNames, &result.https, &credentials->proxyPassword},
                   {kHttpNames, &result.http, &credentials->httpProxyPassword}};
    for (const auto &scheme : schemes) {
        auto [name, value] = firstSet(environment, scheme.names);
        if (name.isEmpty())
            std::tie(name, value) = all;
        if (name.isEmpty())
            continue;
        if (const QString problem = parseProxyUrl(value, name, scheme.server, scheme.password);
            !problem.isEmpty())
            return problem;
    }
    *settings = result;
    return {};
}

QString proxyFromOption(const QString &value, const QProcessEnvironment &environment,
                        ProxySettings *settings, Credentials *credentials)
{
    const QString word = value.trimmed().toLower();
    if (word == "none"_L1 || word == "direct"_L1) {
        *settings = ProxySettings();
        settings->mode = ProxySettings::Mode::Direct;
        return {};
    }
    if (word == "system"_L1) {
        *settings = ProxySettings();
        return {};
    }
    ProxyServer server;
    QByteArray password;
    if (const QString problem = parseProxyUrl(value, u"--proxy"_s, &server, &password);
        !problem.isEmpty())
        return problem;
    ProxySettings result = ProxySettings::manual(server);
    result.noProxy = firstSet(environment, kNoProxyNames).second;
    *settings = result;
    secureWipe(credentials->proxyPassword);
    secureWipe(credentials->httpProxyPassword);
    credentials->proxyPassword = secretCopy(password);
    credentials->httpProxyPassword = secretCopy(password);
    secureWipe(password);
    return {};
}

} // namespace zc
