// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole: the desktop application. `zconsole --demo` opens the built-in demo tenant;
// otherwise the profile manager asks which tenant to sign in to.

#include "AppIcon.h"
#include "DemoLauncher.h"
#include "MainWindow.h"
#include "Session.h"
#include "auth/OpenSslExit.h"
#include "common/Translations.h"
#include "net/DiagnosticLog.h"
#include "net/PagingGuard.h"
#include "platform/ProcessHardening.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "widgets/DeferredIconStyle.h"
#include "widgets/FirstPaint.h"

#ifdef ZC_WITH_DEMO
#include "demo/DemoTenantLauncher.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

#ifdef ZC_WITH_DEMO
constexpr bool kWithDemo = true;
#else
constexpr bool kWithDemo = false;
#endif

// Set (to anything): zconsole writes "zconsole: first paint" to stderr when its main window
// first paints (bench/ColdStartBench.cpp measures the time to it).
constexpr auto kReportFirstPaint = "ZCONSOLE_REPORT_FIRST_PAINT";

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::main)
};

// ZConsole's and Qt's strings in the language chosen in the settings, else the system's.
void installTranslations(QCoreApplication *app)
{
    zc::installTranslations(
        app, QSettings().value(QLatin1StringView(zc::kLanguageSettingKey)).toString());
}

// zconsole's options. Built twice: once to answer --help and --version before the GUI
// starts, once under the QApplication for the rest.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption demo{
        u"demo"_s, Tr::tr("Open the built-in demo tenant (a simulator on this computer; no "
                          "network and no Zscaler account needed).")};

    CommandLine()
    {
        parser.setApplicationDescription(Tr::tr("A native desktop console for Zscaler OneAPI."));
        parser.addHelpOption();
        parser.addVersionOption();
        // Built without the demo tenant (ZCONSOLE_WITH_DEMO=OFF): no --demo to offer.
        if (kWithDemo)
            parser.addOption(demo);
    }
};

