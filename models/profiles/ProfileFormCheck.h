// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zc {

class ProfileRepository;

// A profile as a form holds it, with what the checks need to know besides the settings.
struct ProfileDraft
{
    Profile profile;           // the name as typed, the settings as the form describes them
    QString currentName;       // the stored profile being edited (its name is not "taken")
    bool secretGiven = false;  // a client secret typed, or a key chosen, for the method
    bool secretStored = false; // the keychain holds one for the method
};

// The checks of a profile form, one field at a time, so that every field gets its own
// sentence as the user types. Fields: "name", "tokenUrl", "apiUrl", "vanity", "clientId",
// "secret", "key", "zpaCustomerId", "microtenant", "caFile", "proxy", and "form" (a problem of the
// settings as a whole that no field explains).
class ProfileFormCheck
{
    Q_DECLARE_TR_FUNCTIONS(zc::ProfileFormCheck)
public:
    static QStringList fields();
    // A translated sentence, or empty when the field is fine.
    static QString error(const QString &field, const ProfileDraft &draft,
                         const ProfileRepository &profiles);
    // The first field with an error, or empty.
    static QString firstError(const ProfileDraft &draft, const ProfileRepository &profiles);
};

} // namespace zc
