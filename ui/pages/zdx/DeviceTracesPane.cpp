// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceTracesPane.h"

#include "pages/zdx/TraceProgressDelegate.h"
#include "widgets/RecordTableView.h"
#include "zdx/DeepTraceModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

DeviceTracesPane::DeviceTracesPane(DeepTraceModel *traces, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_start(new QPushButton(tr("S&tart deep trace…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_following(new QLabel(this))
    , m_view(new RecordTableView(this))
{
    m_title->setObjectName(u"deepTracesDeviceTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_start->setObjectName(u"startTraceButton"_s);
    m_delete->setObjectName(u"deleteTraceButton"_s);
    m_reload->setObjectName(u"reloadTracesButton"_s);
    m_reload->setToolTip(tr("Load this device's deep traces again (F5)"));
    m_following->setObjectName(u"deepTracesFollowing"_s);
    m_following->setWordWrap(true);
    m_following->setForegroundRole(QPalette::PlaceholderText);
    m_following->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addWidget(m_delete);
    actions->addWidget(m_reload);
    actions->addWidget(m_following, 1);
    actions->addStretch(); // keeps the buttons compact while the note is hidden

    m_view->setObjectName(u"deepTracesList"_s);
    m_view->setModel(traces);
    m_view->setSettingsKey(u"deepTraces/traces"_s);
    if (!m_view->restoreLayout()) {
        // One device's traces: its user and name are in the title already.
        m_view->setColumnVisible(u"username"_s, false);
        m_view->setColumnVisible(u"device_name"_s, false);
    }
    m_view->setExportName(u"deep-traces"_s);
    m_view->setAccessibleTitle(tr("Deep traces"));
    m_view->view()->setItemDelegateForColumn(traces->columnIndex(u"progress"_s),
                                             new TraceProgressDelegate(m_view));
    m_view->setEmptyText(tr("Pick a device to see its deep traces."));
    m_view->setNoMatchText(tr("No deep traces match “%1”. Clear the filter."));
    auto *deleteAction = new QAction(tr("Delete deep trace…"), this);
    connect(deleteAction, &QAction::triggered, this, &DeviceTracesPane::deleteRequested);
    m_view->addContextAction(deleteAction);
    m_view->view()->installEventFilter(this); // Del deletes the current trace

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);

    connect(m_start, &QPushButton::clicked, this, &DeviceTracesPane::startRequested);
    connect(m_delete, &QPushButton::clicked, this, &DeviceTracesPane::deleteRequested);
    connect(m_reload, &QPushButton::clicked, this, &DeviceTracesPane::reloadRequested);
    setActions(false, false, false, false);
}

void DeviceTracesPane::showDevice(const QJsonObject &device, const QString &deviceName)
{
    const QString name = deviceName.toHtmlEscaped();
    const QString id = recordId(device);
    const QString user = device.value("user_email"_L1).toString();
    const QString userName = device.value("user_name"_L1).toString();
    QString who;
    if (!user.isEmpty() && !userName.isEmpty())
        who = tr("%1 (%2)").arg(user.toHtmlEscaped(), userName.toHtmlEscaped());
    else
        who = (user.isEmpty() ? userName : user).toHtmlEscaped();
    m_title->setText(who.isEmpty() ? tr("<b>%1</b> · ZDX device %2").arg(name, id)
                                   : tr("<b>%1</b> · %2 · ZDX device %3").arg(name, who, id));
    m_view->setEmptyText(
        tr("No deep traces on %1 yet. Start one with Start deep trace….").arg(deviceName));
}

void DeviceTracesPane::showTitle(const QString &text)
{
    m_title->setText(text);
}

void DeviceTracesPane::setFollowing(int count)
{
    m_following->setVisible(count > 0);
    m_following->setText(tr("Following %n running trace(s): the status refreshes by itself, "
                            "less often while nothing changes.",
                            nullptr, count));
}

void DeviceTracesPane::setActions(bool canStart, bool canDelete, bool canReload, bool readOnly)
{
    const QString readOnlyTip =
        tr("ZDX is in read-only mode: deep traces cannot be started or deleted now.");
    m_start->setEnabled(canStart);
    m_start->setToolTip(readOnly ? readOnlyTip : tr("Start a deep trace on this device"));
    m_delete->setEnabled(canDelete);
    m_delete->setToolTip(readOnly ? readOnlyTip
                                  : tr("Delete the selected deep trace and its results (Del)"));
    m_reload->setEnabled(canReload);
}

QJsonObject DeviceTracesPane::currentTrace() const
{
    return m_view->currentRecord();
}

bool DeviceTracesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->view() && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        Q_EMIT deleteRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace zc
