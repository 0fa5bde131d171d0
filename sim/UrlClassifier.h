// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace zc::sim {

// ZIA's URL categorisation, simulated: the seed's examples exactly (from
// sim/samples/zia-urllookup.json), a table of well-known hosts, and for any other host a category
// picked by a stable hash (FNV-1a of the lower-cased host, the same in every run and on every
// machine) from a list of real ZIA category codes. Hosts containing "malware", "phish", "botnet"
// or "crypto-mine" carry security alerts.
class UrlClassifier
{
public:
    struct Result
    {
        QStringList classifications;
        QStringList securityAlerts;
        QString application; // a cloud application, for a few well-known app hosts
    };

    static Result classify(const QString &url);
    // "HTTPS://User@Www.Example.com:8443/a?b" -> "www.example.com"
    static QString hostOf(const QString &url);
    static quint64 stableHash(const QString &text);
};

} // namespace zc::sim
