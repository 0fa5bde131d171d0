// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace zc {

// Between an AppSegmentModel and its RecordTableView: passes every row through until a
// domain is set, then only the segments whose domain names cover it (ZpaFormat's matcher:
// "*.example.com" covers "a.example.com"). Roles, headers and the model's loadingChanged(bool)
// are relayed, so the view treats it like the segment model itself.
class DomainFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DomainFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // What the user typed (a host, a URL or a wildcard); empty shows every segment.
    void setDomain(const QString &text);
    QString domain() const { return m_text; }
    // The host the matcher compares ("https://A.example.com/x" -> "a.example.com").
    QString normalizedDomain() const { return m_normalized; }
    bool isFinding() const { return !m_normalized.isEmpty(); }

Q_SIGNALS:
    void loadingChanged(bool loading);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_normalized;
    QMetaObject::Connection m_loading;
};

} // namespace zc
