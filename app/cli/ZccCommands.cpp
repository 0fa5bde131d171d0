// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZccCommands.h"

#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "auth/Credentials.h"
#include "net/ApiClient.h"
#include "zcc/DeviceModel.h"
#include "zcc/DeviceOtpController.h"
#include "zcc/OtpModel.h"
#include "zcc/ZccService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::ZccCommands)
};

// --os: a name, or the API's number.
bool parseOs(const QString &text, int *osType)
{
    if (text.isEmpty()) {
        *osType = 0;
        return true;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok && number >= 1 && number <= 5) {
        *osType = number;
        return true;
    }
    *osType = zcc::osTypeFromName(text);
    return *osType != 0;
}

int runDevices(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(
        u"zcc devices"_s,
        Tr::tr("Lists Client Connector devices, every page. --user and --os are "
               "filters of the API; the API has no hostname filter, so --hostname "
               "keeps the devices whose hostname contains the text (case-insensitive) "
               "after they arrived."),
        false);
    const QCommandLineOption userOption(u"user"_s, Tr::tr("Only the devices of this login name."),
                                        u"U"_s);
    const QCommandLineOption hostnameOption(
        u"hostname"_s, Tr::tr("Only hostnames containing this text (filtered here)."), u"H"_s);
    const QCommandLineOption osOption(
        u"os"_s, Tr::tr("Only this OS: windows, macos, linux, ios or android."), u"OS"_s);
    leaf.parser().addOptions({userOption, hostnameOption, osOption});
    if (const auto done = context.parseLeaf(leaf, args, globals))
        return *done;
    ZccDeviceQuery query;
    query.username = leaf.parser().value(userOption).trimmed();
    query.hostname = leaf.parser().value(hostnameOption).trimmed();
    if (!parseOs(leaf.parser().value(osOption).trimmed(), &query.osType))
        return leaf.usageError(
            Tr::tr("Unknown OS \"%1\": use windows, macos, linux, ios or android.")
                .arg(leaf.parser().value(osOption)));

    context.connectClient([&context, query](ApiClient *client) {
        auto *service = new ZccService(client, &context);
        ZccDeviceListJob *job = service->devices(query);
        if (context.showProgress()) {
            QObject::connect(
                job, &ZccDeviceListJob::progress, &context,
                [&context](int pages, int, int records) {
                    if (!context.isFinished())
                        context.info(
                            Tr::tr("Page %1 loaded (%Ln device(s)).", nullptr, records).arg(pages));
                });
        }
        context.run(job, [&context](ZccDeviceListJob *done) {
            context.printResult(
                context.formatter().records(done->devices(), DeviceModel::deviceColumns()));
        });
    });
    return kRunning;
}

// Prints the OTPs on stdout (JSON: the kinds under the API's keys) and wipes the buffers.
void printOtps(CliContext &context, const OtpSet &otps)
{
    const OutputFormatter formatter = context.formatter();
    QByteArray bytes;
    if (formatter.format() == OutputFormatter::Format::Json) {
        QJsonObject object;
        for (const OtpEntry &entry : otps.entries())
            object.insert(entry.key, QString::fromUtf8(entry.value));
        bytes = formatter.object(object);
    } else {
        QJsonArray rows;
        for (const OtpEntry &entry : otps.entries())
            rows.append(QJsonObject{{u"kind"_s, entry.key},
                                    {u"name"_s, OtpSet::kindName(entry.key)},
                                    {u"value"_s, QString::fromUtf8(entry.value)}});
        bytes = formatter.records(
            rows, RecordColumn::plainList(
                      {{u"kind"_s, u"kind"_s}, {u"name"_s, u"name"_s}, {u"value"_s, u"value"_s}}));
    }
    context.printResult(bytes);
    secureWipe(bytes);
}

// The retrieval goes through the GUI's controller, so that both write the same audit entry
// (who, which device, when, which kinds) to the same list. run() follows its job for Ctrl-C
// and failures; the values are printed when the controller has them (and has written the
// entry), then wiped.
void fetchOtp(CliContext &context, DeviceOtpController *controller, const QJsonObject &device)
{
    QObject::connect(
        controller, &DeviceOtpController::otpsLoaded, &context, [&context, controller] {
            if (context.isFinished())
                return;
            printOtps(context, controller->otps()->otps());
            controller->selectDevice({}); // wipes the values
            if (const QString problem = controller->auditError(); !problem.isEmpty())
                context.info(
                    Tr::tr("Warning: the retrieval could not be written to the audit list: %1")
                        .arg(problem));
            context.finish(Success);
        });
    controller->selectDevice(device);
    ZccOtpJob *job = controller->fetchOtps();
    if (!job) {
        context.fail(Tr::tr("The device has no UDID to ask its one-time passwords with."),
                     ApiFailure);
        return;
    }
    context.run(job, [](ZccOtpJob *) {});
}

