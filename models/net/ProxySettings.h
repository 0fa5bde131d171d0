// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace zc {

// One HTTP proxy: where it listens and the user name it wants, never its password (that
// travels with the other secrets, in Credentials).
struct ProxyServer
{
    QString host;
    int port = 0;
    QString user;

    bool isSet() const { return !host.isEmpty(); }
    // "host:port" ("[::1]:3128" for an IPv6 address): how messages name the proxy. Never
    // holds the user or the password.
    QString label() const;
    // A translated sentence naming the first problem (no host, port outside 1..65535), or
    // empty.
    QString validationError() const;

    friend bool operator==(const ProxyServer &, const ProxyServer &) = default;
};

// How the requests of one connection find their proxy. Stored with a profile (mode, and
// the one manual server) and built by the CLI from its options and the environment.
struct ProxySettings
{
    enum class Mode
    {
        System, // the operating system's proxy settings (the default)
        Direct, // no proxy at all
        Manual, // the servers below
    };
    Mode mode = Mode::System;
    ProxyServer https; // Manual: the proxy for https:// URLs (unset: direct)
    ProxyServer http;  // Manual: the proxy for http:// URLs (unset: direct)
    QString noProxy;   // Manual: hosts reached directly, in curl's NO_PROXY syntax

    // Manual with one server for both schemes, as the profile editor sets it.
    static ProxySettings manual(const ProxyServer &server);
    // The server a profile stores (Manual: the https one).
    ProxyServer server() const { return https.isSet() ? https : http; }

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

} // namespace zc
