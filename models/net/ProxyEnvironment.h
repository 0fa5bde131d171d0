// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProxySettings.h"
#include "auth/Credentials.h"

#include <QProcessEnvironment>
#include <QString>

namespace zc {

// The proxy a command line asks for, read as curl reads it, on every system (Qt reads the
// proxy variables only on some, and never the credentials in them).

// A proxy URL: [http://][user[:password]@]host[:port][/], port 1080 when none is given (as
// curl), user and password percent-decoded (write "@" as %40, ":" in the user as %3A). Only
// http:// proxies: the connection through them to an https:// server is still encrypted end
// to end. Returns a translated sentence naming `source` (the variable or option the URL
// came from) and the problem, never the URL itself (it may hold a password); empty on
// success.
QString parseProxyUrl(const QString &text, const QString &source, ProxyServer *server,
                      QByteArray *password);

// Whether any proxy variable is set (not empty): https_proxy, HTTPS_PROXY, http_proxy,
// HTTP_PROXY, all_proxy, ALL_PROXY.
bool environmentNamesProxy(const QProcessEnvironment &environment);

// The proxy of the environment: https_proxy for https:// URLs, http_proxy for http:// URLs,
// all_proxy for both where the other is not set; the lower-case name wins over the upper-case
// one, as with curl; no_proxy (or NO_PROXY) lists the hosts reached directly. Fills
// *settings (Manual) and the proxy passwords of *credentials. Returns a translated sentence
// on a malformed URL, else empty.
QString proxyFromEnvironment(const QProcessEnvironment &environment, ProxySettings *settings,
                             Credentials *credentials);

// The value of --proxy: "none" or "direct" (no proxy), "system" (the system's settings), or
// a proxy URL for every request. A URL keeps the environment's NO_PROXY, as curl's --proxy
// does. Returns a translated sentence on a bad value, else empty.
QString proxyFromOption(const QString &value, const QProcessEnvironment &environment,
                        ProxySettings *settings, Credentials *credentials);

} // namespace zc
