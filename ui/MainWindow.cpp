// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "Session.h"
#include "activity/ActivityDock.h"
#include "activity/ActivityModel.h"
#include "activity/ActivityPanel.h"
#include "dialogs/DialogSeams.h"
#include "dialogs/ProfileManagerDialog.h"
#include "dialogs/SettingsDialog.h"
#include "net/ApiClient.h"
#include "net/DiagnosticLog.h"
#include "pages/Page.h"
#include "pages/PageFactory.h"
#include "profiles/ProfileStore.h"
#include "widgets/Announcer.h"
#include "widgets/FirstPaint.h"
#include "widgets/NamedControl.h"
#include "widgets/ReadOnlyBanner.h"
#include "widgets/Tone.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
// Settings keys: window layout and column layouts only, never anything about the tenant.
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kSplitterKey = "mainWindow/splitter";
constexpr auto kAreaKey = "mainWindow/area";
constexpr int kWindowStateVersion = 1;

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// 3725 s → "1:02:05", 65 s → "1:05".
QString clockText(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}
// A dot in the product's colour, indented, so that the side list reads by product.
QIcon productIcon(Product product)
{
    static const QHash<int, QColor> colours{{int(Product::Zia), QColor(0x1f, 0x6f, 0xc5)},
                                            {int(Product::Zpa), QColor(0x2e, 0x9e, 0x5b)},
                                            {int(Product::Zcc), QColor(0xe0, 0x8a, 0x1e)},
                                            {int(Product::Ztw), QColor(0x7b, 0x4f, 0xc9)},
                                            {int(Product::Zdx), QColor(0xd0, 0x43, 0x6b)},
                                            {int(Product::Zid), QColor(0x2a, 0x9d, 0xa8)}};
    QPixmap pixmap(22, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.value(int(product)));
    painter.drawEllipse(QRectF(9, 1, 10, 10));
    painter.end();
    return QIcon(pixmap);
}
} // namespace

MainWindow::MainWindow(Session *session, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_ownedSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownedSettings.get())
    , m_areas(allAreas())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("ZConsole"));
    resize(1100, 720);
    // The window (navigation, menus, status bar) is on screen before the current page is made.
    m_firstPaint = new FirstPaint(this);
    connect(
        m_firstPaint, &FirstPaint::painted, this, [this] { page(currentArea()); },
        Qt::QueuedConnection);

    buildStatusBar();
    buildPages();
    buildMenus();

    connect(m_session, &Session::started, this, &MainWindow::onStateChanged);
    connect(m_session, &Session::ended, this, &MainWindow::onStateChanged);
    connect(m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &Session::tokenChanged, this, &MainWindow::updateSignIn);
    connect(m_session, &Session::budgetChanged, this, [this](Product product) {
        if (product == areaProduct(currentArea()))
            updateBudget();
    });
    connect(m_session, &Session::readOnlyChanged, this, &MainWindow::updateReadOnly);
    connect(m_session, &Session::demoFailed, this, [this](const QString &error) {
        DialogSeams::instance()->warning(this, tr("Demo tenant"), error);
    });
    connect(m_session, &Session::waiting, this,
            [this](Product product, int seconds, WaitReason reason) {
                const QString text = waitMessage(product, seconds, reason);
                statusBar()->showMessage(text, std::max(1, seconds) * 1000);
                if (seconds >= 2) // the limiter's short pauses are not worth interrupting for
                    Announcer::announce(this, text);
            });

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateSignIn();
        updateBudget();
    });
    m_tick->start();

    restoreSettings();
    onStateChanged();
    updateReadOnly();
}

MainWindow::~MainWindow() = default;

ActivityPanel *MainWindow::activityPanel() const
{
    return m_activityDock->panel();
}

