// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace zc {

// The hosts that are reached without a proxy, written as curl reads NO_PROXY: entries
// separated by commas (or spaces); "*" matches every host; a name matches itself and every
// name below it ("example.com" and ".example.com" both match example.com and
// www.example.com, not notexample.com); an IPv4 or IPv6 address (without brackets, as curl
// wants them, or with) matches itself, and with "/bits" its whole network. Names are
// compared without case and without a trailing dot; nothing is resolved. The URL's port does
// not matter, as with curl; an entry may add ":port" to match that port only (an extension
// other tools share).
class NoProxyList
{
public:
    NoProxyList() = default;
    explicit NoProxyList(const QString &text);

    bool isEmpty() const { return !m_all && m_entries.isEmpty(); }
    bool matches(const QString &host, int port) const;

private:
    struct Entry
    {
        QString name;         // a host or domain name, lower case; empty for an address
        QHostAddress address; // an address or network
        int prefix = -1;      // network bits of `address`
        int port = -1;        // -1: any port
    };
    static bool parseEntry(QString token, Entry *entry);

    bool m_all = false;
    QList<Entry> m_entries;
};

} // namespace zc
