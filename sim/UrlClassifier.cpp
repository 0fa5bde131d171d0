// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlClassifier.h"

#include "SeedSamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

struct KnownHost
{
    QLatin1StringView domain; // matches the host itself and its subdomains
    QLatin1StringView category;
    QLatin1StringView application;
};

// The seed's examples (sim/samples/zia-urllookup.json), checked before the table below.
struct SeedHost
{
    QString domain; // matches the host itself and its subdomains
    QStringList classifications;
    QStringList securityAlerts;
};

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

const QList<SeedHost> &seedHosts()
{
    static const QList<SeedHost> hosts = [] {
        QList<SeedHost> list;
        const QJsonArray answer = SeedSamples::document(SeedSamples::Sample::ZiaUrlLookup).array();
        for (const QJsonValue &value : answer) {
            const QJsonObject entry = value.toObject();
            list.append({entry.value("url"_L1).toString(),
                         strings(entry.value("urlClassifications"_L1).toArray()),
                         strings(entry.value("urlClassificationsWithSecurityAlert"_L1).toArray())});
        }
        return list;
    }();
    return hosts;
}

// Checked in order: more specific domains first.
constexpr std::array<KnownHost, 29> kKnownHosts{{
    // Cloud applications.
    {"outlook.office.com"_L1, "WEB_MAIL"_L1, "MICROSOFT_OFFICE365"_L1},
    {"outlook.office365.com"_L1, "WEB_MAIL"_L1, "MICROSOFT_OFFICE365"_L1},
    {"office365.com"_L1, "PROFESSIONAL_SERVICES"_L1, "MICROSOFT_OFFICE365"_L1},
    {"office.com"_L1, "PROFESSIONAL_SERVICES"_L1, "MICROSOFT_OFFICE365"_L1},
    {"sharepoint.com"_L1, "FILE_HOST"_L1, "MICROSOFT_OFFICE365"_L1},
    {"dropbox.com"_L1, "FILE_HOST"_L1, "DROPBOX"_L1},
    {"slack.com"_L1, "ONLINE_CHAT"_L1, "SLACK"_L1},
    {"box.com"_L1, "FILE_HOST"_L1, "BOX"_L1},
    {"salesforce.com"_L1, "PROFESSIONAL_SERVICES"_L1, "SALESFORCE"_L1},
    {"zoom.us"_L1, "PROFESSIONAL_SERVICES"_L1, "ZOOM"_L1},
    {"drive.google.com"_L1, "FILE_HOST"_L1, "GOOGLE_DRIVE"_L1},
    // Well-known sites.
    {"google.com"_L1, "WEB_SEARCH"_L1, {}},
    {"bing.com"_L1, "WEB_SEARCH"_L1, {}},
    {"duckduckgo.com"_L1, "WEB_SEARCH"_L1, {}},
    {"twitter.com"_L1, "SOCIAL_NETWORKING"_L1, {}},
    {"x.com"_L1, "SOCIAL_NETWORKING"_L1, {}},
    {"instagram.com"_L1, "SOCIAL_NETWORKING"_L1, {}},
    {"linkedin.com"_L1, "SOCIAL_NETWORKING"_L1, {}},
    {"cnn.com"_L1, "NEWS_AND_MEDIA"_L1, {}},
    {"nytimes.com"_L1, "NEWS_AND_MEDIA"_L1, {}},
    {"reuters.com"_L1, "NEWS_AND_MEDIA"_L1, {}},
    {"amazon.com"_L1, "ONLINE_SHOPPING"_L1, {}},
    {"ebay.com"_L1, "ONLINE_SHOPPING"_L1, {}},
    {"youtube.com"_L1, "STREAMING_MEDIA"_L1, {}},
    {"netflix.com"_L1, "STREAMING_MEDIA"_L1, {}},
    {"wikipedia.org"_L1, "REFERENCE_SITES"_L1, {}},
    {"github.com"_L1, "PROFESSIONAL_SERVICES"_L1, {}},
    {"zscaler.com"_L1, "CORPORATE_MARKETING"_L1, {}},
    {"irs.gov"_L1, "GOVERNMENT"_L1, {}},
}};

