// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole: the desktop application. `zconsole --demo` opens the built-in demo tenant;
// otherwise the profile manager asks which tenant to sign in to.

#include "DemoLauncher.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/DialogSeams.h"
#include "dialogs/ProfileManagerDialog.h"
#include "platform/ProcessHardening.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#ifdef ZC_WITH_DEMO
#include "demo/DemoTenantLauncher.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zc::main", text);
}

// Qt's own strings and ZConsole's, for the user's languages, from the resources (:/i18n) or
// a translations folder next to the executable. Nothing happens when there are none.
void installTranslations(QApplication *app)
{
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &folder : {u":/i18n"_s, appDir + u"/translations"_s,
                                  appDir + u"/../share/zconsole/translations"_s}) {
        auto *own = new QTranslator(app);
        if (own->load(QLocale(), u"zconsole"_s, u"_"_s, folder)) {
            QCoreApplication::installTranslator(own);
            return;
        }
        delete own;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Client secrets, keys, tokens and OTPs live in this process: keep them out of core dumps.
    zc::platform::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ZConsole"_s);
    QApplication::setApplicationName(u"ZConsole"_s);
    QApplication::setApplicationDisplayName(u"ZConsole"_s);
    QApplication::setApplicationVersion(QStringLiteral(ZCONSOLE_VERSION));
    installTranslations(&app);

#ifdef ZC_WITH_DEMO
    zc::DemoTenantLauncher demoLauncher;
    zc::DemoLauncher *const demoTenant = &demoLauncher;
#else
    zc::DemoLauncher *const demoTenant = nullptr; // built without the demo
#endif

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A native desktop console for Zscaler OneAPI."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, tr("Open the built-in demo tenant (a simulator on this computer; no network "
                      "and no Zscaler account needed)."));
    if (demoTenant)
        parser.addOption(demoOption);
    parser.process(app);

    zc::Session session;
    session.setDemoLauncher(demoTenant);
    zc::ProfileStore profiles;
    zc::SecretStore secrets;
    zc::MainWindow window(&session);
    window.setProfileStores(&profiles, &secrets);

    bool demo = demoTenant && parser.isSet(demoOption);
    if (!demo) {
        zc::ProfileManagerDialog dialog(&profiles, &secrets);
        dialog.setOffersDemo(session.canStartDemo());
        dialog.selectProfile(profiles.lastProfile());
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        zc::ProfileManagerDialog::Choice choice = dialog.choice();
        demo = choice.demo;
        if (!demo) {
            profiles.setLastProfile(choice.profile.name);
            session.start(choice.profile.name, choice.profile.settings,
                          std::move(choice.credentials));
        }
        choice.credentials.wipe();
    }
    if (demo) {
        QString error;
        if (!session.startDemo(&error)) {
            zc::DialogSeams::instance()->warning(nullptr, tr("Demo tenant"), error);
            return 1;
        }
    }
    window.show();
    return QApplication::exec();
}
