// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ServerGroupTable.h"

#include "common/RecordTableModel.h"
#include "widgets/CompactTable.h"
#include "widgets/NamedControl.h"
#include "zpa/ZpaFormat.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QList<RecordColumn> serverGroupColumns()
{
    RecordColumn name = RecordColumn::computed(
        u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name"), [](const QJsonObject &o) {
            return ZpaFormat::decodeEntities(o.value("name"_L1).toString());
        });
    return {
        name,
        RecordColumn::member(u"enabled"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Enabled")),
        RecordColumn::member(u"dynamicDiscovery"_s,
                             QT_TRANSLATE_NOOP("zc::RecordColumn", "Dynamic discovery")),
        RecordColumn::member(u"id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID")),
    };
}

} // namespace

ServerGroupTable::ServerGroupTable(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Server groups"), this))
    , m_none(new QLabel(tr("This segment has no server group: no connector can reach it."), this))
    , m_view(new QTableView(this))
    , m_model(new RecordTableModel(serverGroupColumns(), this))
{
    setObjectName(u"serverGroupTable"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_none->setWordWrap(true);
    m_none->setEnabled(false);

    m_view->setModel(m_model);
    namedControl(m_view, u"serverGroupView"_s, tr("Server groups"));
    compactTable::setUp(m_view);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_view);
    layout->addWidget(m_none);
    m_none->hide();
}

void ServerGroupTable::setSegment(const QJsonObject &segment)
{
    const QJsonArray groups = segment.value("serverGroups"_L1).toArray();
    m_model->setRecords(groups);
    m_heading->setText(groups.isEmpty() ? tr("Server groups")
                                        : tr("Server groups (%1)").arg(groups.size()));
    m_view->setVisible(!groups.isEmpty());
    m_none->setVisible(!groups.isEmpty() ? false : !segment.isEmpty());
    fitHeight();
}

QStringList ServerGroupTable::names() const
{
    return m_model->columnTexts(0);
}

void ServerGroupTable::fitHeight()
{
    // Show every row up to six without scrolling.
    compactTable::fitRows(m_view, 6);
}

} // namespace zc
