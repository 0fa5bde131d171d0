// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiCall.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace zc {

// The explorer's history for one profile, newest first: method, path (placeholders as
// typed) and query of each call sent; its body only while keepBodies() is on. Query items
// and body members whose names speak of a token, secret, password, key or OTP are never
// kept. Every change is written at once to a file only the user can read
// (AppLocalDataLocation/api-history/<profile>.json unless set); the last 100 calls are kept.
class ApiHistory : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kMaximumEntries = 100;

    enum Role
    {
        MethodRole = Qt::UserRole + 1,
        PathRole,
        TimeRole,
    };

    explicit ApiHistory(QObject *parent = nullptr);

    static QString fileForProfile(const QString &profile);
    // Shows and from now on writes this file; empty: memory only.
    void setFilePath(const QString &filePath);
    QString filePath() const { return m_filePath; }

    bool keepBodies() const { return m_keepBodies; }
    void setKeepBodies(bool keep) { m_keepBodies = keep; }

    // Adds a call at the top (the same call sent again moves to the top). False with a
    // sentence in *error when the file could not be written (the entry stays in memory).
    bool record(const ApiCall &call, QString *error = nullptr);
    ApiCall call(int row) const;
    bool clear(QString *error = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // True for a query or member name that may carry a secret ("access_token", "password").
    static bool isSecretName(const QString &name);

private:
    struct Entry
    {
        QDateTime time;
        ApiCall call;
    };
    void load();
    bool save(QString *error);

    QList<Entry> m_entries;
    QString m_filePath;
    bool m_keepBodies = false;
};

} // namespace zc
