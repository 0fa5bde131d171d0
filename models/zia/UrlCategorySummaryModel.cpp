// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlCategorySummaryModel.h"

#include "UrlCategoryNames.h"
#include "UrlLookupResultModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

UrlCategorySummaryModel::UrlCategorySummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int UrlCategorySummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int UrlCategorySummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant UrlCategorySummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == CategoryColumn)
            return role == Qt::ToolTipRole ? QVariant(entry.code) : QVariant(entry.name);
        return entry.count;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == CountColumn
                                       ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                                       : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole:
        if (index.column() == CategoryColumn)
            return entry.name;
        return entry.count;
    case CategoryCodeRole:
        return entry.code;
    case IsSecurityAlertRole:
        return entry.securityAlert;
    default:
        return {};
    }
}

QVariant UrlCategorySummaryModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > 1)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == CategoryColumn ? tr("Category") : tr("URLs");
}

QHash<int, QByteArray> UrlCategorySummaryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CategoryCodeRole, "categoryCode");
    names.insert(SortRole, "sortValue");
    names.insert(IsSecurityAlertRole, "isSecurityAlert");
    return names;
}

void UrlCategorySummaryModel::setSourceModel(UrlLookupResultModel *source)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    if (source) {
        const auto update = [this] { rebuild(); };
        connect(source, &QAbstractItemModel::modelReset, this, update);
        connect(source, &QAbstractItemModel::rowsInserted, this, update);
        connect(source, &QAbstractItemModel::rowsRemoved, this, update);
        connect(source, &QAbstractItemModel::dataChanged, this, update);
    }
    rebuild();
}

void UrlCategorySummaryModel::setResults(const QJsonArray &results)
{
    if (m_source) {
        m_source->disconnect(this);
        m_source = nullptr;
    }
    apply(results);
}

void UrlCategorySummaryModel::apply(const QJsonArray &results)
{
    QHash<QString, Entry> byCode;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QSet<QString> seen; // a URL counts once per code
        const auto add = [&](const QJsonValue &codes, bool alert) {
            for (const QString &code : UrlCategoryNames::codes(codes)) {
                Entry &entry = byCode[code];
                if (entry.code.isEmpty()) {
                    entry.code = code;
                    entry.name = UrlCategoryNames::name(code);
                }
                entry.securityAlert = entry.securityAlert || alert;
                if (!seen.contains(code)) {
                    seen.insert(code);
                    ++entry.count;
                }
            }
        };
        add(result.value("urlClassifications"_L1), false);
        add(result.value("urlClassificationsWithSecurityAlert"_L1), true);
    }
    QList<Entry> entries = byCode.values();
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.code < b.code;
    });
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int UrlCategorySummaryModel::count(const QString &code) const
{
    for (const Entry &entry : m_entries) {
        if (entry.code == code)
            return entry.count;
    }
    return 0;
}

void UrlCategorySummaryModel::rebuild()
{
    apply(m_source ? m_source->records() : QJsonArray());
}

} // namespace zc
