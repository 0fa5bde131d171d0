// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDockWidget>

class QSettings;

namespace zc {

class ActivityModel;
class ActivityPanel;

// The activity panel in its dock, with the panel's column layout kept in the settings.
// The panel (a table over every request of the session) is made when the dock is first shown
// or asked for, not with the main window: most sessions never open it, and making it was a
// measurable part of the time before the window's first paint.
class ActivityDock : public QDockWidget
{
    Q_OBJECT
public:
    ActivityDock(ActivityModel *model, QSettings *settings, QWidget *parent = nullptr);

    // The panel, made on the first call.
    ActivityPanel *panel();
    bool hasPanel() const { return m_panel != nullptr; }
    // Writes the panel's column layout; a panel never made leaves the stored one as it was.
    void saveLayout();

protected:
    void showEvent(QShowEvent *event) override;

private:
    ActivityModel *m_model;
    QSettings *m_settings;
    ActivityPanel *m_panel = nullptr;
};

} // namespace zc
