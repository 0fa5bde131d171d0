// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "OtpAuditPanel.h"

#include "widgets/CompactTable.h"
#include "widgets/NamedControl.h"
#include "zcc/OtpAuditLog.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

OtpAuditPanel::OtpAuditPanel(OtpAuditLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_toggle(new QToolButton(this))
    , m_panel(new QWidget(this))
    , m_note(new QLabel(m_panel))
    , m_view(new QTableView(m_panel))
{
    m_toggle->setObjectName(u"auditToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_toggle, &QToolButton::toggled, this, &OtpAuditPanel::setOpen);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    namedControl(m_view, u"auditView"_s, tr("OTP audit list"));
    m_view->setModel(log);
    compactTable::setUp(m_view);
    m_view->setWordWrap(false);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_note);
    panelLayout->addWidget(m_view);
    m_panel->setMaximumHeight(190);
    m_view->setMinimumHeight(60);
    m_panel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_panel);

    connect(log, &QAbstractItemModel::rowsInserted, this, &OtpAuditPanel::updateTexts);
    connect(log, &QAbstractItemModel::rowsRemoved, this, &OtpAuditPanel::updateTexts);
    connect(log, &QAbstractItemModel::modelReset, this, &OtpAuditPanel::updateTexts);
    updateTexts();
}

void OtpAuditPanel::setOpen(bool open)
{
    if (m_toggle->isChecked() != open)
        m_toggle->setChecked(open); // comes back here
    m_panel->setVisible(open);
    updateTexts();
}

bool OtpAuditPanel::isOpen() const
{
    return m_toggle->isChecked();
}

void OtpAuditPanel::updateTexts()
{
    m_toggle->setArrowType(isOpen() ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setText(
        tr("Audit list: OTP retrievals on this computer (%1)").arg(m_log->rowCount()));
    m_note->setText(
        tr("Who read which device's one-time passwords from this computer, newest first. The "
           "values themselves are never recorded. Kept in %1 (the last %2).")
            .arg(QDir::toNativeSeparators(m_log->filePath()))
            .arg(m_log->maximumEntries()));
}

} // namespace zc
