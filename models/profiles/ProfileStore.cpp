// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileStore.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

const auto kProfilesGroup = u"profiles"_s;
const auto kLastProfileKey = u"lastProfile"_s;

const auto kCloud = u"cloud"_s;
const auto kVanityDomain = u"vanityDomain"_s;
const auto kClientId = u"clientId"_s;
const auto kAuthMethod = u"authMethod"_s;
const auto kSecretStyle = u"secretStyle"_s;
const auto kAssertionAudience = u"assertionAudience"_s;
const auto kZpaCustomerId = u"zpaCustomerId"_s;
const auto kZpaMicrotenantId = u"zpaMicrotenantId"_s;
const auto kTokenUrl = u"tokenUrl"_s;
const auto kApiUrl = u"apiUrl"_s;
const auto kCaFile = u"caFile"_s;

QString groupFor(const QString &name)
{
    return kProfilesGroup + u'/' + name;
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

QUrl urlFrom(const QString &text)
{
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

ProfileStore::ProfileStore()
    : m_owned(std::make_unique<QSettings>(u"ZConsole"_s, u"ZConsole"_s))
    , m_settings(m_owned.get())
{}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{}

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::storedKeys()
{
    return {
        kCloud,         kVanityDomain,     kClientId, kAuthMethod, kSecretStyle, kAssertionAudience,
        kZpaCustomerId, kZpaMicrotenantId, kTokenUrl, kApiUrl,     kCaFile};
}

QStringList ProfileStore::list() const
{
    m_settings->beginGroup(kProfilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return isValidProfileName(name) && list().contains(name);
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    Profile profile;
    profile.name = name;
    ConnectionSettings &s = profile.settings;
    m_settings->beginGroup(groupFor(name));
    const auto text = [this](const QString &key) { return m_settings->value(key).toString(); };
    const auto warn = [&name](const QString &key, const QString &value) {
        qCWarning(lcProfiles) << "profile" << name << "has an unknown" << key << value
                              << "- using the default";
    };
    if (const QString v = text(kCloud); !v.isEmpty() && !parseCloud(v, &s.cloud))
        warn(kCloud, v);
    s.vanityDomain = text(kVanityDomain);
    s.clientId = text(kClientId);
    if (const QString v = text(kAuthMethod); !v.isEmpty() && !parseAuthMethod(v, &s.authMethod))
        warn(kAuthMethod, v);
    if (const QString v = text(kSecretStyle); !v.isEmpty() && !parseSecretStyle(v, &s.secretStyle))
        warn(kSecretStyle, v);
    if (const QString v = text(kAssertionAudience);
        !v.isEmpty() && !parseAssertionAudience(v, &s.assertionAudience))
        warn(kAssertionAudience, v);
    s.zpaCustomerId = text(kZpaCustomerId);
    s.zpaMicrotenantId = text(kZpaMicrotenantId);
    s.tokenUrlOverride = urlFrom(text(kTokenUrl));
    s.apiUrlOverride = urlFrom(text(kApiUrl));
    s.caFile = text(kCaFile);
    m_settings->endGroup();
    return profile;
}

bool ProfileStore::writeProfile(const Profile &profile, QString *error)
{
    const ConnectionSettings &s = profile.settings;
    // Start from an empty group so that no key of an older version lingers.
    m_settings->remove(groupFor(profile.name));
    m_settings->beginGroup(groupFor(profile.name));
    m_settings->setValue(kCloud, cloudKey(s.cloud));
    m_settings->setValue(kVanityDomain, s.vanityDomain);
    m_settings->setValue(kClientId, s.clientId);
    m_settings->setValue(kAuthMethod, authMethodKey(s.authMethod));
    m_settings->setValue(kSecretStyle, secretStyleKey(s.secretStyle));
    m_settings->setValue(kAssertionAudience, assertionAudienceKey(s.assertionAudience));
    m_settings->setValue(kZpaCustomerId, s.zpaCustomerId);
    m_settings->setValue(kZpaMicrotenantId, s.zpaMicrotenantId);
    m_settings->setValue(kTokenUrl, urlText(s.tokenUrlOverride));
    m_settings->setValue(kApiUrl, urlText(s.apiUrlOverride));
    m_settings->setValue(kCaFile, s.caFile);
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("The profile could not be written to %1.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    if (const QString problem = profileNameError(profile.name); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return writeProfile(profile, error);
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return false;
    m_settings->remove(groupFor(name));
    if (lastProfile() == name)
        m_settings->remove(kLastProfileKey);
    m_settings->sync();
    return true;
}

bool ProfileStore::rename(const QString &oldName, const QString &newName, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    std::optional<Profile> profile = load(oldName);
    if (!profile)
        return fail(tr("There is no profile named \"%1\".").arg(oldName));
    if (oldName == newName)
        return true;
    if (const QString problem = profileNameError(newName); !problem.isEmpty())
        return fail(problem);
    if (contains(newName))
        return fail(tr("A profile named \"%1\" already exists.").arg(newName));
    const bool wasLast = lastProfile() == oldName;
    profile->name = newName;
    if (!writeProfile(*profile, error))
        return false;
    m_settings->remove(groupFor(oldName));
    if (wasLast)
        m_settings->setValue(kLastProfileKey, newName);
    m_settings->sync();
    return true;
}

QString ProfileStore::lastProfile() const
{
    const QString name = m_settings->value(kLastProfileKey).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setLastProfile(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(kLastProfileKey);
    else
        m_settings->setValue(kLastProfileKey, name);
    m_settings->sync();
}

} // namespace zc
