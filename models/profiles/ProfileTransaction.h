// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProfileResult.h"
#include "SecretStore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace zc {

// One keychain entry a transaction sets: to a value, to a copy of another profile's entry of
// the same kind, or to nothing.
struct SecretChange
{
    enum class To
    {
        Value,
        CopyOf,
        Nothing
    };
    QString profile;
    SecretKind kind = SecretKind::ClientSecret;
    To to = To::Value;
    QByteArray value;            // To::Value; wiped when the transaction ends
    QString source;              // To::CopyOf: the profile copied from
    bool sourceRequired = false; // To::CopyOf: a missing source fails (else nothing is copied)
};

// The steps of one ProfileRepository operation, run in this order so that it completes or
// leaves everything as it was:
//   1. read what is copied and what each changed entry holds now (nothing changes yet);
//   2. set the changed entries, one after the other;
//   3. write the settings;
//   4. remove the entries the change leaves unused (an old name's, the other method's).
// A failure in step 2 or 3 puts back the entries already changed, in reverse order. A
// failure in step 4 is not one: the profile is saved, and the result's warning says which
// entry is left behind. Internal to ProfileRepository.
//
// The transaction is a child of the SecretStore, so it runs to its end even when the object
// that started it goes away; its callback then is skipped. It deletes itself when done.
class ProfileTransaction : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const zc::ProfileResult &result)>;

    explicit ProfileTransaction(SecretStore *secrets);
    ~ProfileTransaction() override;

    void addChange(SecretChange change);
    void setSettingsStep(std::function<bool(QString *error)> apply);
    void addRemoval(const QString &profile, SecretKind kind);
    void start(QObject *context, Done done);

private:
    struct Entry
    {
        SecretChange change;
        bool skip = false; // nothing to do (no source to copy, nothing to remove)
        bool existed = false;
        QByteArray before; // what the entry held, to put back
        bool applied = false;
    };

    void readSource(int index);
    void readBefore(int index);
    void apply(int index);
    void applySettings();
    void rollBack(int index);
    void removeUnused(int index);
    void finish(ProfileResult result);

    SecretStore *m_secrets;
    QList<Entry> m_entries;
    std::function<bool(QString *)> m_settingsStep;
    QList<std::pair<QString, SecretKind>> m_removals;
    ProfileResult m_failure;
    QString m_rollBackProblem;
    QString m_warning;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Done m_done;
};

} // namespace zc
