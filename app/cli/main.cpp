// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole-cli: the ZConsole engine from a shell. This file only routes the first command
// word; each command group lives in its own file. Exit codes: ExitCodes.h.

#include "ApiCommands.h"
#include "AuthCommands.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "ExitCodes.h"
#include "SnapshotCommands.h"
#include "ZccCommands.h"
#include "ZdxCommands.h"
#include "ZiaCommands.h"
#include "ZidCommands.h"
#include "ZpaCommands.h"
#include "ZtwCommands.h"
#include "auth/OpenSslExit.h"
#include "common/Translations.h"
#include "platform/ProcessHardening.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // Before any OpenSSL use: no OpenSSL cleanup racing Qt's network thread at exit.
    zc::leaveOpenSslStateToProcessExit();
    // Client secrets, keys, tokens and OTPs live in this process: keep them out of core dumps.
    zc::platform::disableCoreDumps();
    // JSON and CSV go out byte for byte (no "\r\r\n" on Windows), UTF-8 on the console.
    zc::platform::prepareStandardStreams();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zconsole-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCONSOLE_VERSION));
    // The system's language (LANGUAGE, LC_ALL, LANG), before any message or --help is built.
    zc::installTranslations(&app);
    // stderr is for the user: the engine's debug and info logs stay off (QT_LOGGING_RULES
    // can still turn them on); --verbose prints the activity log instead.
    QLoggingCategory::setFilterRules(u"zconsole.*.debug=false\nzconsole.*.info=false"_s);

    zc::cli::CommandParser top(
        QString(),
        QCoreApplication::translate(
            "zc::cli::main",
            "Command-line console for Zscaler OneAPI.\n\n"
            "Without --profile, the connection comes from the official SDKs' environment "
            "variables: ZSCALER_CLIENT_ID, ZSCALER_CLIENT_SECRET or ZSCALER_PRIVATE_KEY "
            "(PEM file; ZSCALER_PRIVATE_KEY_PASSPHRASE), ZSCALER_VANITY_DOMAIN, ZSCALER_CLOUD "
            "(production, beta, gov, govus, custom), ZPA_CUSTOMER_ID, ZPA_MICROTENANT_ID, "
            "ZSCALER_TOKEN_URL, ZSCALER_API_URL, ZSCALER_CA_FILE.\n\n"
            "Proxy: --proxy, else the profile's proxy, else HTTPS_PROXY, HTTP_PROXY, ALL_PROXY "
            "(http://[user:password@]host[:port]) and NO_PROXY, else the system's settings.\n\n"
            "Exit status: 0 success, 1 API error, 2 bad usage or input, 3 authentication "
            "failed, 4 network or TLS failure (or a proxy refused), 5 gave up after retries "
            "(rate limit, server error, edit lock), 130 interrupted."),
        true);
    top.addPositional(u"command"_s,
                      QCoreApplication::translate("zc::cli::main",
                                                  "auth test | zia url-lookup | zia activation "
                                                  "status | zia activation activate"
                                                  " | ztw groups | ztw activation status|activate"
                                                  " | zpa segments|microtenants"
                                                  " | zdx devices"
                                                  " | zdx trace start|list|show|delete"
                                                  " | zcc devices | zcc otp"
                                                  " | zid users | zid groups"
                                                  " | snapshot save|diff | api METHOD PATH"),
                      u"<auth|zia|zpa|ztw|zcc|zdx|zid|snapshot|api> ..."_s);
    top.parser().addVersionOption();

    zc::cli::GlobalOptions globals;
    if (const auto done = top.parse(QCoreApplication::arguments(), &globals))
        return *done;
    if (top.parser().isSet(u"version"_s))
        top.parser().showVersion(); // exits
    const QStringList rest = top.positionalArguments();
    if (rest.isEmpty())
        return top.usageError(QCoreApplication::translate("zc::cli::main", "Missing command."));

    zc::cli::CliContext context;
    context.setGlobals(globals);
    context.installInterruptHandler();
    int code;
    if (rest.first() == "auth"_L1)
        code = zc::cli::runAuthCommand(context, rest);
    else if (rest.first() == "zia"_L1)
        code = zc::cli::runZiaCommand(context, rest);
    else if (rest.first() == "zcc"_L1)
        code = zc::cli::runZccCommand(context, rest);
    else if (rest.first() == "zid"_L1)
        code = zc::cli::runZidCommand(context, rest);
    else if (rest.first() == "zdx"_L1)
        code = zc::cli::runZdxCommand(context, rest);
    else if (rest.first() == "ztw"_L1)
        code = zc::cli::runZtwCommand(context, rest);
    else if (rest.first() == "zpa"_L1)
        code = zc::cli::runZpaCommand(context, rest);
    else if (rest.first() == "snapshot"_L1)
        code = zc::cli::runSnapshotCommand(context, rest);
    else if (rest.first() == "api"_L1)
        code = zc::cli::runApiCommand(context, rest);
    else
        code =
            top.usageError(QCoreApplication::translate("zc::cli::main", "Unknown command \"%1\".")
                               .arg(rest.first()));
    if (code != zc::cli::kRunning)
        return code;
    return QCoreApplication::exec();
}
