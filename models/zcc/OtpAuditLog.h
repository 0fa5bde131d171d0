// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace zc {

// One OTP retrieval as the local audit list remembers it: who asked (the profile or API
// client, and the account on this computer) for which device's one-time passwords, when, and
// which kinds came. It has no place for the values themselves, on purpose.
struct OtpAuditEntry
{
    QDateTime time;   // UTC
    QString profile;  // the stored profile; empty when the CLI ran from the environment
    QString client;   // the API client ID the request was made with
    QString osUser;   // the account on this computer that asked
    QString user;     // the device's user (login or e-mail)
    QString hostname; // the device's machineHostname
    QString udid;
    QStringList kinds; // the OTP kinds that came ("otp", "exitOtp", ...), never their values

    bool operator==(const OtpAuditEntry &other) const = default;
};

// The local audit list of OTP retrievals, newest first, as a read-only table (time, profile or
// client, user, device, UDID, kinds, account). The GUI and the CLI keep the same one. Every
// append() is written at once as one JSON line to a file only the user can read, in a folder
// only the user can open (both restricted again on every write, whatever the umask; the
// default file is defaultFilePath()), and the list keeps the last maximumEntries() (5,000 by
// default): older lines are dropped from the file too. It never holds an OTP value.
class OtpAuditLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ProfileColumn,
        UserColumn,
        HostnameColumn,
        UdidColumn,
        KindsColumn,
        OsUserColumn,
        ColumnCount
    };
    enum Role
    {
        TimeRole = Qt::UserRole + 1, // QDateTime (UTC), also the sort value of the time column
    };

    static constexpr int kDefaultMaximumEntries = 5000;

    // Reads defaultFilePath().
    explicit OtpAuditLog(QObject *parent = nullptr);
    // Reads this file (created on the first append). Empty path: kept in memory only.
    explicit OtpAuditLog(const QString &filePath, QObject *parent = nullptr);

    // ZConsole/ZConsole/otp-audit.jsonl under the user's data folder (the GUI's
    // AppLocalDataLocation, whichever program asks).
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }
    // Switches to another file and shows what it holds (tests; a portable setup).
    void setFilePath(const QString &filePath);
    // Reads the file again.
    void reload();

    int maximumEntries() const { return m_maximum; }
    // Keeps the newest `maximum` entries (at least 1) and trims the file when needed.
    void setMaximumEntries(int maximum);

    // Adds a retrieval (the time is set to now when invalid) and writes it to the file. False
    // when the file could not be written (the entry is still listed); lastError() says why.
    bool append(OtpAuditEntry entry);
    QString lastError() const { return m_lastError; }

    // Newest first.
    const QList<OtpAuditEntry> &entries() const { return m_entries; }
    OtpAuditEntry entry(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One line of the file (compact JSON, no newline) and back: an entry with an invalid time
    // when the line is not an audit entry.
    static QByteArray toJsonLine(const OtpAuditEntry &entry);
    static OtpAuditEntry fromJsonLine(const QByteArray &line);

Q_SIGNALS:
    void appended(const zc::OtpAuditEntry &entry);

private:
    void load();
    bool appendLine(const OtpAuditEntry &entry);
    bool rewrite();

    QString m_filePath;
    QList<OtpAuditEntry> m_entries; // newest first
    int m_maximum = kDefaultMaximumEntries;
    int m_linesInFile = 0;
    QString m_lastError;
};

} // namespace zc
