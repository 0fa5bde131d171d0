// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivityPanel.h"

#include "activity/ActivityModel.h"
#include "widgets/NamedControl.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ActivityPanel::ActivityPanel(ActivityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_clear(new QPushButton(tr("&Clear"), this))
{
    namedControl(m_view, u"activityTable"_s, tr("Requests"));
    m_view->setTabKeyNavigation(false);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionsMovable(true);
    h->setStretchLastSection(true);
    h->setHighlightSections(false);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(u'0');
    h->resizeSection(ActivityModel::TimeColumn, charWidth * 10);
    h->resizeSection(ActivityModel::ProductColumn, charWidth * 11);
    h->resizeSection(ActivityModel::MethodColumn, charWidth * 8);
    h->resizeSection(ActivityModel::PathColumn, charWidth * 40);
    h->resizeSection(ActivityModel::StatusColumn, charWidth * 8);
    h->resizeSection(ActivityModel::DurationColumn, charWidth * 10);
    h->resizeSection(ActivityModel::RequestIdColumn, charWidth * 38);

    m_clear->setObjectName(u"activityClear"_s);
    m_clear->setToolTip(tr("Forget the requests listed here"));
    connect(m_clear, &QPushButton::clicked, model, &ActivityModel::clear);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);

    // Follow new rows while the user is looking at the newest ones.
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_followTail = value >= scroll->maximum(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_view->scrollToBottom();
        updateCount();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateCount);
    updateCount();
}

QHeaderView *ActivityPanel::header() const
{
    return m_view->horizontalHeader();
}

void ActivityPanel::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(rows == 0 ? tr("No requests yet.")
                               : tr("%n row(s), newest last.", nullptr, rows));
    m_clear->setEnabled(rows > 0);
}

} // namespace zc
