// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZiaCommands.h"

#include "ActivationCommand.h"
#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "zia/UrlLookupInput.h"
#include "zia/UrlLookupResultModel.h"
#include "zia/ZiaActivation.h"
#include "zia/ZiaService.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::ZiaCommands)
};

// The raw entries of a lookup, each with where it came from ("argument 2", "line 7 of
// urls.txt") for messages about skipped entries.
struct RawInput
{
    QStringList urls;
    QStringList origins;
};

// Reads one URL per line. A final line break does not make an extra (empty) entry.
bool readLines(const QString &path, RawInput *input, QString *error)
{
    const bool isStdin = path == "-"_L1;
    QByteArray data;
    if (!readInputFile(path, &data, error))
        return false;
    QStringList lines = QString::fromUtf8(data).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QString source = isStdin ? Tr::tr("standard input") : path;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        input->urls << line;
        input->origins << Tr::tr("line %1 of %2").arg(i + 1).arg(source);
    }
    return true;
}

QString shortened(const QString &url)
{
    return url.size() > 60 ? url.left(57) + u"..."_s : url;
}

int runUrlLookup(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(u"zia url-lookup"_s,
                       Tr::tr("Looks up the categories of URLs in ZIA, 100 per request, and prints "
                              "them in input order. URLs are trimmed and duplicates dropped; empty "
                              "entries and URLs over 1,024 characters are reported and skipped "
                              "(exit status 2 after the other results)."),
                       false);
    const QCommandLineOption fileOption(
        QStringList{u"f"_s, u"file"_s},
        Tr::tr("Read URLs from FILE, one per line; \"-\" reads standard input."), u"FILE"_s);
    leaf.parser().addOption(fileOption);
    leaf.addPositional(u"urls"_s, Tr::tr("URLs to look up; \"-\" reads standard input."),
                       u"[URL...]"_s);
    if (const auto done = leaf.parse(args, &globals))
        return *done;
    context.setGlobals(globals);

    RawInput raw;
    bool readStdin = false;
    const QStringList positional = leaf.positionalArguments();
    for (qsizetype i = 0; i < positional.size(); ++i) {
        if (positional.at(i) == "-"_L1) {
            readStdin = true;
            continue;
        }
        raw.urls << positional.at(i);
        raw.origins << Tr::tr("argument %1").arg(i + 1);
    }
    QStringList files = leaf.parser().values(fileOption);
    if (readStdin && !files.contains(u"-"_s))
        files << u"-"_s;
    for (const QString &path : std::as_const(files)) {
        QString error;
        if (!readLines(path, &raw, &error)) {
            context.fail(error, UsageError);
            return kRunning;
        }
    }
    if (raw.urls.isEmpty() && files.isEmpty())
        return leaf.usageError(Tr::tr("No URLs given."));

    const UrlLookupInput input = UrlLookupInput::prepare(raw.urls);
    for (const UrlLookupInput::Rejected &rejected : input.rejected) {
        const QString where = raw.origins.value(rejected.index);
        context.info(rejected.problem == UrlLookupInput::Problem::Empty
                         ? Tr::tr("Skipped %1: %2")
                               .arg(where, UrlLookupInput::problemMessage(rejected.problem))
                         : Tr::tr("Skipped %1 (%2): %3")
                               .arg(where, shortened(rejected.url),
                                    UrlLookupInput::problemMessage(rejected.problem)));
    }
    if (input.duplicates > 0 && context.showProgress())
        context.info(QCoreApplication::translate(
            "zc::cli::ZiaCommands", "Dropped %n duplicate URL(s).", nullptr, input.duplicates));
    const int doneCode = input.rejected.isEmpty() ? Success : UsageError;

    const OutputFormatter formatter = context.formatter();
    if (input.accepted.isEmpty()) {
        context.printResult(formatter.records({}, UrlLookupResultModel::lookupColumns()));
        context.finish(doneCode);
        return kRunning;
    }

    context.connectClient([&context, input, formatter, doneCode](ApiClient *client) {
        auto *service = new ZiaService(client, &context);
        UrlLookupJob *job = service->lookupUrls(input.accepted);
        if (context.showProgress()) {
            QObject::connect(
                job, &UrlLookupJob::progress, &context, [&context](int done, int count) {
                    if (!context.isFinished())
                        context.info(Tr::tr("Batch %1 of %2 done.").arg(done).arg(count));
                });
        }
        context.run(job, [&context, formatter, doneCode](UrlLookupJob *done) {
            context.printResult(
                formatter.records(done->results(), UrlLookupResultModel::lookupColumns()));
            context.finish(doneCode);
        });
    });
    return kRunning;
}

int runActivation(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    return runActivationCommand(
        context, args, globals,
        {u"zia activation"_s, Tr::tr("ZIA configuration activation."),
         Tr::tr("Prints the ZIA activation status (ACTIVE or PENDING)."),
         Tr::tr("Activates the pending ZIA configuration changes and prints the resulting status."),
         [](ApiClient *client, QObject *parent) -> ActivationStatus * {
             return new ZiaActivation(client, parent);
         }});
}

} // namespace

int runZiaCommand(CliContext &context, const QStringList &args)
{
    return routeSubCommand(
        context, args, context.globals(), u"zia"_s, Tr::tr("ZIA commands."),
        Tr::tr("url-lookup: categories of URLs. activation: status or activate."),
        {{u"url-lookup"_s, runUrlLookup}, {u"activation"_s, runActivation}});
}

} // namespace zc::cli
