// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProxySettings.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

QString ProxyServer::label() const
{
    const QString name = host.contains(u':') ? u'[' + host + u']' : host;
    return name + u':' + QString::number(port);
}

QString ProxyServer::validationError() const
{
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("zc::ProxySettings", "The proxy host is missing.");
    if (port < 1 || port > 65535)
        return QCoreApplication::translate("zc::ProxySettings",
                                           "The proxy port must be a number from 1 to 65535.");
    return {};
}

ProxySettings ProxySettings::manual(const ProxyServer &server)
{
    ProxySettings settings;
    settings.mode = Mode::Manual;
    settings.https = server;
    settings.http = server;
    return settings;
}

} // namespace zc
