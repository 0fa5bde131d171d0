// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileTransaction.h"

#include "Profile.h"
#include "auth/Credentials.h"
#include "common/Translations.h"

namespace zc {

ProfileTransaction::ProfileTransaction(SecretStore *secrets)
    : QObject(secrets)
    , m_secrets(secrets)
{}

ProfileTransaction::~ProfileTransaction()
{
    for (Entry &entry : m_entries) {
        secureWipe(entry.change.value);
        secureWipe(entry.before);
    }
}

void ProfileTransaction::addChange(SecretChange change)
{
    Entry entry;
    entry.change = std::move(change);
    m_entries.append(std::move(entry));
}

void ProfileTransaction::setSettingsStep(std::function<bool(QString *)> apply)
{
    m_settingsStep = std::move(apply);
}

void ProfileTransaction::addRemoval(const QString &profile, SecretKind kind)
{
    m_removals.append({profile, kind});
}

void ProfileTransaction::start(QObject *context, Done done)
{
    m_context = context;
    m_hasContext = context != nullptr;
    m_done = std::move(done);
    readSource(0);
}

void ProfileTransaction::readSource(int index)
{
    if (index >= m_entries.size())
        return readBefore(0);
    Entry &entry = m_entries[index];
    if (entry.change.to != SecretChange::To::CopyOf)
        return readSource(index + 1);
    m_secrets->read(
        entry.change.source, entry.change.kind, this,
        [this, index](QByteArray secret, SecretStore::Error error, const QString &message) {
            Entry &e = m_entries[index];
            if (error == SecretStore::Error::NotFound && !e.change.sourceRequired) {
                e.skip = true;
            } else if (error != SecretStore::Error::None) {
                return finish(ProfileResult::keychain(error, message));
            } else {
                e.change.value = std::move(secret);
            }
            readSource(index + 1);
        });
}

void ProfileTransaction::readBefore(int index)
{
    if (index >= m_entries.size())
        return apply(0);
    if (m_entries.at(index).skip)
        return readBefore(index + 1);
    const SecretChange &change = m_entries.at(index).change;
    m_secrets->read(
        change.profile, change.kind, this,
        [this, index](QByteArray secret, SecretStore::Error error, const QString &message) {
            Entry &e = m_entries[index];
            if (error == SecretStore::Error::None) {
                e.existed = true;
                e.before = std::move(secret);
            } else if (error != SecretStore::Error::NotFound) {
                return finish(ProfileResult::keychain(error, message));
            }
            // Removing what is not there changes nothing.
            e.skip = !e.existed && e.change.to == SecretChange::To::Nothing;
            readBefore(index + 1);
        });
}

void ProfileTransaction::apply(int index)
{
    if (index >= m_entries.size())
        return applySettings();
    const Entry &entry = m_entries.at(index);
    if (entry.skip)
        return apply(index + 1);
    auto next = [this, index](SecretStore::Error error, const QString &message) {
        if (error != SecretStore::Error::None) {
            m_failure = ProfileResult::keychain(error, message);
            return rollBack(index - 1);
        }
        m_entries[index].applied = true;
        apply(index + 1);
    };
    if (entry.change.to == SecretChange::To::Nothing)
        m_secrets->remove(entry.change.profile, entry.change.kind, this, next);
    else
        m_secrets->write(entry.change.profile, entry.change.kind, entry.change.value, this, next);
}

void ProfileTransaction::applySettings()
{
    QString error;
    if (m_settingsStep && !m_settingsStep(&error)) {
        m_failure = ProfileResult::failure(ProfileResult::Error::Settings, error);
        return rollBack(int(m_entries.size()) - 1);
    }
    removeUnused(0);
}

void ProfileTransaction::rollBack(int index)
{
    while (index >= 0 && !m_entries.at(index).applied)
        --index;
    if (index < 0) {
        ProfileResult result = m_failure;
        if (!m_rollBackProblem.isEmpty())
            result.message = joinSentences(result.message, m_rollBackProblem);
        return finish(result);
    }
    const Entry &entry = m_entries.at(index);
    auto next = [this, index](SecretStore::Error error, const QString &message) {
        if (error != SecretStore::Error::None) {
            const QString &profile = m_entries.at(index).change.profile;
            qCWarning(lcProfiles) << "could not put back the keychain entry of" << profile;
            if (m_rollBackProblem.isEmpty())
                m_rollBackProblem = tr("The keychain entry of “%1” could not be put back as it "
                                       "was: %2")
                                        .arg(profile, message);
        }
        rollBack(index - 1);
    };
    if (entry.existed)
        m_secrets->write(entry.change.profile, entry.change.kind, entry.before, this, next);
    else
        m_secrets->remove(entry.change.profile, entry.change.kind, this, next);
}

void ProfileTransaction::removeUnused(int index)
{
    if (index >= m_removals.size())
        return finish({});
    // Named copies: clang 14 and Apple clang cannot capture structured bindings.
    const QString profile = m_removals.at(index).first;
    const auto kind = m_removals.at(index).second;
    m_secrets->remove(profile, kind, this,
                      [this, index, profile](SecretStore::Error error, const QString &message) {
                          if (error != SecretStore::Error::None && m_warning.isEmpty())
                              m_warning = tr("An old keychain entry of “%1” could not be "
                                             "removed: %2")
                                              .arg(profile, message);
                          removeUnused(index + 1);
                      });
}

void ProfileTransaction::finish(ProfileResult result)
{
    if (result.ok())
        result.warning = m_warning;
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done && (!m_hasContext || m_context))
        done(result);
    deleteLater();
}

} // namespace zc