// --help and --version must work where there is no display (over SSH, in a package check),
// so they are answered under a plain QCoreApplication: a QApplication aborts without a
// display. Mistakes are reported later, once QApplication has taken out Qt's own GUI
// arguments (-platform, -style...) that this first pass does not know.
void answerHelpAndVersion(int argc, char *argv[])
{
    // The common starts, no arguments or only --demo, have nothing to answer: they skip the
    // QCoreApplication of this pass (and its translations), which the time to the first window
    // would pay for.
    bool onlyDemo = true;
    for (int i = 1; i < argc && onlyDemo; ++i)
        onlyDemo = kWithDemo && std::strcmp(argv[i], "--demo") == 0;
    if (onlyDemo)
        return;
    QCoreApplication core(argc, argv);
    installTranslations(&core);
    CommandLine early;
    early.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const bool parsed = early.parser.parse(QCoreApplication::arguments());
    if (early.parser.isSet(u"version"_s))
        early.parser.showVersion(); // exits
    if (early.parser.isSet(u"help"_s) || early.parser.isSet(u"help-all"_s)) {
        if (parsed)
            early.parser.process(core); // also answers --help-all; exits
        early.parser.showHelp();
    }
    // An option that neither zconsole nor Qt's GUI knows is a mistake the user hears about
    // here too, rather than an abort for want of a display.
    static const QStringList guiOptions{u"platform"_s,
                                        u"platformpluginpath"_s,
                                        u"platformtheme"_s,
                                        u"plugin"_s,
                                        u"qwindowgeometry"_s,
                                        u"qwindowicon"_s,
                                        u"qwindowtitle"_s,
                                        u"reverse"_s,
                                        u"session"_s,
                                        u"display"_s,
                                        u"geometry"_s,
                                        u"style"_s,
                                        u"stylesheet"_s,
                                        u"widgetcount"_s,
                                        u"nograb"_s,
                                        u"dograb"_s,
                                        u"sync"_s};
    for (const QString &name : early.parser.unknownOptionNames()) {
        if (!guiOptions.contains(name)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(Tr::tr("Unknown option \"%1\"; see zconsole --help.").arg(name)));
            std::exit(EXIT_FAILURE);
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any OpenSSL use: no OpenSSL cleanup racing Qt's network thread at exit.
    zc::leaveOpenSslStateToProcessExit();
    // Client secrets, keys, tokens and OTPs live in this process: keep them out of core dumps.
    zc::platform::disableCoreDumps();
    QCoreApplication::setOrganizationName(u"ZConsole"_s);
    QCoreApplication::setApplicationName(u"ZConsole"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCONSOLE_VERSION));
    answerHelpAndVersion(argc, argv);

    QApplication app(argc, argv);
    // The style Qt chose (the platform's, -style or QT_STYLE_OVERRIDE), its icons made when
    // first drawn: see DeferredIconStyle for the image plugins this keeps from the first paint.
    QApplication::setStyle(new zc::DeferredIconStyle(QApplication::style()->name()));
    QApplication::setApplicationDisplayName(u"ZConsole"_s);
    // Wayland and the desktop shells find the window's icon and name through the entry.
    QGuiApplication::setDesktopFileName(QStringLiteral(ZCONSOLE_APP_ID));
    installTranslations(&app);

#ifdef ZC_WITH_DEMO
    zc::DemoTenantLauncher demoLauncher;
    zc::DemoLauncher *const demoTenant = &demoLauncher;
#else
    zc::DemoLauncher *const demoTenant = nullptr; // built without the demo
#endif

    CommandLine commandLine;
    commandLine.parser.process(app);

    // The limits against lists that page forever (PagingGuard); 0 or absent: the defaults.
    const QSettings settings;
    zc::PagingGuard::setDefaultLimits({settings.value(u"paging/maxPages"_s).toInt(),
                                       settings.value(u"paging/maxRecords"_s).toLongLong()});

    zc::Session session;
    session.setDemoLauncher(demoTenant);
    zc::DiagnosticLog diagnosticLog(zc::DiagnosticLog::defaultFolder());
    session.setDiagnosticLog(&diagnosticLog);
    zc::ProfileStore profiles;
    zc::SecretStore secrets;
    zc::MainWindow window(&session);
    window.setProfileStores(&profiles, &secrets);

    // Nothing slow before the window is on screen: the demo tenant (its data and key are made
    // on a worker thread) or the profile manager (and its keychain reads) follow its first
    // paint, queued, so that the paint is flushed first.
    const bool demo = demoTenant && commandLine.parser.isSet(commandLine.demo);
    zc::FirstPaint *const firstPaint = window.firstPaint();
    if (qEnvironmentVariableIsSet(kReportFirstPaint)) { // benchmarks: see BENCHMARKS.md
        QObject::connect(firstPaint, &zc::FirstPaint::painted, [] {
            std::fputs("zconsole: first paint\n", stderr);
            std::fflush(stderr);
        });
    }
    QObject::connect(
        firstPaint, &zc::FirstPaint::painted, &window,
        [&window, demo] {
            // Its PNGs, up to 512 px, take longer to decode than the rest of the first paint.
            QApplication::setWindowIcon(zc::applicationIcon());
            if (demo) {
                window.openDemoTenant();
            } else if (QDialog *dialog = window.openProfileManager()) {
                // Cancelled at start: the application ends, as it always did.
                QObject::connect(dialog, &QDialog::rejected, &window, &QWidget::close);
            }
        },
        Qt::QueuedConnection);
    // A demo tenant that cannot start at launch ends the application once the window has
    // shown why (MainWindow warns); a later one only warns.
    QMetaObject::Connection failedAtLaunch = QObject::connect(
        &session, &zc::Session::demoFailed, &app, [] { QCoreApplication::exit(EXIT_FAILURE); });
    QObject::connect(
        &session, &zc::Session::started, &app,
        [failedAtLaunch] { QObject::disconnect(failedAtLaunch); }, Qt::SingleShotConnection);
    window.show();
    return QApplication::exec();
}