void MainWindow::buildPages()
{
    m_banner = new ReadOnlyBanner(this);
    m_banner->hide();

    m_nav = new QListWidget(this);
    namedControl(m_nav, u"navigation"_s, tr("Pages"));
    m_nav->setAccessibleDescription(tr("Ctrl+1 to Ctrl+9 open the pages directly."));
    m_nav->setUniformItemSizes(true);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setAutoFillBackground(true);
    m_nav->setBackgroundRole(QPalette::AlternateBase);
    m_nav->setStyleSheet(u"QListWidget#navigation { padding-top: 6px; }"
                         "QListWidget#navigation::item { padding: 7px 4px; }"_s);
    m_nav->setIconSize(QSize(22, 12));
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pages"_s);
    int widest = 0;
    for (int i = 0; i < m_areas.size(); ++i) {
        const Area area = m_areas.at(i);
        auto *item = new QListWidgetItem(productIcon(areaProduct(area)), areaTitle(area), m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(areaTitle(area)).arg(i + 1));
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(areaTitle(area)));
        // The page itself is made when first shown (page()): making all nine took most of the
        // time before the window's first paint.
        m_stack->addWidget(new QWidget(m_stack));
    }
    m_nav->setMinimumWidth(widest + 40);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (m_firstPaint->hasPainted()) // else it is made once the window has painted
            page(m_areas.at(row));
        m_stack->setCurrentIndex(row);
        if (m_pageActions && row < m_pageActions->actions().size())
            m_pageActions->actions().at(row)->setChecked(true);
        updateBudget();
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({widest + 60, 900});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_activityDock = new ActivityDock(m_session->activity(), m_settings, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_activityDock->hide();

    m_nav->setCurrentRow(0);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_switchAction = file->addAction(tr("&Switch Profile…"), this, &MainWindow::switchProfile);
    m_switchAction->setObjectName(u"switchProfileAction"_s);
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_switchAction->setEnabled(false);
    if (m_session->canStartDemo()) {
        QAction *demo = file->addAction(tr("&Demo Tenant"), this, &MainWindow::openDemoTenant);
        demo->setObjectName(u"demoTenantAction"_s);
        demo->setStatusTip(tr("Sign in to the built-in demo tenant (no network needed)"));
    }
    m_signOutAction = file->addAction(tr("Sign &Out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleActivity = m_activityDock->toggleViewAction();
    toggleActivity->setText(tr("&Activity Panel"));
    toggleActivity->setObjectName(u"activityPanelAction"_s);
    toggleActivity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(toggleActivity);
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setObjectName(u"refreshAction"_s);
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5)); // F5 on every platform, as the views say
    refresh->setShortcuts(refreshKeys);
    connect(refresh, &QAction::triggered, this, [this] {
        if (auto *current = qobject_cast<Page *>(m_stack->currentWidget()))
            current->refresh();
    });
    view->addSeparator();
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int i = 0; i < m_areas.size(); ++i) {
        const Area area = m_areas.at(i);
        QAction *action = view->addAction(areaTitle(area));
        action->setObjectName(u"pageAction-"_s + areaKey(area));
        action->setCheckable(true);
        action->setChecked(i == 0);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_1) + i)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ZConsole"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *logFolder = help->addAction(tr("Open &Log Folder"), this, &MainWindow::openLogFolder);
    logFolder->setObjectName(u"openLogFolderAction"_s);
    logFolder->setStatusTip(tr("Shows the folder of the diagnostic log that support may ask for."));
}

QString MainWindow::logFolder() const
{
    const DiagnosticLog *log = m_session->diagnosticLog();
    return log ? log->folder() : DiagnosticLog::defaultFolder();
}

