// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;

namespace zc {

class DeepTraceModel;
class RecordTableView;

// One device's deep traces: a title naming the device and its user, the Start, Delete and
// Reload buttons, a note while traces are followed, and the list (progress drawn as a bar; Del
// and the context menu delete). The page decides what the buttons do.
class DeviceTracesPane : public QWidget
{
    Q_OBJECT
public:
    DeviceTracesPane(DeepTraceModel *traces, QWidget *parent = nullptr);

    // The title for a device (its search record), or a sentence when there is none.
    void showDevice(const QJsonObject &device, const QString &deviceName);
    void showTitle(const QString &text);
    // "Following n running trace(s)…", hidden at 0.
    void setFollowing(int count);
    // What the buttons allow; readOnly explains in their tool tips why Start and Delete are off.
    void setActions(bool canStart, bool canDelete, bool canReload, bool readOnly);

    QJsonObject currentTrace() const;
    RecordTableView *view() const { return m_view; }
    QLabel *title() const { return m_title; }
    QLabel *followLabel() const { return m_following; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void startRequested();
    void deleteRequested();
    void reloadRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_title;
    QPushButton *m_start;
    QPushButton *m_delete;
    QPushButton *m_reload;
    QLabel *m_following;
    RecordTableView *m_view;
};

} // namespace zc
