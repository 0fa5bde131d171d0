// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <QPointer>

namespace zc {

class UrlLookupResultModel;

// How many looked-up URLs fall in each category: one row per category code (categories and
// security alerts alike; a URL counts once per code), most frequent first, then by name.
// Follows a UrlLookupResultModel, or takes results directly.
class UrlCategorySummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CategoryColumn,
        CountColumn,
    };
    enum Role
    {
        CategoryCodeRole = Qt::UserRole + 1, // the API's code
        SortRole,                            // name or count (as a number)
        IsSecurityAlertRole,                 // bool: the code came as a security alert
    };

    explicit UrlCategorySummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSourceModel(UrlLookupResultModel *source);
    void setResults(const QJsonArray &results);

    // The count for a code, 0 when none.
    int count(const QString &code) const;

private:
    struct Entry
    {
        QString code;
        QString name;
        int count = 0;
        bool securityAlert = false;
    };
    void rebuild();
    void apply(const QJsonArray &results);

    QPointer<UrlLookupResultModel> m_source;
    QList<Entry> m_entries;
};

} // namespace zc
