// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableView;

namespace zc {

class RecordTableModel;

// The "Server groups" part of the segment detail pane: a heading and a small read-only table
// (name, enabled, dynamic discovery, ID) of the segment's serverGroups, or a sentence when the
// segment has none.
class ServerGroupTable : public QWidget
{
    Q_OBJECT
public:
    explicit ServerGroupTable(QWidget *parent = nullptr);

    void setSegment(const QJsonObject &segment);

    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *heading() const { return m_heading; }
    // The server group names as shown, in order.
    QStringList names() const;

private:
    void fitHeight();

    QLabel *m_heading;
    QLabel *m_none;
    QTableView *m_view;
    RecordTableModel *m_model;
};

} // namespace zc
