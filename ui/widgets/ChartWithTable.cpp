// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ChartWithTable.h"

#include "widgets/ChartExport.h"
#include "widgets/RecordTableView.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ChartWithTable::ChartWithTable(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_chartButton(new QToolButton(this))
    , m_tableButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new RecordTableView(this))
    , m_exportName(u"chart"_s)
{
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartButton->setText(tr("Chart"));
    m_chartButton->setToolTip(tr("Show the picture"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the same data as a table"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_chartButton, m_tableButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button);
    }
    m_chartButton->setChecked(true);
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the picture as PNG or the data as CSV or JSON"));
    m_exportButton->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_headline, 1);
    header->addWidget(m_chartButton);
    header->addWidget(m_tableButton);
    header->addWidget(m_exportButton);
    m_stack->addWidget(new QWidget(m_stack)); // the chart's place until setChart()
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_chartButton, &QToolButton::toggled, this,
            [this](bool on) { m_stack->setCurrentIndex(on ? 0 : 1); });
    connect(m_exportButton, &QToolButton::clicked, this, &ChartWithTable::exportResult);
}

void ChartWithTable::setChart(QWidget *chart, std::function<QImage(qreal)> render)
{
    QWidget *old = m_stack->widget(0);
    m_stack->insertWidget(0, chart);
    m_stack->removeWidget(old);
    delete old;
    m_chart = chart;
    m_render = std::move(render);
    m_stack->setCurrentIndex(isTableShown() ? 1 : 0);
}

QImage ChartWithTable::chartImage(qreal devicePixelRatio) const
{
    return m_render ? m_render(devicePixelRatio) : QImage();
}

bool ChartWithTable::isTableShown() const
{
    return m_tableButton->isChecked();
}

void ChartWithTable::showTable(bool table)
{
    (table ? m_tableButton : m_chartButton)->setChecked(true);
}

void ChartWithTable::setHeadline(const QString &text)
{
    m_headline->setText(text);
}

bool ChartWithTable::exportResult()
{
    const QString path = chartexport::ask(
        this, m_exportName, [this] { return chartImage(2.0); }, m_table);
    if (path.isEmpty())
        return false;
    Q_EMIT exported(path);
    return true;
}

} // namespace zc
