// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileFormCheck.h"

#include "ProfileRepository.h"

#include <QFileInfo>
#include <QSslCertificate>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// Settings that pass validation; one field at a time is replaced by the form's value so
// that ConnectionSettings::validationError() speaks about that field only.
ConnectionSettings validBaseline(Cloud cloud = Cloud::Production)
{
    ConnectionSettings s;
    s.cloud = cloud;
    s.vanityDomain = u"acme"_s;
    s.clientId = u"client"_s;
    if (cloud == Cloud::Custom) {
        s.tokenUrlOverride = QUrl(u"https://acme.zslogin.net/oauth2/v1/token"_s);
        s.apiUrlOverride = QUrl(u"https://api.zsapi.net"_s);
    }
    return s;
}

QString caFileError(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return ProfileFormCheck::tr("The CA file cannot be read.");
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return ProfileFormCheck::tr("The CA file holds no PEM certificate.");
    return {};
}

} // namespace

QStringList ProfileFormCheck::fields()
{
    return {u"name"_s,        u"tokenUrl"_s, u"apiUrl"_s, u"vanity"_s,
            u"clientId"_s,    u"secret"_s,   u"key"_s,    u"zpaCustomerId"_s,
            u"microtenant"_s, u"caFile"_s,   u"proxy"_s,  u"form"_s};
}

QString ProfileFormCheck::error(const QString &field, const ProfileDraft &draft,
                                const ProfileRepository &profiles)
{
    const ConnectionSettings &form = draft.profile.settings;
    const bool custom = form.cloud == Cloud::Custom;
    const bool key = form.authMethod == AuthMethod::PrivateKey;
    ConnectionSettings s = validBaseline(custom ? Cloud::Custom : Cloud::Production);
    if (field == "name"_L1)
        return profiles.nameProblem(draft.profile.name, draft.currentName);
    if (field == "clientId"_L1) {
        s.clientId = form.clientId;
        return s.validationError();
    }
    if (field == "vanity"_L1) {
        if (custom)
            return {};
        s.cloud = form.cloud;
        s.vanityDomain = form.vanityDomain;
        return s.validationError();
    }
    if (field == "tokenUrl"_L1 || field == "apiUrl"_L1) {
        if (!custom)
            return {};
        if (field == "tokenUrl"_L1)
            s.tokenUrlOverride = form.tokenUrlOverride;
        else
            s.apiUrlOverride = form.apiUrlOverride;
        return s.validationError();
    }
    if (field == "secret"_L1 || field == "key"_L1) {
        if (key != (field == "key"_L1) || draft.secretStored || draft.secretGiven)
            return {};
        return key ? tr("Import a private key or generate a new pair.")
                   : tr("Enter the client secret.");
    }
    if (field == "zpaCustomerId"_L1) {
        if (form.zpaCustomerId.isEmpty() || allDigits(form.zpaCustomerId))
            return {};
        return tr("The ZPA customer ID is a number, such as 216196257331281920.");
    }
    if (field == "microtenant"_L1) {
        if (form.zpaMicrotenantId.isEmpty() || allDigits(form.zpaMicrotenantId))
            return {};
        return tr("The microtenant ID is a number (0 for Default); leave it empty for all "
                  "microtenants.");
    }
    if (field == "caFile"_L1)
        return caFileError(form.caFile);
    if (field == "proxy"_L1) {
        s.proxy = form.proxy;
        return s.validationError();
    }
    if (field == "form"_L1)
        return form.validationError();
    return {};
}

QString ProfileFormCheck::firstError(const ProfileDraft &draft, const ProfileRepository &profiles)
{
    const QStringList all = fields();
    for (const QString &field : all) {
        if (!error(field, draft, profiles).isEmpty())
            return field;
    }
    return {};
}

} // namespace zc
