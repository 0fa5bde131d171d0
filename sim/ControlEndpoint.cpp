// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ControlEndpoint.h"

#include "DataChanges.h"
#include "Faults.h"
#include "ProductRoutes.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

// Parses {"kind": ..., "count", "product", "method", "retryAfter", "delayMs", "status",
// "signIn"}.
bool parseFault(const QJsonValue &value, SimFault *fault, QString *error)
{
    if (!value.isObject()) {
        *error = u"\"fault\" must be an object."_s;
        return false;
    }
    const QJsonObject object = value.toObject();
    static const QStringList known{u"kind"_s,       u"count"_s,   u"product"_s, u"method"_s,
                                   u"retryAfter"_s, u"delayMs"_s, u"status"_s,  u"signIn"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"Unknown fault field \"%1\"."_s.arg(it.key());
            return false;
        }
    }
    if (!Faults::parseKind(object.value(u"kind"_s).toString(), &fault->kind)) {
        *error = u"Unknown fault kind."_s;
        return false;
    }
    if (object.contains(u"count"_s)) {
        if (!object.value(u"count"_s).isDouble()) {
            *error = u"\"count\" must be a number."_s;
            return false;
        }
        fault->count = object.value(u"count"_s).toInt();
    }
    if (object.contains(u"product"_s)) {
        Product product;
        if (!parseProduct(object.value(u"product"_s).toString(), &product)) {
            *error = u"Unknown product."_s;
            return false;
        }
        fault->product = product;
    }
    fault->method = object.value(u"method"_s).toString().toUpper().toLatin1();
    fault->retryAfter = object.value(u"retryAfter"_s).toString().toLatin1();
    fault->delayMs = object.value(u"delayMs"_s).toInt(fault->delayMs);
    fault->status = object.value(u"status"_s).toInt(fault->status);
    fault->signIn = object.value(u"signIn"_s).toBool();
    if (fault->status < 100 || fault->status > 599) {
        *error = u"\"status\" must be an HTTP status."_s;
        return false;
    }
    return true;
}

} // namespace

bool ControlEndpoint::handles(const QString &path)
{
    return path == QLatin1StringView(controlPath) || path == QLatin1StringView(statsPath);
}

HttpResponse ControlEndpoint::handle(const SimRequest &request, SimServer &server)
{
    if (!request.remoteAddress.isLoopback())
        return HttpResponse::error(403, u"FORBIDDEN"_s,
                                   u"The control endpoint only answers on loopback."_s);
    // Loopback is not enough: any web page the user's browser shows can POST there. The
    // token (a header, which a page cannot add without a CORS preflight this server never
    // answers) proves the caller read the env file or the startup output.
    const QByteArray token = request.header(tokenHeader);
    const QByteArray expected = server.controlToken();
    if (token.size() != expected.size() ||
        CRYPTO_memcmp(token.constData(), expected.constData(), size_t(expected.size())) != 0)
        return HttpResponse::error(
            403, u"FORBIDDEN"_s,
            u"The control endpoint needs the header %1 with this run's token "
            "(ZSCALER_SIM_CONTROL_TOKEN in the env file, \"Control token\" in the output)."_s.arg(
                QLatin1StringView(tokenHeader)));
    if (request.path == QLatin1StringView(statsPath)) {
        if (!request.isRead())
            return methodNotAllowed("GET");
        return stats(server);
    }
    if (request.method != "POST")
        return methodNotAllowed("POST");
    // JSON only: a form or text/plain POST is what a page sends without a preflight.
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed();
    if (type.compare("application/json", Qt::CaseInsensitive) != 0)
        return HttpResponse::error(415, u"UNSUPPORTED_MEDIA_TYPE"_s,
                                   u"The control request must be sent as application/json."_s);
    return control(request, server);
}

