// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "AuthCommands.h"

#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "auth/TokenProvider.h"
#include "net/ApiClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::AuthCommands)
};

// What each product answered to the probe.
using ProbeResults = QList<std::pair<Product, ApiError>>;

void printProbe(CliContext &context, const ProbeResults &results, int lifetimeSeconds,
                const QDateTime &expiresAt)
{
    QJsonArray rows;
    for (Product product : allProducts) {
        ApiError error = ApiError::make(ApiError::Kind::Timeout);
        for (const auto &[p, e] : results) {
            if (p == product)
                error = e;
        }
        QJsonObject row{{u"product"_s, productKey(product)},
                        {u"name"_s, productName(product)},
                        {u"answers"_s, !error.isError()}};
        if (error.isError()) {
            row.insert(u"error"_s, ApiError::kindKey(error.kind));
            row.insert(u"message"_s, error.message());
        }
        rows.append(row);
    }

    const OutputFormatter formatter = context.formatter();
    if (formatter.format() == OutputFormatter::Format::Json) {
        const QJsonObject report{
            {u"signedIn"_s, true},
            {u"tokenLifetimeSeconds"_s, lifetimeSeconds},
            {u"tokenExpiresAt"_s, expiresAt.toUTC().toString(Qt::ISODate)},
            {u"products"_s, rows},
        };
        context.printResult(formatter.object(report));
        return;
    }
    const QString summary = Tr::tr("Signed in. The token is valid for %1 s (until %2).")
                                .arg(lifetimeSeconds)
                                .arg(expiresAt.toLocalTime().toString(Qt::ISODate));
    const QList<RecordColumn> columns = RecordColumn::plainList({{u"product"_s, u"name"_s},
                                                                 {u"answers"_s, u"answers"_s},
                                                                 {u"error"_s, u"error"_s},
                                                                 {u"message"_s, u"message"_s}});
    if (formatter.format() == OutputFormatter::Format::Table)
        context.printResult(summary.toUtf8() + "\n\n");
    else
        context.info(summary);
    context.printResult(formatter.records(rows, columns));
}

void runAuthTest(CliContext &context)
{
    context.connectClient([&context](ApiClient *client) {
        TokenProvider *tokens = client->tokenProvider();
        tokens->requestToken(
            &context, [&context, client, tokens](const QByteArray &, const ApiError &error) {
                if (error.isError()) {
                    context.fail(error);
                    return;
                }
                const int lifetime = tokens->lifetimeSeconds();
                const QDateTime expiresAt = tokens->expiresAt();
                if (context.showProgress())
                    context.info(Tr::tr("Signed in; asking each product..."));
                auto results = std::make_shared<ProbeResults>();
                QObject::connect(client, &ApiClient::productProbed, &context,
                                 [results](Product product, const ApiError &probeError) {
                                     results->append({product, probeError});
                                 });
                QObject::connect(client, &ApiClient::probeFinished, &context,
                                 [&context, results, lifetime, expiresAt] {
                                     if (context.isFinished())
                                         return;
                                     printProbe(context, *results, lifetime, expiresAt);
                                     // Success when at least one product answers; otherwise
                                     // the first product's error says why none did.
                                     std::optional<ApiError> first;
                                     for (const auto &[product, e] : *results) {
                                         if (!e.isError()) {
                                             context.finish(Success);
                                             return;
                                         }
                                         if (!first)
                                             first = e;
                                     }
                                     context.finish(first ? exitCodeFor(*first) : ApiFailure);
                                 });
                client->probeProducts();
            });
    });
}

} // namespace

int runAuthCommand(CliContext &context, const QStringList &args)
{
    return routeSubCommand(
        context, args, context.globals(), u"auth"_s, Tr::tr("Sign-in commands."),
        Tr::tr("test: sign in and show which products answer."),
        {SubCommand::simple(
            u"test"_s, u"auth test"_s,
            Tr::tr("Signs in at ZIdentity and shows the token lifetime and which "
                   "products answer for this API client. The token is never shown."),
            runAuthTest)});
}

} // namespace zc::cli