QString describeDevice(const QJsonObject &device)
{
    const QDateTime seen = zccTime(device.value("last_seen_time"_L1));
    return Tr::tr("  %1  %2  %3  %4  last seen %5")
        .arg(device.value("udid"_L1).toString(), device.value("machineHostname"_L1).toString(),
             zcc::osTypeName(device.value("type"_L1).toInt()),
             zcc::registrationStateName(device.value("registrationState"_L1)),
             seen.isValid() ? QLocale().toString(seen.toLocalTime(), QLocale::ShortFormat)
                            : Tr::tr("never"));
}

int runOtp(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(
        u"zcc otp"_s,
        Tr::tr(
            "Prints the one-time passwords of a device (every kind the tenant sends) on standard "
            "output. Give the device's --udid, or --user (and --hostname) to find it first: when "
            "several devices match, they are listed on standard error and nothing is fetched "
            "(exit status 2). Each call asks ZCC for fresh values, and is written to the OTP audit "
            "list the desktop application shows (never the values)."),
        false);
    const QCommandLineOption udidOption(u"udid"_s, Tr::tr("The device's UDID."), u"UDID"_s);
    const QCommandLineOption userOption(u"user"_s, Tr::tr("Find the device of this login name."),
                                        u"U"_s);
    const QCommandLineOption hostnameOption(
        u"hostname"_s, Tr::tr("With --user: only devices whose hostname contains this text."),
        u"H"_s);
    leaf.parser().addOptions({udidOption, userOption, hostnameOption});
    if (const auto done = context.parseLeaf(leaf, args, globals))
        return *done;
    const QString udid = leaf.parser().value(udidOption).trimmed();
    ZccDeviceQuery query;
    query.username = leaf.parser().value(userOption).trimmed();
    query.hostname = leaf.parser().value(hostnameOption).trimmed();
    if (udid.isEmpty() == query.username.isEmpty())
        return leaf.usageError(Tr::tr("Give either --udid or --user."));
    if (!udid.isEmpty() && !query.hostname.isEmpty())
        return leaf.usageError(Tr::tr("--hostname goes with --user, not with --udid."));

    context.connectClient([&context, udid, query](ApiClient *client) {
        auto *controller = new DeviceOtpController(&context);
        controller->setClient(client, context.globals().profile);
        if (!udid.isEmpty()) {
            fetchOtp(context, controller, QJsonObject{{u"udid"_s, udid}});
            return;
        }
        ZccService *service = controller->service();
        context.run(service->devices(query), [&context, controller, query](ZccDeviceListJob *done) {
            QJsonArray devices = done->devices();
            if (devices.size() > 1 && !query.hostname.isEmpty()) {
                // A hostname given in full wins over those that merely contain it.
                QJsonArray exact;
                for (const QJsonValue &device : std::as_const(devices)) {
                    if (device.toObject()
                            .value("machineHostname"_L1)
                            .toString()
                            .compare(query.hostname, Qt::CaseInsensitive) == 0)
                        exact.append(device);
                }
                if (exact.size() == 1)
                    devices = exact;
            }
            if (devices.isEmpty()) {
                context.fail(query.hostname.isEmpty()
                                 ? Tr::tr("%1 has no Client Connector device.").arg(query.username)
                                 : Tr::tr("%1 has no Client Connector device whose hostname "
                                          "contains \"%2\".")
                                       .arg(query.username, query.hostname),
                             ApiFailure);
                return;
            }
            if (devices.size() > 1) {
                context.info(Tr::tr("%Ln device(s) match; not guessing. Choose one with --udid "
                                    "(or narrow with --hostname):",
                                    nullptr, int(devices.size())));
                for (const QJsonValue &device : devices)
                    context.info(describeDevice(device.toObject()));
                context.finish(UsageError);
                return;
            }
            fetchOtp(context, controller, devices.first().toObject());
        });
    });
    return kRunning;
}

} // namespace

int runZccCommand(CliContext &context, const QStringList &args)
{
    return routeSubCommand(context, args, context.globals(), u"zcc"_s,
                           Tr::tr("Client Connector commands."),
                           Tr::tr("devices: list devices. otp: a device's one-time passwords."),
                           {{u"devices"_s, runDevices}, {u"otp"_s, runOtp}});
}

} // namespace zc::cli
