// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileStore.h"

#include <QSettings>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

const auto kProfilesGroup = u"profiles"_s;
const auto kLastProfileKey = u"lastProfile"_s;

// Members stored as text, and the URL overrides (stored as text, empty when unset).
const std::pair<QLatin1StringView, QString ConnectionSettings::*> kTextFields[] = {
    {"vanityDomain"_L1, &ConnectionSettings::vanityDomain},
    {"clientId"_L1, &ConnectionSettings::clientId},
    {"zpaCustomerId"_L1, &ConnectionSettings::zpaCustomerId},
    {"zpaMicrotenantId"_L1, &ConnectionSettings::zpaMicrotenantId},
    {"caFile"_L1, &ConnectionSettings::caFile}};
const std::pair<QLatin1StringView, QUrl ConnectionSettings::*> kUrlFields[] = {
    {"tokenUrl"_L1, &ConnectionSettings::tokenUrlOverride},
    {"apiUrl"_L1, &ConnectionSettings::apiUrlOverride}};
// The choices, stored as the words Profile.h names.
const QLatin1StringView kCloud = "cloud"_L1;
const QLatin1StringView kAuthMethod = "authMethod"_L1;
const QLatin1StringView kSecretStyle = "secretStyle"_L1;
const QLatin1StringView kAssertionAudience = "assertionAudience"_L1;
// The proxy: its mode as a word, and the one manual server (kept in the other modes too, so
// that switching back to it finds it again). Its password lives in the keychain.
const QLatin1StringView kProxyMode = "proxy"_L1;
const QLatin1StringView kProxyHost = "proxyHost"_L1;
const QLatin1StringView kProxyPort = "proxyPort"_L1;
const QLatin1StringView kProxyUser = "proxyUser"_L1;

QString groupFor(const QString &name)
{
    return kProfilesGroup + u'/' + name;
}

// Reads one choice of the current group; an unknown word keeps the default (and is logged).
template<typename E>
void readChoice(const QSettings &settings, const QString &profile, QLatin1StringView key,
                bool (*parse)(const QString &, E *), E *out)
{
    const QString word = settings.value(key).toString();
    if (!word.isEmpty() && !parse(word, out))
        qCWarning(lcProfiles) << "profile" << profile << "has an unknown" << key << word
                              << "- using the default";
}

void writeProfile(QSettings &settings, const Profile &profile)
{
    const ConnectionSettings &s = profile.settings;
    // Start from an empty group so that no key of an older version lingers.
    settings.remove(groupFor(profile.name));
    settings.beginGroup(groupFor(profile.name));
    settings.setValue(kCloud, cloudKey(s.cloud));
    settings.setValue(kAuthMethod, authMethodKey(s.authMethod));
    settings.setValue(kSecretStyle, secretStyleKey(s.secretStyle));
    settings.setValue(kAssertionAudience, assertionAudienceKey(s.assertionAudience));
    for (const auto &[key, member] : kTextFields)
        settings.setValue(key, s.*member);
    for (const auto &[key, member] : kUrlFields)
        settings.setValue(key, (s.*member).isEmpty() ? QString() : (s.*member).toString());
    const ProxyServer proxy = s.proxy.server();
    settings.setValue(kProxyMode, proxyModeKey(s.proxy.mode));
    settings.setValue(kProxyHost, proxy.host);
    settings.setValue(kProxyPort, proxy.port > 0 ? QString::number(proxy.port) : QString());
    settings.setValue(kProxyUser, proxy.user);
    settings.endGroup();
}

ProxySettings readProxy(const QSettings &settings, const QString &profile)
{
    ProxyServer server;
    server.host = settings.value(kProxyHost).toString();
    server.port = settings.value(kProxyPort).toString().toInt();
    server.user = settings.value(kProxyUser).toString();
    ProxySettings proxy = ProxySettings::manual(server);
    proxy.mode = ProxySettings::Mode::System;
    readChoice(settings, profile, kProxyMode, parseProxyMode, &proxy.mode);
    return proxy;
}

// The stored values of some profile groups and of the last-used profile, to put back.
struct Snapshot
{
    QList<std::pair<QString, QVariantMap>> groups;
    QVariant lastProfile;
};

