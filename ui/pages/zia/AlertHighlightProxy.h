// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QIdentityProxyModel>

namespace zc {

// Marks the rows of a URL lookup (or of its category summary) that carry a security alert:
// every cell of such a row gets a red background and a dark red bold text, and the first
// column a warning icon. alertRole is the source's boolean role that says so
// (UrlLookupResultModel::HasSecurityAlertRole, UrlCategorySummaryModel::IsSecurityAlertRole).
// Relays the source's loadingChanged(bool) so RecordTableView still follows its loading.
class AlertHighlightProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    AlertHighlightProxy(int alertRole, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    bool isAlert(const QModelIndex &index) const;

    static QColor alertBackground();
    static QColor alertForeground();

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    int m_alertRole;
    QMetaObject::Connection m_loading;
};

} // namespace zc
