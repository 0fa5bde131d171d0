// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZdxCommands.h"

#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "net/Pager.h"
#include "zdx/CloudPathModel.h"
#include "zdx/DeepTraceController.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/EventsModel.h"
#include "zdx/HealthMetricsModel.h"
#include "zdx/ResultColumns.h"
#include "zdx/TopProcessesModel.h"
#include "zdx/WebProbeModel.h"
#include "zdx/ZdxDeviceModel.h"
#include "zdx/ZdxService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::ZdxCommands)
};

QCommandLineOption deviceOption()
{
    return QCommandLineOption(u"device"_s, Tr::tr("The ZDX device ID (see \"zdx devices\")."),
                              u"ID"_s);
}

QCommandLineOption traceOption()
{
    return QCommandLineOption(u"trace"_s, Tr::tr("The deep trace ID (see \"zdx trace list\")."),
                              u"ID"_s);
}

// The deep trace "zdx trace show" and "zdx trace delete" name with --device and --trace.
struct TraceRef
{
    QString deviceId;
    QString traceId;
};

// Parses the options of "zdx trace show" and "zdx trace delete": both are required.
std::optional<int> parseTraceLeaf(CliContext &context, CommandParser &leaf, const QStringList &args,
                                  const GlobalOptions &globals, TraceRef *ref)
{
    const QCommandLineOption device = deviceOption();
    const QCommandLineOption trace = traceOption();
    leaf.parser().addOptions({device, trace});
    if (const auto done = context.parseLeaf(leaf, args, globals))
        return done;
    ref->deviceId = leaf.parser().value(device).trimmed();
    ref->traceId = leaf.parser().value(trace).trimmed();
    if (ref->deviceId.isEmpty() || ref->traceId.isEmpty())
        return leaf.usageError(Tr::tr("--device and --trace are required."));
    return std::nullopt;
}

// --- zdx devices ---------------------------------------------------------------------------

int runDevices(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(u"zdx devices"_s,
                       Tr::tr("Lists the devices ZDX knows, every page of them, optionally only "
                              "those whose name, hostname or user e-mail contains the query."),
                       false);
    const QCommandLineOption queryOption(
        QStringList{u"q"_s, u"query"_s},
        Tr::tr("Only devices whose name, hostname or user e-mail contains Q."), u"Q"_s);
    leaf.parser().addOption(queryOption);
    if (const auto done = context.parseLeaf(leaf, args, globals))
        return *done;
    ZdxDeviceQuery query;
    query.text = leaf.parser().value(queryOption);

    context.connectClient([&context, query](ApiClient *client) {
        auto *service = new ZdxService(client, &context);
        PagedFetch *fetch = service->searchDevices(query, paging::maxPageSize(PageStyle::Zdx));
        context.printAllPages(fetch, ZdxDeviceModel::deviceColumns());
    });
    return kRunning;
}

// --- zdx trace start -----------------------------------------------------------------------

bool parsePositive(const QString &text, int *out)
{
    bool ok = false;
    *out = text.toInt(&ok);
    return ok && *out > 0;
}

int runTraceStart(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(u"zdx trace start"_s,
                       Tr::tr("Starts a deep trace on a device and prints {trace_id, status, "
                              "expected_time}. A device runs one deep trace at a time."),
                       false);
    const QCommandLineOption device = deviceOption();
    const QCommandLineOption name(u"name"_s, Tr::tr("The session name."), u"NAME"_s);
    const QCommandLineOption minutes(
        u"minutes"_s, Tr::tr("How long to trace: 5, 15, 30 or 60 minutes."), u"N"_s, u"5"_s);
    const QCommandLineOption probeDevice(u"probe-device"_s,
                                         Tr::tr("Also probe the device (health, processes)."));
    const QCommandLineOption app(u"app"_s, Tr::tr("Application ID to trace."), u"ID"_s);
    const QCommandLineOption webProbe(u"web-probe"_s, Tr::tr("Web probe ID to run."), u"ID"_s);
    const QCommandLineOption cloudPathProbe(u"cloudpath-probe"_s,
                                            Tr::tr("CloudPath probe ID to run."), u"ID"_s);
    leaf.parser().addOptions({device, name, minutes, probeDevice, app, webProbe, cloudPathProbe});
    if (const auto done = context.parseLeaf(leaf, args, globals))
        return *done;
    const QString deviceId = leaf.parser().value(device).trimmed();
    if (deviceId.isEmpty())
        return leaf.usageError(Tr::tr("--device is required."));
    DeepTraceSettings settings;
    settings.sessionName = leaf.parser().value(name);
    if (settings.sessionName.trimmed().isEmpty())
        return leaf.usageError(Tr::tr("--name is required."));
    bool ok = false;
    settings.lengthMinutes = leaf.parser().value(minutes).toInt(&ok);
    if (!ok || !DeepTraceSettings::isValidLength(settings.lengthMinutes))
        return leaf.usageError(Tr::tr("--minutes must be 5, 15, 30 or 60."));
    settings.probeDevice = leaf.parser().isSet(probeDevice);
    const std::pair<const QCommandLineOption *, int *> ids[] = {
        {&app, &settings.appId},
        {&webProbe, &settings.webProbeId},
        {&cloudPathProbe, &settings.cloudPathProbeId},
    };
    for (const auto &[option, target] : ids) {
        if (leaf.parser().isSet(*option) && !parsePositive(leaf.parser().value(*option), target))
            return leaf.usageError(
                Tr::tr("--%1 needs a positive numeric ID.").arg(option->names().first()));
    }
    if (const ApiError invalid = settings.validate())
        return leaf.usageError(invalid.message());

    context.connectClient([&context, deviceId, settings](ApiClient *client) {
        ZdxService service(client);
        context.run(service.startDeepTrace(deviceId, settings),
                    [&context](DeepTraceStartJob *done) {
                        context.printResult(context.formatter().object(done->answer()));
                    });
    });
    return kRunning;
}

