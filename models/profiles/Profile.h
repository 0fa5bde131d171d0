// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/ConnectionSettings.h"

#include <QLoggingCategory>
#include <QString>

namespace zc {

Q_DECLARE_LOGGING_CATEGORY(lcProfiles) // zconsole.profiles: stored profiles and secrets

// A stored sign-in: a name the user picked and the connection settings, without secrets.
// The secret half (client secret or private key, and the password of a manual proxy) lives
// in the system keychain under the same name (see SecretStore).
struct Profile
{
    QString name;
    ConnectionSettings settings;
};

// Profile names become a QSettings group and part of a keychain key: trimmed, non-empty,
// at most 64 characters, without '/', '\\' or control characters.
inline constexpr int kMaxProfileNameLength = 64;
bool isValidProfileName(const QString &name);
// A translated sentence naming what is wrong with the name, or empty when it can be used.
QString profileNameError(const QString &name);

// Untranslated words used in settings files: "client-secret", "private-key"; "basic",
// "form"; "zidentity", "api"; "system", "none", "manual". The parsers accept exactly these
// words.
QString authMethodKey(AuthMethod method);
bool parseAuthMethod(const QString &text, AuthMethod *out);
QString secretStyleKey(SecretStyle style);
bool parseSecretStyle(const QString &text, SecretStyle *out);
QString assertionAudienceKey(AssertionAudience audience);
bool parseAssertionAudience(const QString &text, AssertionAudience *out);
QString proxyModeKey(ProxySettings::Mode mode);
bool parseProxyMode(const QString &text, ProxySettings::Mode *out);

// Whether a profile's proxy password is kept in the keychain: a manual proxy with a user.
bool usesProxyPassword(const ConnectionSettings &settings);

} // namespace zc
