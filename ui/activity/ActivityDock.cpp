// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivityDock.h"

#include "ActivityPanel.h"

#include <QHeaderView>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
// Settings key: the column layout only, never anything about the tenant.
constexpr auto kHeaderKey = "activityPanel/header";
} // namespace

ActivityDock::ActivityDock(ActivityModel *model, QSettings *settings, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_model(model)
    , m_settings(settings)
{
    setObjectName(u"activityDock"_s);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
}

ActivityPanel *ActivityDock::panel()
{
    if (!m_panel) {
        m_panel = new ActivityPanel(m_model, this);
        m_panel->header()->restoreState(
            m_settings->value(QLatin1StringView(kHeaderKey)).toByteArray());
        setWidget(m_panel);
    }
    return m_panel;
}

void ActivityDock::saveLayout()
{
    if (m_panel)
        m_settings->setValue(QLatin1StringView(kHeaderKey), m_panel->header()->saveState());
}

void ActivityDock::showEvent(QShowEvent *event)
{
    panel();
    QDockWidget::showEvent(event);
}

} // namespace zc
