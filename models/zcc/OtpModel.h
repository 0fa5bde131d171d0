// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/JobFollower.h"
#include "net/ApiError.h"
#include "zcc/ZccService.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace zc {

// The OTPs of one device: kind (the API's key), readable name, value. Values are masked
// ("••••••••••") until their row is revealed (setRevealed or setData with RevealedRole), and
// hide again revealTimeout() after (60 s): a password left on screen is one a passer-by can
// read. ValueRole hands out the value for copying whatever the mask. Values are wiped when
// replaced, cleared or when the model goes.
class OtpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        NameColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // QString: the OTP itself, for copy
        RevealedRole,                 // bool, editable
        KindRole,                     // QString: the API's key
    };

    static inline const QString kMask =
        QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022");
    static constexpr int kDefaultRevealTimeoutMs = 60000;

    explicit OtpModel(QObject *parent = nullptr);
    ~OtpModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setOtps(OtpSet otps);
    void clear();
    // The values themselves, for the CLI to print (they stay owned, and wiped, here).
    const OtpSet &otps() const { return m_otps; }
    // The kinds held, in order (for the audit list: never the values).
    QStringList kinds() const;
    QString udid() const { return m_udid; }

    bool isRevealed(int row) const;
    void setRevealed(int row, bool revealed);
    void setAllRevealed(bool revealed);
    // How long a revealed value stays visible (tests make it short).
    void setRevealTimeout(int ms);
    int revealTimeout() const { return m_revealTimeoutMs; }

    // Whether some row has a value, and whether every such row is revealed.
    bool hasValues() const;
    bool allValuesRevealed() const;
    // Reveals every value, or hides them all when all are shown.
    void toggleValuesRevealed();
    // The row of the main OTP: "otp", else the first with a value; -1 when none has one.
    int mainRow() const;

    // Follows a retrieval (JobFollower): rows are replaced when it succeeded; a failure or a
    // cancel leaves them. A retrieval under way is cancelled.
    void load(ZccOtpJob *job);
    void cancel() { m_job.cancel(); }
    bool isLoading() const { return m_job.isLoading(); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(int rows);
    void failed(const zc::ApiError &error);

private:
    bool hasValue(int row) const;
    void scheduleHiding();
    void hideExpired();

    OtpSet m_otps;
    QList<bool> m_revealed;
    QList<qint64> m_revealedAt; // by row: m_clock time of the reveal, 0 when hidden
    QElapsedTimer m_clock;
    QTimer m_hideTimer;
    int m_revealTimeoutMs = kDefaultRevealTimeoutMs;
    QString m_udid;
    JobFollower<OtpModel> m_job{this};
};

} // namespace zc
