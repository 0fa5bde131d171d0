// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiCommands.h"

#include "CliContext.h"
#include "ExitCodes.h"
#include "api/ApiCall.h"
#include "api/ApiCallJob.h"
#include "net/ApiClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::ApiCommands)
};

// The body from -d: JSON text, @FILE, or "-" for standard input.
bool readBody(const QString &data, QByteArray *body, QString *error)
{
    if (data == "-"_L1 || data.startsWith(u'@'))
        return readInputFile(data == "-"_L1 ? data : data.mid(1), body, error);
    *body = data.toUtf8();
    return true;
}

// --include: what the answer said besides its body, on stderr.
void printAnswerHead(CliContext &context, const ApiAnswer &answer)
{
    if (answer.pages > 0) {
        context.info(Tr::tr("%Ln page(s) fetched.", nullptr, answer.pages));
        return;
    }
    if (answer.status == 0)
        return;
    context.info(u"HTTP "_s + QString::number(answer.status));
    for (const auto &[name, value] : answer.shownHeaders())
        context.info(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    if (!answer.requestId.isEmpty())
        context.info(Tr::tr("Request ID: %1").arg(answer.requestId));
}

// The body on stdout: JSON as JSON, an array of objects as a table or CSV when asked for.
QByteArray rendered(const CliContext &context, const ApiAnswer &answer)
{
    const auto format = context.globals().format;
    if (answer.json.isNull())
        return answer.body;
    if (format && *format != OutputFormatter::Format::Json) {
        if (answer.isArrayOfObjects())
            return context.formatter().records(answer.json.array());
        if (answer.json.isObject())
            return context.formatter().object(answer.json.object());
    }
    return answer.json.toJson(QJsonDocument::Indented);
}

} // namespace

int runApiCommand(CliContext &context, const QStringList &args)
{
    CommandParser leaf(
        u"api"_s,
        Tr::tr("Sends any OneAPI request with the console's sign-in, rate limits, retries and "
               "read-only handling. PATH starts with a product's base path (/zia/api/v1, "
               "/zpa/mgmtconfig/v1, /zpa/mgmtconfig/v2, /zpa/userconfig/v1, /ztw/api/v1, "
               "/zcc/papi/public/v1, /zdx/v1, /ziam/admin/api/v1); {customerId} and "
               "{microtenantId} are filled in from the connection settings. The answer's JSON goes "
               "to stdout (--format table or csv for an array of objects). Writes are sent once."),
        false);
    leaf.addPositional(u"method"_s, Tr::tr("GET, POST, PUT, PATCH or DELETE."), u"METHOD"_s);
    leaf.addPositional(u"path"_s, Tr::tr("The full path, e.g. /zia/api/v1/status."), u"PATH"_s);
    const QCommandLineOption queryOption(QStringList{u"q"_s, u"query"_s},
                                         Tr::tr("Adds the query item KEY=VALUE (repeatable)."),
                                         u"KEY=VALUE"_s);
    const QCommandLineOption dataOption(
        QStringList{u"d"_s, u"data"_s},
        Tr::tr("The JSON body: the text itself, @FILE to read a file, or - for standard input."),
        u"JSON"_s);
    const QCommandLineOption paginateOption(
        u"paginate"_s, Tr::tr("Fetches every page in the product's paging style and prints one "
                              "array of every record."));
    const QCommandLineOption includeOption(
        u"include"_s, Tr::tr("Prints the status, the headers and the request ID on stderr."));
    leaf.parser().addOptions({queryOption, dataOption, paginateOption, includeOption});

    GlobalOptions globals = context.globals();
    if (const auto done = leaf.parse(args, &globals))
        return *done;
    context.setGlobals(globals);
    const QStringList positional = leaf.positionalArguments();
    if (positional.size() != 2)
        return leaf.usageError(Tr::tr("Give a METHOD and a PATH."));

    ApiCall call;
    call.method = positional.at(0).toUpper().toLatin1();
    call.path = positional.at(1);
    call.paginate = leaf.parser().isSet(paginateOption);
    for (const QString &item : leaf.parser().values(queryOption)) {
        std::pair<QString, QString> pair;
        if (!ApiCall::parseQueryItem(item, &pair))
            return leaf.usageError(Tr::tr("A query item is KEY=VALUE, not \"%1\".").arg(item));
        call.query.append(pair);
    }
    if (leaf.parser().isSet(dataOption)) {
        QString problem;
        if (!readBody(leaf.parser().value(dataOption), &call.body, &problem)) {
            context.fail(problem, UsageError);
            return UsageError;
        }
    }
    // Everything that can be checked without the settings is checked before signing in, so
    // that a mistake costs no request; the placeholders need the settings.
    {
        QString problem;
        ApiCall::Built ignored;
        ConnectionSettings placeholders;
        placeholders.zpaCustomerId = u"0"_s;
        placeholders.zpaMicrotenantId = u"0"_s;
        if (!call.build(placeholders, &ignored, &problem)) {
            context.fail(problem, UsageError);
            return UsageError;
        }
    }
    const bool include = leaf.parser().isSet(includeOption);

    context.connectClient([&context, call, include](ApiClient *client) {
        QString problem;
        ApiCall::Built built;
        if (!call.build(client->settings(), &built, &problem)) {
            context.fail(problem, UsageError);
            return;
        }
        auto *job = new ApiCallJob(client, built, call.paginate, &context);
        if (call.paginate && context.showProgress()) {
            QObject::connect(
                job, &ApiCallJob::progress, &context, [&context](int pages, int, int records) {
                    context.info(Tr::tr("Page %1 (%Ln record(s)).", nullptr, records).arg(pages));
                });
        }
        // The answer of a refused request is printed too: it says why.
        QObject::connect(job, &Job::failed, &context, [&context, include](Job *done) {
            const ApiAnswer &answer = static_cast<ApiCallJob *>(done)->answer();
            if (include)
                printAnswerHead(context, answer);
            if (!answer.body.isEmpty() && !context.isFinished())
                context.printResult(rendered(context, answer));
        });
        context.run(job, [&context, include](ApiCallJob *done) {
            if (include)
                printAnswerHead(context, done->answer());
            context.printResult(rendered(context, done->answer()));
        });
    });
    return kRunning;
}

} // namespace zc::cli
