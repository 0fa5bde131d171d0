// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZpaFormat.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QString range(const QString &from, const QString &to)
{
    if (to.isEmpty() || from == to)
        return from;
    if (from.isEmpty())
        return to;
    return from + u'-' + to;
}

QLatin1StringView rangesKey(ZpaFormat::Protocol protocol)
{
    return protocol == ZpaFormat::Protocol::Tcp ? "tcpPortRanges"_L1 : "udpPortRanges"_L1;
}

QLatin1StringView objectRangesKey(ZpaFormat::Protocol protocol)
{
    return protocol == ZpaFormat::Protocol::Tcp ? "tcpPortRange"_L1 : "udpPortRange"_L1;
}

// A valid Unicode scalar value other than NUL.
bool isScalar(qulonglong code)
{
    return code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
}

} // namespace

QString ZpaFormat::portRanges(const QJsonArray &flatPairs)
{
    QStringList parts;
    for (qsizetype i = 0; i < flatPairs.size(); i += 2) {
        const QString from = textOf(flatPairs.at(i));
        const QString to = i + 1 < flatPairs.size() ? textOf(flatPairs.at(i + 1)) : QString();
        const QString text = range(from, to);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(u", "_s);
}

QString ZpaFormat::portRanges(const QJsonObject &segment, Protocol protocol)
{
    const QJsonValue flat = segment.value(rangesKey(protocol));
    if (flat.isArray())
        return portRanges(flat.toArray());
    QStringList parts;
    for (const QJsonValue &item : segment.value(objectRangesKey(protocol)).toArray()) {
        const QJsonObject o = item.toObject();
        const QString text = range(textOf(o.value("from"_L1)), textOf(o.value("to"_L1)));
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(u", "_s);
}

int ZpaFormat::firstPort(const QJsonObject &segment, Protocol protocol)
{
    QString first;
    const QJsonValue flat = segment.value(rangesKey(protocol));
    if (flat.isArray()) {
        first = textOf(flat.toArray().at(0));
    } else {
        const QJsonArray objects = segment.value(objectRangesKey(protocol)).toArray();
        if (!objects.isEmpty())
            first = textOf(objects.first().toObject().value("from"_L1));
    }
    bool ok = false;
    const int port = first.toInt(&ok);
    return ok ? port : -1;
}

QString ZpaFormat::decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const qsizetype semicolon = c == u'&' ? text.indexOf(u';', i + 1) : -1;
        // References are short; a far-away ';' belongs to something else.
        if (semicolon < 0 || semicolon - i > 10) {
            out.append(c);
            ++i;
            continue;
        }
        const QStringView name = QStringView(text).mid(i + 1, semicolon - i - 1);
        QString decoded;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const QStringView digits = name.mid(hex ? 2 : 1);
            bool ok = false;
            const qulonglong code = digits.isEmpty() ? 0 : digits.toULongLong(&ok, hex ? 16 : 10);
            if (ok && isScalar(code)) {
                const char32_t scalar = static_cast<char32_t>(code);
                decoded = QString::fromUcs4(&scalar, 1);
            }
        } else if (name == "amp"_L1) {
            decoded = u"&"_s;
        } else if (name == "lt"_L1) {
            decoded = u"<"_s;
        } else if (name == "gt"_L1) {
            decoded = u">"_s;
        } else if (name == "quot"_L1) {
            decoded = u"\""_s;
        } else if (name == "apos"_L1) {
            decoded = u"'"_s;
        }
        if (decoded.isEmpty()) {
            out.append(c);
            ++i;
            continue;
        }
        out.append(decoded);
        i = semicolon + 1;
    }
    return out;
}

qint64 ZpaFormat::epochSeconds(const QJsonValue &value)
{
    qint64 n = -1;
    if (value.isString()) {
        bool ok = false;
        n = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return -1;
    } else if (value.isDouble()) {
        n = value.toInteger(-1);
    } else {
        return -1;
    }
    if (n < 0)
        return -1;
    // Milliseconds: past the year 5138 in seconds.
    if (n > 100'000'000'000LL)
        n /= 1000;
    return n;
}

QString ZpaFormat::localDate(const QJsonValue &value)
{
    const qint64 seconds = epochSeconds(value);
    if (seconds < 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QJsonValue ZpaFormat::modifiedTime(const QJsonObject &segment)
{
    const QJsonValue modified = segment.value("modifiedTime"_L1);
    if (epochSeconds(modified) >= 0)
        return modified;
    return segment.value("creationTime"_L1);
}

QString ZpaFormat::microtenantName(const QJsonObject &record)
{
    const QString name = record.value("microtenantName"_L1).toString();
    if (!name.isEmpty())
        return decodeEntities(name);
    const QString id = textOf(record.value("microtenantId"_L1));
    if (id.isEmpty() || id == "0"_L1)
        return QCoreApplication::translate("zc::ZpaFormat", "Default");
    return id;
}

QString ZpaFormat::normalizedDomain(const QString &text)
{
    QString d = text.trimmed().toLower();
    const qsizetype scheme = d.indexOf("://"_L1);
    if (scheme >= 0)
        d = d.mid(scheme + 3);
    const qsizetype slash = d.indexOf(u'/');
    if (slash >= 0)
        d.truncate(slash);
    const qsizetype at = d.lastIndexOf(u'@');
    if (at >= 0)
        d = d.mid(at + 1);
    // A port: "host:8443" (one colon only, so an IPv6 address stays whole).
    const qsizetype colon = d.indexOf(u':');
    if (colon >= 0 && colon == d.lastIndexOf(u':'))
        d.truncate(colon);
    while (d.endsWith(u'.'))
        d.chop(1);
    return d;
}

bool ZpaFormat::domainMatches(const QString &segmentDomain, const QString &query)
{
    return normalizedDomainsCover(normalizedDomain(segmentDomain), normalizedDomain(query));
}

bool ZpaFormat::normalizedDomainsCover(QStringView entries, const QString &wanted)
{
    if (wanted.isEmpty())
        return false;
    const bool literal = wanted.contains(u'*');
    for (const QStringView entry : entries.tokenize(u'\n')) {
        if (entry.isEmpty())
            continue;
        if (literal || !entry.startsWith("*."_L1)) {
            if (entry == wanted)
                return true;
            continue;
        }
        const QStringView suffix = entry.mid(1); // ".example.com"
        if (wanted.size() > suffix.size() && wanted.endsWith(suffix))
            return true;
    }
    return false;
}

QString ZpaFormat::segmentDomains(const QJsonObject &segment)
{
    QString entries;
    for (const QJsonValue &domain : segment.value("domainNames"_L1).toArray()) {
        const QString entry = normalizedDomain(domain.toString());
        if (entry.isEmpty())
            continue;
        if (!entries.isEmpty())
            entries += u'\n';
        entries += entry;
    }
    entries.squeeze();
    return entries;
}

bool ZpaFormat::segmentCoversDomain(const QJsonObject &segment, const QString &query)
{
    return normalizedDomainsCover(segmentDomains(segment), normalizedDomain(query));
}

} // namespace zc