void MainWindow::openLogFolder()
{
    const QString folder = logFolder();
    // The folder exists before the first request is logged, so that it opens at once.
    DiagnosticLog::makeFolder(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        DialogSeams::instance()->warning(this, tr("Log folder"),
                                         tr("The log folder could not be opened. It is %1")
                                             .arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::buildStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(u"profileStatus"_s);
    m_signInLabel = new QLabel(this);
    m_signInLabel->setObjectName(u"signInStatus"_s);
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setObjectName(u"budgetStatus"_s);
    for (QLabel *label : {m_profileLabel, m_signInLabel, m_budgetLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_signInLabel);
    statusBar()->addPermanentWidget(m_budgetLabel);
}

void MainWindow::setProfileStores(ProfileStore *profiles, SecretStore *secrets)
{
    m_profiles = profiles;
    m_secrets = secrets;
    m_switchAction->setEnabled(profiles && secrets);
}

Area MainWindow::currentArea() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_areas.size() ? m_areas.at(row) : m_areas.first();
}

void MainWindow::showArea(Area area)
{
    const int row = int(m_areas.indexOf(area));
    if (row >= 0)
        m_nav->setCurrentRow(row);
}

QWidget *MainWindow::page(Area area)
{
    const int row = int(m_areas.indexOf(area));
    if (row < 0 || m_pages.contains(int(area)))
        return m_pages.value(int(area));
    QWidget *page = createPage(area, m_session, m_stack);
    page->setObjectName(u"page-"_s + areaKey(area));
    QWidget *placeholder = m_stack->widget(row);
    const bool current = m_stack->currentWidget() == placeholder;
    m_stack->insertWidget(row, page);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    if (current)
        m_stack->setCurrentWidget(page);
    m_pages.insert(int(area), page);
    if (auto *view = qobject_cast<Page *>(page)) {
        connect(view, &Page::navigate, this, [this](Area target, const QVariantMap &arguments) {
            showArea(target);
            if (auto *destination = qobject_cast<Page *>(this->page(target)))
                destination->handleNavigation(arguments);
        });
    }
    return page;
}

QString MainWindow::statusText() const
{
    return QStringList{m_profileLabel->text(), m_signInLabel->text(), m_budgetLabel->text()}.join(
        u" | "_s);
}

QString MainWindow::aboutText()
{
    const QString description =
        tr("A native desktop console for Zscaler OneAPI: helpdesk and admin views over ZIA, "
           "ZPA, Client Connector, Cloud Connector, ZDX and ZIdentity.");
#ifdef ZC_QTKEYCHAIN_VERSION
    const QString keychain = QStringLiteral(ZC_QTKEYCHAIN_VERSION);
#else
    const QString keychain = tr("(version unknown)");
#endif
    return tr("ZConsole %1\n%2\n\nLicensed under the Apache License 2.0.\n\n"
              "Qt %3 (built with %4)\n%5\nQtKeychain %6")
        .arg(QStringLiteral(ZCONSOLE_VERSION), description, QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
             keychain);
}

void MainWindow::showAbout()
{
    DialogSeams::instance()->information(this, tr("About ZConsole"), aboutText());
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::switchProfile()
{
    openProfileManager();
}

QDialog *MainWindow::openProfileManager()
{
    if (!m_profiles || !m_secrets)
        return nullptr;
    auto *dialog = new ProfileManagerDialog(m_profiles, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOffersDemo(m_session->canStartDemo());
    if (m_session->isActive() && !m_session->isDemo())
        dialog->selectProfile(m_session->profileName());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ProfileManagerDialog::Choice choice = dialog->choice();
        if (choice.demo) {
            choice.credentials.wipe();
            openDemoTenant();
            return;
        }
        m_profiles->setLastProfile(choice.profile.name);
        m_warnedSignIn = false;
        m_session->start(choice.profile.name, choice.profile.settings,
                         std::move(choice.credentials));
        choice.credentials.wipe();
    });
    dialog->open();
    return dialog;
}

void MainWindow::openDemoTenant()
{
    m_warnedSignIn = false;
    m_session->startDemoInBackground(); // a failure comes back through Session::demoFailed
}

void MainWindow::signOut()
{
    m_session->end();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings()
{
    m_settings->setValue(key(kGeometryKey), saveGeometry());
    m_settings->setValue(key(kStateKey), saveState(kWindowStateVersion));
    m_settings->setValue(key(kSplitterKey), m_splitter->saveState());
    m_settings->setValue(key(kAreaKey), areaKey(currentArea()));
    m_activityDock->saveLayout();
    m_settings->sync();
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->value(key(kGeometryKey)).toByteArray());
    restoreState(m_settings->value(key(kStateKey)).toByteArray(), kWindowStateVersion);
    m_splitter->restoreState(m_settings->value(key(kSplitterKey)).toByteArray());
    const QString savedArea = m_settings->value(key(kAreaKey)).toString();
    for (Area area : std::as_const(m_areas)) {
        if (areaKey(area) == savedArea)
            showArea(area);
    }
}

void MainWindow::onStateChanged()
{
    updateProfile();
    updateSignIn();
    updateBudget();
    m_signOutAction->setEnabled(m_session->isActive());
    if (m_session->state() == Session::State::SignInFailed && !m_warnedSignIn && isVisible()) {
        m_warnedSignIn = true;
        DialogSeams::instance()->warning(
            this, tr("Sign-in failed"),
            tr("ZConsole could not sign in to %1.\n\n%2")
                .arg(m_session->tenantName(), m_session->signInError().message()));
    }
    if (m_session->state() == Session::State::SignedIn)
        m_warnedSignIn = false;
}

void MainWindow::updateProfile()
{
    if (!m_session->isActive() && m_session->state() != Session::State::Starting) {
        m_profileLabel->setText(tr("No profile"));
        setWindowTitle(tr("ZConsole"));
        return;
    }
    const QString profile = m_session->profileName();
    const QString tenant = m_session->tenantName();
    const QString text = profile == tenant || tenant.isEmpty()
                             ? profile
                             : tr("%1 — %2", "profile — tenant").arg(profile, tenant);
    m_profileLabel->setText(text);
    m_profileLabel->setToolTip(tr("Profile: %1\nTenant: %2").arg(profile, tenant));
    setWindowTitle(tr("%1 — ZConsole").arg(text));
}

void MainWindow::updateSignIn()
{
    QString text;
    QString tip;
    QString style;
    switch (m_session->state()) {
    case Session::State::SignedOut:
        text = tr("Signed out");
        break;
    case Session::State::Starting:
        text = tr("Starting the demo tenant…");
        break;
    case Session::State::SigningIn:
        text = tr("Signing in…");
        break;
    case Session::State::SignInFailed:
        text = tr("Sign-in failed");
        tip = m_session->signInError().message();
        style = u"color: %1;"_s.arg(toneColor(Tone::Error, palette()).name());
        break;
    case Session::State::SignedIn: {
        const qint64 left = m_session->secondsLeft();
        text = left > 0 ? tr("Signed in · token valid for %1").arg(clockText(left))
                        : tr("Signed in · a new token is fetched with the next request");
        tip = tr("The access token expires at %1 (lifetime %2). ZConsole renews it before it "
                 "runs out.")
                  .arg(QLocale().toString(m_session->tokenExpiresAt().toLocalTime(),
                                          QLocale::ShortFormat),
                       clockText(m_session->tokenLifetimeSeconds()));
        break;
    }
    }
    m_signInLabel->setText(text);
    m_signInLabel->setToolTip(tip);
    m_signInLabel->setStyleSheet(style);
}

void MainWindow::updateBudget()
{
    const Product product = areaProduct(currentArea());
    if (!m_session->isActive()) {
        m_budgetLabel->clear();
        m_budgetLabel->setToolTip({});
        return;
    }
    RateBudget budget = m_session->budget(product);
    const qint64 untilReset =
        budget.resetAt.isValid() ? QDateTime::currentDateTimeUtc().secsTo(budget.resetAt) : -1;
    // The window the server last reported about has started over since.
    if (budget.isKnown() && budget.limit > 0 && budget.resetAt.isValid() && untilReset <= 0)
        budget.remaining = budget.limit;
    QString text;
    if (!budget.isKnown()) {
        text = tr("%1: rate budget not reported yet").arg(productName(product));
    } else if (budget.limit > 0) {
        text = tr("%1: %2 of %3 calls left")
                   .arg(productName(product))
                   .arg(budget.remaining)
                   .arg(budget.limit);
    } else {
        text = tr("%1: %2 calls left").arg(productName(product)).arg(budget.remaining);
    }
    if (budget.isKnown() && untilReset > 0)
        text += tr(", resets in %1").arg(clockText(untilReset));
    m_budgetLabel->setText(text);
    m_budgetLabel->setToolTip(
        tr("What the %1 API last reported about its rate limit for this client.")
            .arg(productName(product)));
}

void MainWindow::updateReadOnly()
{
    const QList<Product> products = m_session->readOnlyProducts();
    if (products.isEmpty()) {
        m_banner->hide();
        return;
    }
    QStringList names;
    QString serverMessage;
    for (Product product : products) {
        names.append(productName(product));
        if (serverMessage.isEmpty())
            serverMessage = m_session->readOnlyMessage(product);
    }
    // The number of products picks the verb's form: "ZIA is", "ZIA, ZPA are".
    QString text = tr("%1 is in read-only mode: changes are refused until its maintenance ends. "
                      "Reading still works.",
                      nullptr, int(names.size()))
                       .arg(QLocale().createSeparatedList(names));
    if (!serverMessage.isEmpty())
        text += u"\n"_s + tr("The tenant says: “%1”").arg(serverMessage);
    m_banner->setMessage(text);
    m_banner->show();
}

} // namespace zc