// --- zdx trace list ------------------------------------------------------------------------

int runTraceList(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(u"zdx trace list"_s,
                       Tr::tr("Lists a device's deep traces, newest first, with their status."),
                       false);
    const QCommandLineOption device = deviceOption();
    leaf.parser().addOption(device);
    if (const auto done = context.parseLeaf(leaf, args, globals))
        return *done;
    const QString deviceId = leaf.parser().value(device).trimmed();
    if (deviceId.isEmpty())
        return leaf.usageError(Tr::tr("--device is required."));

    context.connectClient([&context, deviceId](ApiClient *client) {
        ZdxService service(client);
        context.run(service.deepTraces(deviceId), [&context](ApiJob *done) {
            const QJsonArray traces = DeepTraceController::newestFirst(done->json().array());
            context.printResult(
                context.formatter().records(traces, DeepTraceModel::traceColumns()));
        });
    });
    return kRunning;
}

// --- zdx trace show ------------------------------------------------------------------------

// A list of metric series (health-metrics) as rows of time × metric, keyed and titled as the
// Health view's columns (HealthMetricsModel): the metrics, and so the columns, come with the
// data, so they are made here and not by a static column function.
QByteArray metricsTable(const OutputFormatter &formatter, const QJsonValue &answer)
{
    HealthMetricsModel model;
    model.setResult(answer);
    QList<RecordColumn> columns{
        resultcolumns::time(u"timestamp"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Time"))};
    const QStringList metrics = model.metrics();
    for (const QString &metric : metrics) {
        RecordColumn column = RecordColumn::plain(metric);
        column.fixedHeader = HealthMetricsModel::metricTitle(metric, model.unit(metric));
        columns.append(column);
    }
    QJsonArray rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.rowObject(row));
    return formatter.records(rows, columns);
}

// The web probe: where each sample's page-fetch time went, the view's columns and which
// phase was the slowest (the view marks it).
QByteArray webProbeTable(const OutputFormatter &formatter, const QJsonValue &answer)
{
    WebProbeModel model;
    model.setResult(answer);
    return formatter.records(
        model.records(), RecordColumn::withPlain(WebProbeModel::webProbeColumns(), {u"slowest"_s}));
}

// The cloud path over the whole trace: its legs, then every hop with what stands out. The
// legs are plain columns: the view draws them as a path, no table shows them.
QByteArray cloudPathTables(const OutputFormatter &formatter, const QJsonValue &cloudPath,
                           const QJsonValue &metrics,
                           const std::function<QByteArray(const QString &)> &title)
{
    CloudPathModel model;
    model.setResult(cloudPath, metrics);
    QJsonArray legs;
    for (const CloudPathModel::Leg &leg : model.legs())
        legs.append(QJsonObject{{u"src"_s, leg.src},
                                {u"dst"_s, leg.dst},
                                {u"tunnel_type"_s, leg.tunnelType},
                                {u"latency"_s, MetricSeries::jsonValue(leg.latency)},
                                {u"loss"_s, MetricSeries::jsonValue(leg.loss)},
                                {u"unresponsive_hops"_s, leg.unresponsiveHops}});
    QByteArray out = formatter.records(
        legs, RecordColumn::plainList({{u"from"_s, u"src"_s},
                                       {u"to"_s, u"dst"_s},
                                       {u"tunnel"_s, u"tunnel_type"_s},
                                       {u"latency (ms)"_s, u"latency"_s},
                                       {u"loss (%)"_s, u"loss"_s},
                                       {u"unresponsive hops"_s, u"unresponsive_hops"_s}}));
    out += '\n' + title(Tr::tr("Cloud path hops (whole trace)"));
    out += formatter.records(model.records(), CloudPathModel::hopColumns());
    return out;
}

QByteArray showText(const OutputFormatter &formatter, const QJsonObject &results)
{
    const bool csv = formatter.format() == OutputFormatter::Format::Csv;
    const auto title = [csv](const QString &text) {
        return (csv ? u"# "_s + text : text + u'\n' + QString(text.size(), u'=')).toUtf8() + '\n';
    };
    const QJsonObject trace = results.value("trace"_L1).toObject();
    QByteArray out = title(Tr::tr("Deep trace"));
    out += formatter.object(trace, DeepTraceModel::traceColumns());
    out += '\n' + title(Tr::tr("Health metrics"));
    out += metricsTable(formatter, results.value("health_metrics"_L1));
    out += '\n' + title(Tr::tr("Top processes"));
    out += formatter.records(
        results.value("top_processes"_L1).toObject().value("top_processes"_L1).toArray(),
        TopProcessesModel::processColumns());
    out += '\n' + title(Tr::tr("Events"));
    out += formatter.records(EventsModel::flatten(results.value("events"_L1)),
                             EventsModel::eventColumns());
    out += '\n' + title(Tr::tr("Web probe (page fetch)"));
    out += webProbeTable(formatter, results.value("webprobe_metrics"_L1));
    out += '\n' + title(Tr::tr("Cloud path legs (whole trace)"));
    out += cloudPathTables(formatter, results.value("cloudpath"_L1),
                           results.value("cloudpath_metrics"_L1), title);
    return out;
}

// A command about one trace: --device and --trace are required; `act` runs once connected.
int runOnTrace(CliContext &context, const QStringList &args, GlobalOptions globals,
               const QString &words, const QString &description,
               std::function<void(ZdxService &, const QString &, const QString &)> act)
{
    CommandParser leaf(words, description, false);
    TraceRef ref;
    if (const auto done = parseTraceLeaf(context, leaf, args, globals, &ref))
        return *done;
    context.connectClient([ref, act = std::move(act)](ApiClient *client) {
        ZdxService service(client);
        act(service, ref.deviceId, ref.traceId);
    });
    return kRunning;
}

int runTraceShow(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    return runOnTrace(
        context, args, globals, u"zdx trace show"_s,
        Tr::tr(
            "Shows a deep trace's status and its results. JSON: {\"trace\", \"health_metrics\", "
            "\"top_processes\", \"webprobe_metrics\", \"cloudpath_metrics\", \"cloudpath\", "
            "\"events\"}, each as the API sent it. Table and CSV: one titled section per part "
            "(CSV titles are lines starting with '#'); the web probe's download time and the cloud "
            "path's whole-trace figures are worked out. Results fill up while the trace runs."),
        [&context](ZdxService &service, const QString &deviceId, const QString &traceId) {
            context.run(service.deepTraceResults(deviceId, traceId),
                        [&context](DeepTraceResultsJob *done) {
                            const OutputFormatter formatter = context.formatter();
                            if (formatter.format() == OutputFormatter::Format::Json)
                                context.printResult(formatter.object(done->results()));
                            else
                                context.printResult(showText(formatter, done->results()));
                        });
        });
}

// --- zdx trace delete ----------------------------------------------------------------------

int runTraceDelete(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    return runOnTrace(
        context, args, globals, u"zdx trace delete"_s,
        Tr::tr("Deletes a deep trace and its data (a running trace is stopped). Prints nothing on "
               "standard output."),
        [&context](ZdxService &service, const QString &deviceId, const QString &traceId) {
            context.run(service.deleteDeepTrace(deviceId, traceId), [&context, traceId](ApiJob *) {
                context.info(Tr::tr("Deleted deep trace %1.").arg(traceId));
            });
        });
}

int runTrace(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    return routeSubCommand(
        context, args, globals, u"zdx trace"_s, Tr::tr("ZDX deep traces."),
        Tr::tr("start: start a deep trace. list: a device's traces. show: status "
               "and results. delete: delete a trace and its data."),
        {{u"start"_s, runTraceStart},
         {u"list"_s, runTraceList},
         {u"show"_s, runTraceShow},
         {u"delete"_s, runTraceDelete}});
}

} // namespace

int runZdxCommand(CliContext &context, const QStringList &args)
{
    return routeSubCommand(
        context, args, context.globals(), u"zdx"_s, Tr::tr("ZDX commands."),
        Tr::tr("devices: search devices. trace: start, list, show or delete deep traces."),
        {{u"devices"_s, runDevices}, {u"trace"_s, runTrace}});
}

} // namespace zc::cli
