// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QHeaderView;
class QLabel;
class QPushButton;
class QTableView;

namespace zc {

class ActivityModel;

// The activity panel's contents: a table over the session's ActivityModel that follows new
// requests while scrolled to the bottom, a row count and Clear.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QHeaderView *header() const;
    QPushButton *clearButton() const { return m_clear; }

private:
    void updateCount();

    ActivityModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_clear;
    bool m_followTail = true;
};

} // namespace zc
