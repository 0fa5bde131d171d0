// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Faults.h"

#include "RateLimits.h"

#include <QJsonObject>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

struct KindName
{
    SimFault::Kind kind;
    QLatin1StringView key;
};

constexpr std::array<KindName, 12> kKindNames{{
    {SimFault::Kind::EditLock, "editLock"_L1},
    {SimFault::Kind::ServiceUnavailable, "serviceUnavailable"_L1},
    {SimFault::Kind::TooManyRequests, "tooManyRequests"_L1},
    {SimFault::Kind::ServerError, "serverError"_L1},
    {SimFault::Kind::Unauthorized, "unauthorized"_L1},
    {SimFault::Kind::Delay, "delay"_L1},
    {SimFault::Kind::Drop, "drop"_L1},
    {SimFault::Kind::Truncate, "truncate"_L1},
    {SimFault::Kind::MalformedJson, "malformedJson"_L1},
    {SimFault::Kind::RepeatPage, "repeatPage"_L1},
    {SimFault::Kind::CycleLinks, "cycleLinks"_L1},
    {SimFault::Kind::RaiseTotal, "raiseTotal"_L1},
}};

QString serverErrorCode(int status)
{
    switch (status) {
    case 502:
        return u"BAD_GATEWAY"_s;
    case 503:
        return u"SERVICE_UNAVAILABLE"_s;
    case 504:
        return u"GATEWAY_TIMEOUT"_s;
    default:
        return u"INTERNAL_SERVER_ERROR"_s;
    }
}

int retryAfterSecondsForBody(const QByteArray &raw)
{
    bool ok = false;
    const int seconds = raw.trimmed().toInt(&ok);
    return ok ? seconds : -1;
}

} // namespace

void Faults::add(const SimFault &fault)
{
    if (fault.count == 0)
        return;
    m_faults.append(fault);
}

std::optional<SimFault> Faults::take(Product product, const QByteArray &method)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const SimFault &fault = m_faults.at(i);
        if (fault.signIn)
            continue;
        if (fault.product && *fault.product != product)
            continue;
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (fault.kind == SimFault::Kind::EditLock && (method == "GET" || method == "HEAD"))
            continue;
        return takeAt(i);
    }
    return std::nullopt;
}

std::optional<SimFault> Faults::takeSignIn()
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (m_faults.at(i).signIn)
            return takeAt(i);
    }
    return std::nullopt;
}

SimFault Faults::takeAt(qsizetype index)
{
    SimFault &fault = m_faults[index];
    const SimFault hit = fault;
    if (fault.count > 0 && --fault.count == 0)
        m_faults.removeAt(index);
    return hit;
}

HttpResponse Faults::response(const SimFault &fault, Product product, const QByteArray &method)
{
    HttpResponse response;
    switch (fault.kind) {
    case SimFault::Kind::EditLock:
        if (product == Product::Zpa) {
            response = HttpResponse::json(
                409, QJsonObject{{u"id"_s, u"api.concurrent.access.error"_s},
                                 {u"reason"_s, u"Another change to this object is in "
                                               "progress. Try again in a few seconds."_s}});
        } else {
            response = HttpResponse::error(409, u"EDIT_LOCK_NOT_AVAILABLE"_s,
                                           u"Another admin is editing the configuration. "
                                           "Wait a few seconds and try again."_s);
        }
        break;
    case SimFault::Kind::ServiceUnavailable:
        if (product == Product::Zpa)
            response = HttpResponse::json(503, QJsonObject{{u"id"_s, u"retryable.server.error"_s}});
        else
            response = HttpResponse::error(503, u"SERVICE_UNAVAILABLE"_s,
                                           u"The service is temporarily unavailable."_s);
        if (!fault.retryAfter.isEmpty())
            response.setHeader("Retry-After", fault.retryAfter);
        break;
    case SimFault::Kind::TooManyRequests:
        response = RateLimits::tooManyRequests(product, method, fault.retryAfter,
                                               retryAfterSecondsForBody(fault.retryAfter));
        break;
    case SimFault::Kind::ServerError:
        response = HttpResponse::error(fault.status, serverErrorCode(fault.status),
                                       u"The server could not complete the request."_s);
        if (!fault.retryAfter.isEmpty())
            response.setHeader("Retry-After", fault.retryAfter);
        break;
    case SimFault::Kind::Unauthorized:
        response = HttpResponse::error(401, u"UNAUTHORIZED"_s,
                                       u"The access token is not valid anymore."_s);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        break;
    case SimFault::Kind::MalformedJson:
        response = HttpResponse::raw(200, "application/json",
                                     "{\"list\": [{\"id\": \"72076540\", \"name\": \"trunc");
        break;
    case SimFault::Kind::Delay:
    case SimFault::Kind::Drop:
    case SimFault::Kind::Truncate:
    case SimFault::Kind::RepeatPage:
    case SimFault::Kind::CycleLinks:
    case SimFault::Kind::RaiseTotal:
        break;
    }
    return response;
}

QString Faults::kindKey(SimFault::Kind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return k.key.toString();
    }
    return {};
}

bool Faults::parseKind(const QString &text, SimFault::Kind *kind)
{
    for (const KindName &k : kKindNames) {
        if (text.compare(k.key, Qt::CaseInsensitive) == 0) {
            if (kind)
                *kind = k.kind;
            return true;
        }
    }
    return false;
}

} // namespace zc::sim
