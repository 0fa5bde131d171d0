// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole-sim: runs the OneAPI tenant simulator until Ctrl-C or SIGTERM.

#include "Faults.h"
#include "SimServer.h"
#include "ZpaData.h"
#include "auth/PrivateKey.h"
#include "platform/FilePermissions.h"
#include "platform/InterruptWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::sim)
};

// A single-quoted shell word.
QByteArray shellQuote(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    utf8.replace('\'', "'\\''");
    return '\'' + utf8 + '\'';
}

// The generated tenant's sizes: an option each, defaulting to the simulator's own sizes.
struct SizeOption
{
    const char *name;
    const char *help;
    int zc::sim::SimDataSizes::*member;
};

constexpr SizeOption kSizeOptions[] = {
    {"segments", QT_TRANSLATE_NOOP("zc::sim", "ZPA application segments."),
     &zc::sim::SimDataSizes::zpaSegments},
    {"microtenants", QT_TRANSLATE_NOOP("zc::sim", "ZPA microtenants besides Default."),
     &zc::sim::SimDataSizes::zpaMicrotenants},
    {"connector-groups", QT_TRANSLATE_NOOP("zc::sim", "Cloud & Branch Connector groups."),
     &zc::sim::SimDataSizes::ztwGroups},
    {"users", QT_TRANSLATE_NOOP("zc::sim", "ZIdentity users."), &zc::sim::SimDataSizes::users},
    {"devices", QT_TRANSLATE_NOOP("zc::sim", "Client Connector devices (also known to ZDX)."),
     &zc::sim::SimDataSizes::devices},
    {"groups", QT_TRANSLATE_NOOP("zc::sim", "ZIdentity groups."),
     &zc::sim::SimDataSizes::zidGroups},
};

