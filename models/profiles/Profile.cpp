// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Profile.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

Q_LOGGING_CATEGORY(lcProfiles, "zconsole.profiles")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zc::Profile", text);
}

} // namespace

QString profileNameError(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The profile name is empty.");
    if (name != name.trimmed())
        return tr("The profile name must not start or end with a space.");
    if (name.size() > kMaxProfileNameLength)
        return tr("The profile name is longer than %1 characters.").arg(kMaxProfileNameLength);
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            return tr("The profile name must not contain '/', '\\' or control characters.");
    }
    return {};
}

bool isValidProfileName(const QString &name)
{
    return profileNameError(name).isEmpty();
}

QString authMethodKey(AuthMethod method)
{
    return method == AuthMethod::PrivateKey ? u"private-key"_s : u"client-secret"_s;
}

bool parseAuthMethod(const QString &text, AuthMethod *out)
{
    AuthMethod method;
    if (text == "client-secret"_L1)
        method = AuthMethod::ClientSecret;
    else if (text == "private-key"_L1)
        method = AuthMethod::PrivateKey;
    else
        return false;
    if (out)
        *out = method;
    return true;
}

QString secretStyleKey(SecretStyle style)
{
    return style == SecretStyle::Form ? u"form"_s : u"basic"_s;
}

bool parseSecretStyle(const QString &text, SecretStyle *out)
{
    SecretStyle style;
    if (text == "basic"_L1)
        style = SecretStyle::Basic;
    else if (text == "form"_L1)
        style = SecretStyle::Form;
    else
        return false;
    if (out)
        *out = style;
    return true;
}

QString assertionAudienceKey(AssertionAudience audience)
{
    return audience == AssertionAudience::ApiAudience ? u"api"_s : u"zidentity"_s;
}

bool parseAssertionAudience(const QString &text, AssertionAudience *out)
{
    AssertionAudience audience;
    if (text == "zidentity"_L1)
        audience = AssertionAudience::ZIdentityBase;
    else if (text == "api"_L1)
        audience = AssertionAudience::ApiAudience;
    else
        return false;
    if (out)
        *out = audience;
    return true;
}

} // namespace zc