// Real ZIA URL category codes, for hosts nobody knows.
constexpr std::array<QLatin1StringView, 28> kCategories{{
    "PROFESSIONAL_SERVICES"_L1,
    "CORPORATE_MARKETING"_L1,
    "NEWS_AND_MEDIA"_L1,
    "SOCIAL_NETWORKING"_L1,
    "ONLINE_SHOPPING"_L1,
    "FINANCE"_L1,
    "WEB_BANKING"_L1,
    "TRAVEL"_L1,
    "ENTERTAINMENT"_L1,
    "MUSIC"_L1,
    "SPORTS"_L1,
    "OTHER_EDUCATION"_L1,
    "HEALTH"_L1,
    "GOVERNMENT"_L1,
    "INTERNET_SERVICES"_L1,
    "WEB_SEARCH"_L1,
    "REAL_ESTATE"_L1,
    "JOB_SEARCH"_L1,
    "VEHICLES"_L1,
    "HOBBIES_AND_LEISURE"_L1,
    "STREAMING_MEDIA"_L1,
    "FILE_HOST"_L1,
    "ONLINE_CHAT"_L1,
    "REFERENCE_SITES"_L1,
    "BLOG"_L1,
    "TRADING_BROKARAGE_INSURANCE"_L1,
    "COMPUTER_HARDWARE"_L1,
    "MISCELLANEOUS_OR_UNKNOWN"_L1,
}};

struct Alert
{
    QLatin1StringView marker;
    QLatin1StringView alert;
};

constexpr std::array<Alert, 4> kAlerts{{
    {"malware"_L1, "MALWARE_SITE"_L1},
    {"phish"_L1, "PHISHING"_L1},
    {"botnet"_L1, "BOTNET"_L1},
    {"crypto-mine"_L1, "CRYPTOMINING"_L1},
}};

template<typename Domain> bool isDomainOrSubdomain(const QString &host, const Domain &domain)
{
    return host == domain || (host.endsWith(domain) && host.size() > domain.size() &&
                              host.at(host.size() - domain.size() - 1) == u'.');
}

} // namespace

quint64 UrlClassifier::stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL; // FNV-1a, 64 bits
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        hash ^= quint64(quint8(c));
        hash *= 1099511628211ULL;
    }
    return hash;
}

QString UrlClassifier::hostOf(const QString &url)
{
    QString rest = url.trimmed();
    const qsizetype scheme = rest.indexOf("://"_L1);
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == u'/' || rest.at(i) == u'?' || rest.at(i) == u'#') {
            rest.truncate(i);
            break;
        }
    }
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0)
        rest = rest.mid(at + 1);
    if (!rest.startsWith(u'[')) { // an IPv6 literal keeps its colons
        const qsizetype colon = rest.indexOf(u':');
        if (colon >= 0)
            rest.truncate(colon);
    }
    while (rest.endsWith(u'.'))
        rest.chop(1);
    return rest.toLower();
}

UrlClassifier::Result UrlClassifier::classify(const QString &url)
{
    Result result;
    const QString host = hostOf(url);

    for (const Alert &a : kAlerts) {
        if (host.contains(a.marker))
            result.securityAlerts.append(a.alert.toString());
    }
    if (!result.securityAlerts.isEmpty()) {
        result.classifications.append(u"MISCELLANEOUS_OR_UNKNOWN"_s);
        return result;
    }

    for (const SeedHost &seed : seedHosts()) {
        if (isDomainOrSubdomain(host, seed.domain)) {
            result.classifications = seed.classifications;
            result.securityAlerts = seed.securityAlerts;
            return result;
        }
    }
    for (const KnownHost &known : kKnownHosts) {
        if (isDomainOrSubdomain(host, known.domain)) {
            result.classifications.append(known.category.toString());
            result.application = known.application.toString();
            return result;
        }
    }

    const quint64 hash = stableHash(host);
    const QLatin1StringView first = kCategories[hash % kCategories.size()];
    result.classifications.append(first.toString());
    // About one host in five has a second category.
    if ((hash >> 32) % 5 == 0) {
        const QLatin1StringView second = kCategories[(hash >> 40) % kCategories.size()];
        if (second != first)
            result.classifications.append(second.toString());
    }
    return result;
}

} // namespace zc::sim
