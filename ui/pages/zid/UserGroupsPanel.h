// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace zc {

class BusyBar;
class GroupMembershipIndex;
class RecordTableModel;

// The "Groups" part of the user detail pane: the groups the selected user belongs to, in a
// small table (name, source, description). The membership index is built lazily, the first
// time a user is shown, with "Reading group i of n…" progress and Cancel; after a cancel or
// a failure, "Find groups" builds it again.
class UserGroupsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserGroupsPanel(GroupMembershipIndex *index, QWidget *parent = nullptr);

    void setUser(const QJsonObject &user);
    QJsonObject user() const { return m_user; }

    // Whether showing a user starts reading the membership when it was never read (or F5
    // dropped it); after a cancel or a failure only Find groups reads it.
    void setAutoStart(bool autoStart) { m_autoStart = autoStart; }
    bool autoStart() const { return m_autoStart; }

    // The group names shown for the user, in order.
    QStringList groupNames() const;
    QString statusText() const;
    QLabel *statusLabel() const { return m_status; }
    QTableView *view() const { return m_view; }
    QPushButton *findButton() const { return m_find; }
    BusyBar *busyBar() const { return m_busy; }

private:
    void update();
    void fitHeight();

    GroupMembershipIndex *m_index;
    QJsonObject m_user;
    QLabel *m_heading;
    QLabel *m_status;
    BusyBar *m_busy;
    QTableView *m_view;
    QPushButton *m_find;
    RecordTableModel *m_model;
    bool m_autoStart = true;
};

} // namespace zc
