// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small synchronous HTTP helpers for the simulator's tests: real requests with
// QNetworkAccessManager over loopback, waited for with QSignalSpy.

#include "ControlEndpoint.h"
#include "HeaderFields.h"
#include "SimServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace zc::sim::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    bool hasHeader(QByteArrayView name) const { return sim::hasHeader(headers, name); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class Http
{
public:
    QNetworkAccessManager nam;
    std::optional<QSslConfiguration> ssl;

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000)
    {
        QNetworkRequest request(url);
        if (ssl)
            request.setSslConfiguration(*ssl);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply out;
        out.finished = reply->isFinished() || finished.wait(timeoutMs);
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        out.error = reply->error();
        reply->deleteLater();
        return out;
    }

    Reply get(const QUrl &url, const QByteArray &token = {})
    {
        return send("GET", url, {}, bearer(token));
    }

    Reply postJson(const QUrl &url, const QByteArray &json, const QByteArray &token = {})
    {
        auto headers = bearer(token);
        headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        return send("POST", url, json, headers);
    }

    // The control endpoint as a script steers it: JSON with the run's token. The stats with it.
    Reply control(const SimServer &server, const QByteArray &json)
    {
        return send("POST", controlUrl(server, ControlEndpoint::controlPath), json,
                    {{"Content-Type", "application/json"}, controlToken(server)});
    }
    Reply stats(const SimServer &server)
    {
        return send("GET", controlUrl(server, ControlEndpoint::statsPath), {},
                    {controlToken(server)});
    }
    static QPair<QByteArray, QByteArray> controlToken(const SimServer &server)
    {
        return {QByteArray(ControlEndpoint::tokenHeader), server.controlToken()};
    }
    static QUrl controlUrl(const SimServer &server, const char *path)
    {
        QUrl url = server.apiUrl();
        url.setPath(QString::fromLatin1(path));
        return url;
    }

    // A token request with the given form fields (form-urlencoded, '+' and '&' escaped).
    Reply tokenRequest(const QUrl &tokenUrl, const QList<QPair<QString, QString>> &form,
                       const QByteArray &basicAuth = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
        if (!basicAuth.isEmpty())
            headers.append({QByteArray("Authorization"), "Basic " + basicAuth.toBase64()});
        return send("POST", tokenUrl, formEncode(form), headers);
    }

    static QByteArray formEncode(const QList<QPair<QString, QString>> &form)
    {
        QByteArray body;
        for (const auto &field : form) {
            if (!body.isEmpty())
                body += '&';
            body +=
                QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
        }
        return body;
    }

    // Signs in with a client secret (form fields) and returns the access token.
    QByteArray signIn(const SimServer &server, const QString &clientId, const QString &secret)
    {
        const Reply reply =
            tokenRequest(server.tokenUrl(),
                         {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                          {QStringLiteral("client_id"), clientId},
                          {QStringLiteral("client_secret"), secret},
                          {QStringLiteral("audience"), QStringLiteral("https://api.zscaler.com")}});
        return reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    static QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token)
    {
        if (token.isEmpty())
            return {};
        return {{"Authorization", "Bearer " + token}};
    }
};

inline QUrl apiUrl(const SimServer &server, const QString &path)
{
    QUrl url = server.apiUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

} // namespace zc::sim::test
