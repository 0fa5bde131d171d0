// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

#include <QPointer>

namespace zc {

class UrlLookupJob;

// URL lookup results for views: one row per URL with the URL, its categories, its security
// alerts and its cloud application, codes made readable ("NEWS_AND_MEDIA" -> "News and
// Media", UrlCategoryNames). Rows with a security alert answer true to HasSecurityAlertRole
// in every column (the view marks them). RawJsonRole holds the API's item unchanged.
class UrlLookupResultModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UrlColumn,
        CategoriesColumn,
        SecurityAlertsColumn,
        ApplicationColumn,
    };
    enum Role
    {
        HasSecurityAlertRole = RecordIdRole + 10, // bool
        CategoryCodesRole,                        // QStringList of urlClassifications
        SecurityAlertCodesRole,                   // QStringList of ...WithSecurityAlert
    };

    explicit UrlLookupResultModel(QObject *parent = nullptr);
    // The columns views show (and the CLI prints).
    static QList<RecordColumn> lookupColumns();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Follows a lookup: batch progress is relayed through progress(batchesDone, batchCount,
    // resultsSoFar), the rows are replaced when the whole lookup finished, and a failure or
    // a cancel leaves the previous rows. A lookup already followed is cancelled.
    void load(UrlLookupJob *job);
    bool isLookingUp() const { return isLoading(); }
    int securityAlertRows() const;

    static bool hasSecurityAlert(const QJsonObject &result);
};

} // namespace zc
