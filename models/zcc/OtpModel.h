// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/JobFollower.h"
#include "net/ApiError.h"
#include "zcc/ZccService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace zc {

// The OTPs of one device: kind (the API's key), readable name, value. Values are masked
// ("••••••••••") until their row is revealed (setRevealed or setData with RevealedRole);
// ValueRole hands out the value for copying whatever the mask. Values are wiped when
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
    QString udid() const { return m_udid; }

    bool isRevealed(int row) const;
    void setRevealed(int row, bool revealed);
    void setAllRevealed(bool revealed);

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
    OtpSet m_otps;
    QList<bool> m_revealed;
    QString m_udid;
    JobFollower<OtpModel> m_job{this};
};

} // namespace zc