HttpResponse ControlEndpoint::control(const SimRequest &request, SimServer &server)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::invalidInput(u"The control request must be a JSON object."_s);
    const QJsonObject object = document.object();
    if (object.isEmpty())
        return HttpResponse::invalidInput(u"The control request is empty."_s);

    // Validate everything before changing anything.
    SimFault fault;
    bool hasFault = false;
    QString clientId;
    int lifetime = 0;
    SimDataChange change;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        QString error;
        if (key == "readOnly"_L1 || key == "clearFaults"_L1 || key == "revokeTokens"_L1) {
            if (!value.isBool())
                return HttpResponse::invalidInput(u"\"%1\" must be true or false."_s.arg(key));
        } else if (key == "fault"_L1) {
            if (!parseFault(value, &fault, &error))
                return HttpResponse::invalidInput(error);
            hasFault = true;
        } else if (key == "tokenLifetime"_L1) {
            const QJsonObject t = value.toObject();
            clientId = t.value(u"clientId"_s).toString();
            lifetime = t.value(u"seconds"_s).toInt();
            if (clientId.isEmpty() || lifetime <= 0)
                return HttpResponse::invalidInput(
                    u"\"tokenLifetime\" needs a clientId and a positive number of seconds."_s);
        } else if (key == "clockScale"_L1) {
            if (!value.isDouble() || !(value.toDouble() > 0) || value.toDouble() > 1e6)
                return HttpResponse::invalidInput(u"\"clockScale\" must be a positive number."_s);
        } else if (key == "ziaActivationStatus"_L1) {
            const QString status = value.toString();
            if (status != "ACTIVE"_L1 && status != "PENDING"_L1)
                return HttpResponse::invalidInput(
                    u"\"ziaActivationStatus\" must be ACTIVE or PENDING."_s);
        } else if (key == "change"_L1) {
            if (!DataChanges::parse(value, &change, &error))
                return HttpResponse::invalidInput(error);
        } else {
            return HttpResponse::invalidInput(u"Unknown control field \"%1\"."_s.arg(key));
        }
    }

    if (object.value(u"clearFaults"_s).toBool())
        server.clearFaults();
    if (object.contains(u"readOnly"_s))
        server.setReadOnly(object.value(u"readOnly"_s).toBool());
    if (hasFault)
        server.injectFault(fault);
    if (object.value(u"revokeTokens"_s).toBool())
        server.revokeAllTokens();
    if (!clientId.isEmpty())
        server.setTokenLifetime(clientId, lifetime);
    if (object.contains(u"ziaActivationStatus"_s))
        server.setZiaActivationStatus(object.value(u"ziaActivationStatus"_s).toString());
    if (object.contains(u"clockScale"_s))
        server.setClockScale(object.value(u"clockScale"_s).toDouble());
    // Last: the one change that can still be refused (an unknown record) leaves the others done.
    QString changeError;
    if (object.contains(u"change"_s) && !server.changeData(change, &changeError))
        return HttpResponse::invalidInput(changeError);
    return HttpResponse::json(200, QJsonObject{{u"ok"_s, true}});
}

HttpResponse ControlEndpoint::stats(SimServer &server)
{
    QJsonArray requests;
    const QList<RecordedRequest> recorded = server.recordedRequests();
    for (const RecordedRequest &r : recorded) {
        requests.append(QJsonObject{
            {u"method"_s, QString::fromLatin1(r.method)},
            {u"path"_s, r.path},
            {u"status"_s, r.status},
            {u"product"_s, r.product ? QJsonValue(productKey(*r.product)) : QJsonValue()},
        });
    }
    return HttpResponse::json(200,
                              QJsonObject{{u"tokenRequests"_s, server.tokenRequestCount()},
                                          {u"requests"_s, requests},
                                          {u"readOnly"_s, server.isReadOnly()},
                                          {u"ziaActivationStatus"_s, server.ziaActivationStatus()},
                                          {u"clockScale"_s, server.clockScale()}});
}

} // namespace zc::sim
