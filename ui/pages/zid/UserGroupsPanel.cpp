// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UserGroupsPanel.h"

#include "common/RecordTableModel.h"
#include "widgets/BusyBar.h"
#include "widgets/CompactTable.h"
#include "widgets/NamedControl.h"
#include "zid/GroupMembershipIndex.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QList<RecordColumn> groupColumns()
{
    return {
        RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name")),
        RecordColumn::member(u"source"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Source")),
        RecordColumn::member(u"description"_s,
                             QT_TRANSLATE_NOOP("zc::RecordColumn", "Description")),
    };
}

} // namespace

UserGroupsPanel::UserGroupsPanel(GroupMembershipIndex *index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_heading(new QLabel(tr("Groups"), this))
    , m_status(new QLabel(this))
    , m_busy(new BusyBar(this))
    , m_view(new QTableView(this))
    , m_find(new QPushButton(tr("Find &groups"), this))
    , m_model(new RecordTableModel(groupColumns(), this))
{
    setObjectName(u"userGroupsPanel"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_status->setObjectName(u"userGroupsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_find->setObjectName(u"findGroupsButton"_s);
    m_find->setToolTip(tr("Reads every group's member list: one request per group"));

    namedControl(m_view, u"userGroupsView"_s, tr("Groups of the user"));
    m_view->setModel(m_model);
    compactTable::setUp(m_view);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_find);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_find, &QPushButton::clicked, m_index, &GroupMembershipIndex::start);
    connect(m_busy, &BusyBar::cancelRequested, m_index, &GroupMembershipIndex::cancel);
    connect(m_index, &GroupMembershipIndex::runningChanged, this, [this](bool running) {
        if (running)
            m_busy->start(tr("Reading the list of groups…"));
        else
            m_busy->finish();
        update();
    });
    connect(m_index, &GroupMembershipIndex::progress, this, [this](int done, int total) {
        if (total < 0)
            m_busy->start(tr("Reading the list of groups…"));
        else
            m_busy->setProgress(
                done, total,
                tr("Reading the members of group %1 of %2…")
                    .arg(QLocale().toString(std::min(done + 1, total)), QLocale().toString(total)));
    });
    connect(m_index, &GroupMembershipIndex::finished, this, &UserGroupsPanel::update);
    connect(m_index, &GroupMembershipIndex::failed, this, &UserGroupsPanel::update);
    update();
}

void UserGroupsPanel::setUser(const QJsonObject &user)
{
    m_user = user;
    // Once only: after a cancel or a failure (lastError, cleared with the index on F5), the
    // Find groups button asks again.
    if (!user.isEmpty() && m_autoStart && !m_index->isReady() && !m_index->isRunning() &&
        !m_index->lastError().isError())
        m_index->start(); // update() follows from runningChanged
    update();
}

void UserGroupsPanel::update()
{
    const bool running = m_index->isRunning();
    const bool ready = m_index->isReady();
    QString status;
    QJsonArray groups;
    if (m_user.isEmpty()) {
        status.clear();
    } else if (ready) {
        groups = m_index->groupsOf(recordId(m_user));
        if (groups.isEmpty())
            status = tr("Not a member of any of the tenant's %Ln group(s).", nullptr,
                        int(m_index->groupCount()));
        else
            status = tr("Member of %Ln group(s).", nullptr, int(groups.size()));
    } else if (running) {
        status = tr("ZIdentity has no list of a user's groups, so ZConsole reads every group's "
                    "members once.");
    } else if (m_index->lastError().kind == ApiError::Kind::Cancelled) {
        status = tr("Reading the group members was cancelled. Press Find groups to read them.");
    } else if (m_index->lastError().isError()) {
        status = tr("The groups could not be read: %1").arg(m_index->lastError().message());
    } else {
        status = tr("Press Find groups to read every group's members (one request per group).");
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_model->setRecords(groups);
    m_view->setVisible(!groups.isEmpty());
    m_find->setVisible(!m_user.isEmpty() && !ready && !running);
    fitHeight();
}

QStringList UserGroupsPanel::groupNames() const
{
    return m_model->columnTexts(0);
}

QString UserGroupsPanel::statusText() const
{
    return m_status->text();
}

void UserGroupsPanel::fitHeight()
{
    compactTable::fitRows(m_view, 8);
}

} // namespace zc