bool parseFaultSpec(const QString &spec, zc::sim::SimFault *fault)
{
    const QStringList parts = spec.split(u':');
    if (parts.isEmpty() || parts.size() > 3 || !zc::sim::Faults::parseKind(parts[0], &fault->kind))
        return false;
    if (parts.size() > 1 && !parts[1].isEmpty()) {
        bool ok = false;
        fault->count = parts[1].toInt(&ok);
        if (!ok)
            return false;
    }
    if (parts.size() > 2) {
        zc::Product product;
        if (!zc::parseProduct(parts[2], &product))
            return false;
        fault->product = product;
    }
    if (fault->kind == zc::sim::SimFault::Kind::Delay)
        fault->delayMs = 2000;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zconsole-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCONSOLE_VERSION));
    QLoggingCategory::setFilterRules(u"zconsole.sim.debug=true"_s);
    // Ctrl-C and SIGTERM end the event loop, so that the server closes its sockets cleanly.
    zc::platform::InterruptWatcher stopRequests(zc::platform::InterruptWatcher::Interrupt |
                                                zc::platform::InterruptWatcher::Terminate);
    QObject::connect(&stopRequests, &zc::platform::InterruptWatcher::requested, &app,
                     &QCoreApplication::quit);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("A Zscaler OneAPI tenant simulator on loopback: token endpoint, ZIA routes, rate "
               "limits, faults. See sim/README.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, Tr::tr("Port to listen on (0: a free port)."),
                                        u"N"_s, u"0"_s);
    const QCommandLineOption httpsOption(
        u"https"_s, Tr::tr("Serve HTTPS with a fresh self-signed certificate."));
    const QCommandLineOption noLimitsOption(u"no-rate-limits"_s,
                                            Tr::tr("Do not enforce the published rate limits."));
    const QCommandLineOption seedOption(u"seed"_s, Tr::tr("Seed of the generated data."), u"N"_s,
                                        u"1"_s);
    const QCommandLineOption lifetimeOption(
        u"token-lifetime"_s, Tr::tr("Lifetime of the demo client's tokens in seconds."), u"S"_s,
        u"3600"_s);
    const QCommandLineOption readOnlyOption(u"read-only"_s,
                                            Tr::tr("Start in ZIA/ZTW read-only maintenance mode."));
    const QCommandLineOption faultOption(
        u"fault"_s,
        Tr::tr("Inject a fault: KIND[:COUNT[:PRODUCT]], KIND one of editLock, serviceUnavailable, "
               "tooManyRequests, serverError, unauthorized, delay, drop, truncate, malformedJson, "
               "repeatPage, cycleLinks, raiseTotal (COUNT -1: until the end). Repeatable."),
        u"spec"_s);
    const QCommandLineOption clientIdOption(u"client-id"_s, Tr::tr("The demo client's ID."),
                                            u"ID"_s, u"zconsole-demo"_s);
    const QCommandLineOption clientSecretOption(
        u"client-secret"_s, Tr::tr("The demo client's secret (default: a random one)."), u"S"_s);
    const QCommandLineOption jwtKeyOption(
        u"jwt-key-out"_s,
        Tr::tr("Generate an EC P-256 key for private-key JWT sign-in, register its public key for "
               "the demo client and write the private key there (mode 0600)."),
        u"PATH"_s);
    const QCommandLineOption caOutOption(
        u"ca-out"_s, Tr::tr("With --https: write the certificate PEM there."), u"PATH"_s);
    const QCommandLineOption envFileOption(
        u"env-file"_s,
        Tr::tr("Once listening, write ZSCALER_* shell exports for the demo client there (mode "
               "0600)."),
        u"PATH"_s);
    const QCommandLineOption clockScaleOption(
        u"clock-scale"_s, Tr::tr("Run simulated time (deep traces) this many times faster."),
        u"X"_s, u"1"_s);
    const QCommandLineOption latencyOption(
        u"latency-ms"_s,
        Tr::tr("Answer every request this many milliseconds late (a WAN round trip)."), u"MS"_s,
        u"0"_s);
    parser.addOptions({portOption, httpsOption, noLimitsOption, seedOption, lifetimeOption,
                       readOnlyOption, faultOption, clientIdOption, clientSecretOption,
                       jwtKeyOption, caOutOption, envFileOption});
    const zc::sim::SimDataSizes defaultSizes;
    for (const SizeOption &size : kSizeOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(size.name), Tr::tr(size.help),
                                            u"N"_s, QString::number(defaultSizes.*size.member)));
    parser.addOptions({clockScaleOption, latencyOption});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const auto fail = [&err](const QString &message) {
        err << message << Qt::endl;
        return 2;
    };

    zc::sim::SimOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(Tr::tr("--port needs a number from 0 to 65535."));
    options.port = quint16(port);
    options.https = parser.isSet(httpsOption);
    options.enforceRateLimits = !parser.isSet(noLimitsOption);
    options.prepareAnswers = true;
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(Tr::tr("--seed needs a non-negative number."));
    const int lifetime = parser.value(lifetimeOption).toInt(&ok);
    if (!ok || lifetime < 1)
        return fail(Tr::tr("--token-lifetime needs a positive number of seconds."));
    if (parser.isSet(caOutOption) && !options.https)
        return fail(Tr::tr("--ca-out needs --https."));
    for (const SizeOption &size : kSizeOptions) {
        const int n = parser.value(QString::fromLatin1(size.name)).toInt(&ok);
        if (!ok || n < 0 || n > 10'000'000)
            return fail(Tr::tr("--%1 needs a number from 0 to 10000000.")
                            .arg(QString::fromLatin1(size.name)));
        options.sizes.*size.member = n;
    }
    options.clockScale = parser.value(clockScaleOption).toDouble(&ok);
    if (!ok || options.clockScale <= 0 || options.clockScale > 100000)
        return fail(Tr::tr("--clock-scale needs a positive number."));
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0 || options.latencyMs > 60000)
        return fail(Tr::tr("--latency-ms needs a number from 0 to 60000."));

    zc::sim::SimClient client;
    client.clientId = parser.value(clientIdOption);
    if (client.clientId.isEmpty())
        return fail(Tr::tr("--client-id must not be empty."));
    if (parser.isSet(clientSecretOption)) {
        client.clientSecret = parser.value(clientSecretOption).toUtf8();
        if (client.clientSecret.isEmpty())
            return fail(Tr::tr("--client-secret must not be empty."));
    } else {
        QByteArray random(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                              random.size() / qsizetype(sizeof(quint32)));
        client.clientSecret =
            random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    client.tokenLifetimeSeconds = lifetime;

    const QString keyPath = parser.value(jwtKeyOption);
    if (!keyPath.isEmpty()) {
        const zc::PrivateKey key = zc::PrivateKey::generateEcP256();
        QString error;
        if (key.isNull())
            return fail(Tr::tr("Could not generate an EC P-256 key."));
        if (!zc::platform::writeOwnerOnlyFile(keyPath, key.toPem(), &error))
            return fail(error);
        client.publicKeyPem = key.publicKeyPem();
    }

    QList<zc::sim::SimFault> faults;
    const QStringList faultSpecs = parser.values(faultOption);
    for (const QString &spec : faultSpecs) {
        zc::sim::SimFault fault;
        if (!parseFaultSpec(spec, &fault))
            return fail(
                Tr::tr("Cannot parse --fault %1: expected KIND[:COUNT[:PRODUCT]].").arg(spec));
        faults.append(fault);
    }

    zc::sim::SimServer server;
    server.addClient(client);
    server.setReadOnly(parser.isSet(readOnlyOption));
    for (const zc::sim::SimFault &fault : std::as_const(faults))
        server.injectFault(fault);
    QString error;
    if (!server.start(options, &error))
        return fail(error);

    QString caPath = parser.value(caOutOption);
    const QString envPath = parser.value(envFileOption);
    if (options.https && caPath.isEmpty() && !envPath.isEmpty())
        caPath = envPath + u".ca.pem"_s;
    if (!caPath.isEmpty() &&
        !zc::platform::writeOwnerOnlyFile(caPath, server.caCertificatePem(), &error))
        return fail(error);

    if (!envPath.isEmpty()) {
        QByteArray env;
        const auto exportLine = [&env](const char *name, const QString &value) {
            env += "export " + QByteArray(name) + '=' + shellQuote(value) + '\n';
        };
        exportLine("ZSCALER_CLOUD", u"custom"_s);
        exportLine("ZSCALER_CLIENT_ID", client.clientId);
        exportLine("ZSCALER_CLIENT_SECRET", QString::fromUtf8(client.clientSecret));
        exportLine("ZSCALER_TOKEN_URL", server.tokenUrl().toString());
        exportLine("ZSCALER_API_URL", server.apiUrl().toString());
        exportLine("ZPA_CUSTOMER_ID", QString::fromLatin1(zc::sim::ZpaData::kCustomerId));
        if (!caPath.isEmpty())
            exportLine("ZSCALER_CA_FILE", caPath);
        if (!keyPath.isEmpty())
            exportLine("ZSCALER_PRIVATE_KEY", keyPath);
        // For scripts that steer the simulator (ControlEndpoint): not an SDK variable.
        exportLine("ZSCALER_SIM_CONTROL_TOKEN", QString::fromLatin1(server.controlToken()));
        if (!zc::platform::writeOwnerOnlyFile(envPath, env, &error))
            return fail(error);
    }

    // A local throwaway demo secret: printing it is the point.
    out << Tr::tr("Token URL: %1").arg(server.tokenUrl().toString()) << '\n'
        << Tr::tr("API URL: %1").arg(server.apiUrl().toString()) << '\n'
        << Tr::tr("Client ID: %1").arg(client.clientId) << '\n'
        << Tr::tr("Client secret: %1").arg(QString::fromUtf8(client.clientSecret)) << '\n'
        << Tr::tr("ZPA customer ID: %1").arg(QString::fromLatin1(zc::sim::ZpaData::kCustomerId))
        << '\n';
    if (!keyPath.isEmpty())
        out << Tr::tr("Private key: %1").arg(keyPath) << '\n';
    if (!caPath.isEmpty())
        out << Tr::tr("CA certificate: %1").arg(caPath) << '\n';
    if (!envPath.isEmpty())
        out << Tr::tr("Environment: %1").arg(envPath) << '\n';
    out << Tr::tr("Control token: %1").arg(QString::fromLatin1(server.controlToken())) << '\n';
    out << "ready" << Qt::endl;
    return app.exec();
}
