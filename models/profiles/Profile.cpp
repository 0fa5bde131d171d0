// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Profile.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace zc {

Q_LOGGING_CATEGORY(lcProfiles, "zconsole.profiles")

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::Profile)
};

} // namespace

QString profileNameError(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("The profile name is empty.");
    if (name != name.trimmed())
        return Tr::tr("The profile name must not start or end with a space.");
    if (name.size() > kMaxProfileNameLength)
        return Tr::tr("The profile name is longer than %1 characters.").arg(kMaxProfileNameLength);
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            return Tr::tr("The profile name must not contain '/', '\\' or control characters.");
    }
    return {};
}

bool isValidProfileName(const QString &name)
{
    return profileNameError(name).isEmpty();
}

namespace {

// The words of a choice in settings files, in the order of the enum's values.
template<typename E, size_t N> struct Words
{
    std::array<std::pair<E, QLatin1StringView>, N> entries;

    QString of(E value) const
    {
        for (const auto &[v, word] : entries) {
            if (v == value)
                return word;
        }
        return entries.front().second;
    }

    bool parse(const QString &text, E *out) const
    {
        for (const auto &[v, word] : entries) {
            if (text == word) {
                if (out)
                    *out = v;
                return true;
            }
        }
        return false;
    }
};

constexpr Words<AuthMethod, 2> kAuthMethods{
    {{{AuthMethod::ClientSecret, "client-secret"_L1}, {AuthMethod::PrivateKey, "private-key"_L1}}}};
constexpr Words<SecretStyle, 2> kSecretStyles{
    {{{SecretStyle::Basic, "basic"_L1}, {SecretStyle::Form, "form"_L1}}}};
constexpr Words<AssertionAudience, 2> kAudiences{
    {{{AssertionAudience::ZIdentityBase, "zidentity"_L1},
      {AssertionAudience::ApiAudience, "api"_L1}}}};
constexpr Words<ProxySettings::Mode, 3> kProxyModes{{{{ProxySettings::Mode::System, "system"_L1},
                                                      {ProxySettings::Mode::Direct, "none"_L1},
                                                      {ProxySettings::Mode::Manual, "manual"_L1}}}};

} // namespace

QString authMethodKey(AuthMethod method)
{
    return kAuthMethods.of(method);
}

bool parseAuthMethod(const QString &text, AuthMethod *out)
{
    return kAuthMethods.parse(text, out);
}

QString secretStyleKey(SecretStyle style)
{
    return kSecretStyles.of(style);
}

bool parseSecretStyle(const QString &text, SecretStyle *out)
{
    return kSecretStyles.parse(text, out);
}

QString assertionAudienceKey(AssertionAudience audience)
{
    return kAudiences.of(audience);
}

bool parseAssertionAudience(const QString &text, AssertionAudience *out)
{
    return kAudiences.parse(text, out);
}

QString proxyModeKey(ProxySettings::Mode mode)
{
    return kProxyModes.of(mode);
}

bool parseProxyMode(const QString &text, ProxySettings::Mode *out)
{
    return kProxyModes.parse(text, out);
}

bool usesProxyPassword(const ConnectionSettings &settings)
{
    return settings.proxy.mode == ProxySettings::Mode::Manual &&
           !settings.proxy.server().user.isEmpty();
}

} // namespace zc
