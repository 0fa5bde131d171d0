// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlCategoryNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace zc::UrlCategoryNames {

namespace {

struct Known
{
    const char *code;
    const char *name;
};

// Codes whose names title-casing would get wrong (acronyms, brand spellings, ZIA's own
// misspelling BROKARAGE) or that people meet most often.
constexpr Known kKnown[] = {
    {"MISCELLANEOUS_OR_UNKNOWN",
     QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Miscellaneous or Unknown")},
    {"NEWS_AND_MEDIA", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "News and Media")},
    {"SOCIAL_NETWORKING", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Social Networking")},
    {"WEB_MAIL", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Webmail")},
    {"WEB_SEARCH", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Web Search")},
    {"WEB_BANKING", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Web Banking")},
    {"TRADING_BROKARAGE_INSURANCE",
     QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Trading, Brokerage and Insurance")},
    {"FINANCE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Finance")},
    {"STREAMING_MEDIA", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Streaming Media")},
    {"ONLINE_SHOPPING", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Online Shopping")},
    {"ONLINE_CHAT", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Online Chat")},
    {"INTERNET_SERVICES", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Internet Services")},
    {"PROFESSIONAL_SERVICES", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Professional Services")},
    {"CORPORATE_MARKETING", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Corporate Marketing")},
    {"COMPUTER_HARDWARE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Computer Hardware")},
    {"REFERENCE_SITES", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Reference Sites")},
    {"OTHER_EDUCATION", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Other Education")},
    {"HOBBIES_AND_LEISURE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Hobbies and Leisure")},
    {"JOB_SEARCH", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Job Search")},
    {"REAL_ESTATE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Real Estate")},
    {"FILE_HOST", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "File Host")},
    {"BLOG", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Blogs")},
    {"GOVERNMENT", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Government")},
    {"HEALTH", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Health")},
    {"TRAVEL", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Travel")},
    {"SPORTS", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Sports")},
    {"MUSIC", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Music")},
    {"VEHICLES", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Vehicles")},
    {"ENTERTAINMENT", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Entertainment")},
    {"P2P_COMMUNICATION", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "P2P Communication")},
    {"WEB_CONFERENCING", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Web Conferencing")},
    {"ADULT_THEMES", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Adult Themes")},
    {"GAMBLING", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Gambling")},
    {"ANONYMIZER", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Anonymizer")},
    {"USER_DEFINED", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "User-Defined")},
    // Security alerts
    {"MALWARE_SITE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Malware Site")},
    {"PHISHING", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Phishing")},
    {"BOTNET", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Botnet Callback")},
    {"CRYPTOMINING", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Cryptomining")},
    {"SPYWARE_OR_ADWARE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Spyware or Adware")},
    {"ADWARE_OR_SPYWARE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Adware or Spyware")},
    {"SUSPICIOUS_DESTINATIONS",
     QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Suspicious Destinations")},
    {"NEWLY_REG_DOMAINS", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Newly Registered Domains")},
    {"DGA_DOMAINS", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "DGA Domains")},
    {"CRYPTOMINING_AND_BLOCKCHAIN",
     QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Cryptomining and Blockchain")},
    // Cloud applications
    {"MICROSOFT_OFFICE365", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Microsoft Office 365")},
    {"DROPBOX", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Dropbox")},
    {"SLACK", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Slack")},
    {"BOX", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Box")},
    {"SALESFORCE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Salesforce")},
    {"ZOOM", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Zoom")},
    {"GOOGLE_DRIVE", QT_TRANSLATE_NOOP("zc::UrlCategoryNames", "Google Drive")},
};

const QHash<QString, const char *> &knownNames()
{
    static const QHash<QString, const char *> names = [] {
        QHash<QString, const char *> h;
        for (const Known &k : kKnown)
            h.insert(QString::fromLatin1(k.code), k.name);
        return h;
    }();
    return names;
}

bool isJoiningWord(const QString &lower)
{
    static const QStringList words{u"and"_s, u"or"_s, u"of"_s, u"the"_s, u"in"_s,
                                   u"for"_s, u"to"_s, u"on"_s, u"a"_s,   u"an"_s};
    return words.contains(lower);
}

} // namespace

QString titleCase(const QString &code)
{
    const QStringList words = code.split(u'_', Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString lower = words.at(i).toLower();
        if (i > 0 && isJoiningWord(lower)) {
            out.append(lower);
            continue;
        }
        out.append(lower.left(1).toUpper() + lower.mid(1));
    }
    return out.join(u' ');
}

QString name(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    const auto it = knownNames().constFind(trimmed.toUpper());
    if (it != knownNames().constEnd())
        return QCoreApplication::translate("zc::UrlCategoryNames", it.value());
    return titleCase(trimmed);
}

QStringList codes(const QJsonValue &value)
{
    QStringList list;
    if (value.isString()) {
        if (!value.toString().isEmpty())
            list.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString() && !item.toString().isEmpty())
                list.append(item.toString());
        }
    }
    return list;
}

QString names(const QJsonValue &value)
{
    QStringList list;
    for (const QString &code : codes(value))
        list.append(name(code));
    return list.join(u", "_s);
}

} // namespace zc::UrlCategoryNames
