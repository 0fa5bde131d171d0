// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/Area.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDialog;
class QLabel;
class QListWidget;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace zc {

class ActivityDock;
class ActivityPanel;
class FirstPaint;
class ProfileStore;
class ReadOnlyBanner;
class SecretStore;
class Session;

// The main window: the areas in a side list over a stack of pages (Ctrl+1..9), a read-only
// banner above them, the activity panel as a dock, and a status bar with the profile and
// tenant, the sign-in state and token lifetime, and the current product's rate budget.
// Geometry, dock layout, the current page and the activity columns persist in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: not owned, must outlive the window; nullptr: the application's QSettings.
    explicit MainWindow(Session *session, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Enables File > Switch profile (the profile manager needs both). Not owned.
    void setProfileStores(ProfileStore *profiles, SecretStore *secrets);
    // Opens the profile manager over the window (what File > Switch Profile does); null
    // without profile stores. It is deleted when closed.
    QDialog *openProfileManager();

    Area currentArea() const;
    void showArea(Area area);
    // The area's page, made on first use.
    QWidget *page(Area area);

    Session *session() const { return m_session; }
    // The activity panel, made on the first call (or when its dock is first shown).
    ActivityPanel *activityPanel() const;
    // Tells when the window first painted (the pages and main()'s slow work wait for it).
    FirstPaint *firstPaint() const { return m_firstPaint; }
    ActivityDock *activityDock() const { return m_activityDock; }
    ReadOnlyBanner *readOnlyBanner() const { return m_banner; }
    // The status bar's permanent texts (profile and tenant, sign-in, budget), for tests.
    QString statusText() const;
    // What Help > About shows.
    static QString aboutText();
    // The folder of the session's diagnostic log (the default folder without one).
    QString logFolder() const;

    // Writes geometry, dock layout, page and column layout (also done on close).
    void saveSettings();

public Q_SLOTS:
    void showAbout();
    // Help > Open Log Folder: the diagnostic log's folder in the system's file manager.
    void openLogFolder();
    void showSettings();
    void switchProfile();
    void openDemoTenant();
    void signOut();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void restoreSettings();
    void updateProfile();
    void updateSignIn();
    void updateBudget();
    void updateReadOnly();
    void onStateChanged();

    Session *m_session;
    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;

    ReadOnlyBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Area> m_areas;
    QHash<int, QWidget *> m_pages; // key: area
    QActionGroup *m_pageActions = nullptr;
    ActivityDock *m_activityDock = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_signOutAction = nullptr;

    QLabel *m_profileLabel = nullptr;
    QLabel *m_signInLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QTimer *m_tick = nullptr;
    FirstPaint *m_firstPaint = nullptr;
    bool m_warnedSignIn = false;
};

} // namespace zc
