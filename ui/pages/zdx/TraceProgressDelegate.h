// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStyledItemDelegate>

namespace zc {

// Paints a deep trace's progress cell as a progress bar with the elapsed and the expected
// time ("4:30 of 15:00"), from the row's raw record (RecordTableModel::RawJsonRole).
class TraceProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TraceProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "Waiting to start (15:00)", "4:30 of 15:00", "15:00 of 15:00", or the status when it
    // ended otherwise.
    static QString progressText(const QJsonObject &trace);
};

} // namespace zc