Snapshot takeSnapshot(QSettings &settings, const QStringList &names)
{
    Snapshot snapshot;
    for (const QString &name : names) {
        QVariantMap values;
        settings.beginGroup(groupFor(name));
        const QStringList keys = settings.allKeys();
        for (const QString &key : keys)
            values.insert(key, settings.value(key));
        settings.endGroup();
        snapshot.groups.append({name, values});
    }
    snapshot.lastProfile = settings.value(kLastProfileKey);
    return snapshot;
}

void restoreSnapshot(QSettings &settings, const Snapshot &snapshot)
{
    for (const auto &[name, values] : snapshot.groups) {
        settings.remove(groupFor(name));
        settings.beginGroup(groupFor(name));
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            settings.setValue(it.key(), it.value());
        settings.endGroup();
    }
    if (snapshot.lastProfile.isValid())
        settings.setValue(kLastProfileKey, snapshot.lastProfile);
    else
        settings.remove(kLastProfileKey);
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
    QStringList keys{kCloud,     kAuthMethod, kSecretStyle, kAssertionAudience,
                     kProxyMode, kProxyHost,  kProxyPort,   kProxyUser};
    for (const auto &field : kTextFields)
        keys << field.first;
    for (const auto &field : kUrlFields)
        keys << field.first;
    return keys;
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
    readChoice(*m_settings, name, kCloud, parseCloud, &s.cloud);
    readChoice(*m_settings, name, kAuthMethod, parseAuthMethod, &s.authMethod);
    readChoice(*m_settings, name, kSecretStyle, parseSecretStyle, &s.secretStyle);
    readChoice(*m_settings, name, kAssertionAudience, parseAssertionAudience, &s.assertionAudience);
    for (const auto &[key, member] : kTextFields)
        s.*member = m_settings->value(key).toString();
    for (const auto &[key, member] : kUrlFields) {
        const QString text = m_settings->value(key).toString();
        s.*member = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
    }
    s.proxy = readProxy(*m_settings, name);
    m_settings->endGroup();
    return profile;
}

bool ProfileStore::commit(const QStringList &names, const std::function<void(QSettings &)> &change,
                          QString *error)
{
    // A QSettings of its own for each write: its status() tells about this write only (a
    // QSettings keeps the first error it met for good). Objects on the same file share what
    // they hold, so m_settings sees the change at once.
    QSettings writer(m_settings->fileName(), m_settings->format());
    const Snapshot before = takeSnapshot(writer, names);
    change(writer);
    writer.sync();
    if (writer.status() == QSettings::NoError)
        return true;
    qCWarning(lcProfiles) << "could not write" << writer.fileName() << "- nothing was changed";
    restoreSnapshot(writer, before);
    if (error)
        *error = tr("The profile settings could not be written to %1; nothing was changed.")
                     .arg(writer.fileName());
    return false;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    if (const QString problem = profileNameError(profile.name); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return commit(
        {profile.name}, [&profile](QSettings &s) { writeProfile(s, profile); }, error);
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    if (!contains(name))
        return false;
    const bool wasLast = lastProfile() == name;
    return commit(
        {name},
        [&name, wasLast](QSettings &s) {
            s.remove(groupFor(name));
            if (wasLast)
                s.remove(kLastProfileKey);
        },
        error);
}

bool ProfileStore::rename(const QString &oldName, const QString &newName, QString *error)
{
    std::optional<Profile> profile = load(oldName);
    if (!profile) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(oldName);
        return false;
    }
    profile->name = newName;
    return replace(oldName, *profile, error);
}

bool ProfileStore::replace(const QString &oldName, const Profile &profile, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!contains(oldName))
        return fail(tr("There is no profile named \"%1\".").arg(oldName));
    if (const QString problem = profileNameError(profile.name); !problem.isEmpty())
        return fail(problem);
    if (oldName == profile.name)
        return save(profile, error);
    if (contains(profile.name))
        return fail(tr("A profile named \"%1\" already exists.").arg(profile.name));
    const bool wasLast = lastProfile() == oldName;
    return commit(
        {oldName, profile.name},
        [&](QSettings &s) {
            // The old group goes first: where group names ignore case (the Windows registry),
            // "lab" renamed to "Lab" is the same group.
            s.remove(groupFor(oldName));
            writeProfile(s, profile);
            if (wasLast)
                s.setValue(kLastProfileKey, profile.name);
        },
        error);
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
