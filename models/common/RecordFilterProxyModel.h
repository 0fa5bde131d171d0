// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace zc {

// Filter-as-you-type across every column of a record table, sorting by each column's sort
// value (numbers as numbers, dates as dates, text by locale). Every word of the filter must
// appear somewhere in the row: "443 finance" finds the finance segment on port 443.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    QCollator m_collator;
};

} // namespace zc
