// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "NoProxyList.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// "[::1]" and "example.com." name the same host as "::1" and "example.com".
QString normalisedHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// Splits "host:port" (or "[v6]:port") into its parts; a bare IPv6 address has no port.
void splitPort(QString *token, int *port)
{
    qsizetype colon = -1;
    if (token->startsWith(u'[')) {
        const qsizetype close = token->indexOf(u']');
        if (close > 0 && close + 1 < token->size() && token->at(close + 1) == u':')
            colon = close + 1;
    } else if (token->count(u':') == 1) {
        colon = token->indexOf(u':');
    }
    if (colon < 0)
        return;
    bool ok = false;
    const int value = token->mid(colon + 1).toInt(&ok);
    if (ok && value > 0 && value <= 65535) {
        *port = value;
        token->truncate(colon);
    }
}

} // namespace

NoProxyList::NoProxyList(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (token == "*"_L1) {
            m_all = true;
            continue;
        }
        Entry entry;
        if (parseEntry(token, &entry))
            m_entries.append(entry);
    }
}

bool NoProxyList::parseEntry(QString token, Entry *entry)
{
    splitPort(&token, &entry->port);
    QString host = normalisedHost(token);
    const qsizetype slash = host.indexOf(u'/');
    int bits = -1;
    if (slash >= 0) {
        bool ok = false;
        bits = host.mid(slash + 1).toInt(&ok);
        if (!ok || bits < 0)
            return false;
        host.truncate(slash);
    }
    if (entry->address.setAddress(host)) {
        const int full = entry->address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        entry->prefix = bits < 0 ? full : std::min(bits, full);
        return true;
    }
    if (bits >= 0)
        return false; // "/bits" after a name means nothing
    // "*.example.com" (as some tools write it) and ".example.com" mean what curl's
    // "example.com" means.
    if (host.startsWith("*."_L1))
        host.remove(0, 2);
    while (host.startsWith(u'.'))
        host.remove(0, 1);
    if (host.isEmpty())
        return false;
    entry->name = host;
    return true;
}

bool NoProxyList::matches(const QString &hostName, int port) const
{
    if (m_all)
        return true;
    const QString host = normalisedHost(hostName);
    if (host.isEmpty())
        return false;
    QHostAddress address;
    const bool isAddress = address.setAddress(host);
    for (const Entry &entry : m_entries) {
        if (entry.port >= 0 && entry.port != port)
            continue;
        if (entry.name.isEmpty()) {
            if (isAddress && address.isInSubnet(entry.address, entry.prefix))
                return true;
        } else if (host == entry.name ||
                   (host.size() > entry.name.size() && host.endsWith(entry.name) &&
                    host.at(host.size() - entry.name.size() - 1) == u'.')) {
            return true;
        }
    }
    return false;
}

} // namespace zc
