// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace zc {

// The non-secret half of stored profiles, in QSettings (organisation and application
// "ZConsole"), one group "profiles/<name>" each. Secrets never pass through here: a Profile
// holds none, and save() writes only the keys storedKeys() lists.
//
// Every change is written to disk at once and either lands whole or not at all: when the file
// cannot be written, the settings are put back as they were (in memory too) and the reason is
// reported. ProfileRepository adds the keychain half.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(zc::ProfileStore)
public:
    // The user's settings file (QSettings("ZConsole", "ZConsole")).
    ProfileStore();
    // Any QSettings, e.g. a temporary INI file in tests. Not owned; must outlive the store.
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    // Stored names, sorted case-insensitively.
    QStringList list() const;
    bool contains(const QString &name) const;
    // The stored profile, or nothing when there is none of that name. Stored values that no
    // longer parse fall back to the defaults (and are logged under zconsole.profiles).
    std::optional<Profile> load(const QString &name) const;
    // Replaces the stored profile of that name. False (with a translated reason) when the
    // name is not valid or the settings could not be written.
    bool save(const Profile &profile, QString *error = nullptr);
    // False when there is no such profile (or, with a reason, when it could not be written).
    bool remove(const QString &name, QString *error = nullptr);
    // False (with a translated reason) when the old profile is missing, the new name is not
    // valid or already taken. The last-used profile follows the rename.
    bool rename(const QString &oldName, const QString &newName, QString *error = nullptr);
    // Stores `profile` in place of the profile `oldName` (a rename and a save in one write).
    // False (with a translated reason) as rename() and save() are.
    bool replace(const QString &oldName, const Profile &profile, QString *error = nullptr);

    // The profile used last ("" when none or it no longer exists).
    QString lastProfile() const;
    void setLastProfile(const QString &name);

    // The keys a profile group may hold: exactly these, none of them secret.
    static QStringList storedKeys();

private:
    // Applies `change` to the groups of `names` (and the last-used profile), writes the file,
    // and puts everything back when writing fails.
    bool commit(const QStringList &names, const std::function<void(QSettings &)> &change,
                QString *error);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace zc
