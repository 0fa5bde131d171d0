// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZiaRoutes.h"

#include "SimState.h"
#include "UrlClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

} // namespace

ZiaRoutes::ZiaRoutes(SimState &state)
    : m_state(state)
{}

std::optional<HttpResponse> ZiaRoutes::handle(const RouteContext &context)
{
    const QByteArray &method = context.request.method;
    if (context.path == "/urlLookup"_L1) {
        if (method != "POST")
            return methodNotAllowed("POST");
        return urlLookup(context);
    }
    if (context.path == "/status"_L1) {
        if (!context.request.isRead())
            return methodNotAllowed("GET");
        return HttpResponse::json(200, QJsonObject{{u"status"_s, m_state.ziaActivationStatus()}});
    }
    if (context.path == "/status/activate"_L1) {
        if (method != "POST")
            return methodNotAllowed("POST");
        m_state.setZiaActivationStatus(u"ACTIVE"_s);
        return HttpResponse::json(200, QJsonObject{{u"status"_s, u"ACTIVE"_s}});
    }
    return std::nullopt;
}

HttpResponse ZiaRoutes::urlLookup(const RouteContext &context)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return HttpResponse::invalidInput(u"The request body must be a JSON array of URLs."_s);
    const QJsonArray input = document.array();
    if (input.size() > maxUrlsPerLookup)
        return HttpResponse::invalidInput(
            u"Too many URLs: a lookup accepts at most %1 URLs per request (got %2)."_s
                .arg(maxUrlsPerLookup)
                .arg(input.size()));

    QStringList urls;
    urls.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (!input.at(i).isString())
            return HttpResponse::invalidInput(
                u"The request body must be a JSON array of URLs; item %1 is not a string."_s.arg(
                    i + 1));
        const QString url = input.at(i).toString();
        if (url.trimmed().isEmpty())
            return HttpResponse::invalidInput(u"URL %1 is empty."_s.arg(i + 1));
        if (url.size() > maxUrlLength)
            return HttpResponse::invalidInput(
                u"URL %1 is longer than %2 characters: %3"_s.arg(i + 1)
                    .arg(maxUrlLength)
                    .arg(url.left(2048)));
        urls.append(url);
    }

    QJsonArray answer;
    for (const QString &url : std::as_const(urls)) {
        const UrlClassifier::Result result = UrlClassifier::classify(url);
        QJsonObject item{
            {u"url"_s, url},
            {u"urlClassifications"_s, toJsonArray(result.classifications)},
            {u"urlClassificationsWithSecurityAlert"_s, toJsonArray(result.securityAlerts)},
        };
        if (!result.application.isEmpty())
            item.insert(u"application"_s, result.application);
        answer.append(item);
    }
    return HttpResponse::json(200, answer);
}

} // namespace zc::sim
