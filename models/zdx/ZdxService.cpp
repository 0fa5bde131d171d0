// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZdxService.h"

#include "net/ApiJob.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

using Expect = ApiRequest::Expect;

QString numberList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QStringList traceSegments(const QString &deviceId, const QString &traceId)
{
    return {u"devices"_s, deviceId, u"deeptraces"_s, traceId};
}

// GET /users filtered by one query item (none when `value` is empty).
ApiRequest usersRequest(const QString &key, const QString &value)
{
    ApiRequest request = ApiRequest::get(Product::Zdx, {u"users"_s}).expecting(Expect::JsonObject);
    if (!value.isEmpty())
        request.setQueryItem(key, value);
    return request;
}

} // namespace

ZdxService::ZdxService(ApiClient *client, QObject *parent)
    : Service(client, parent)
{}

PagedFetch *ZdxService::searchDevices(const ZdxDeviceQuery &query, int pageSize)
{
    ApiRequest request =
        ApiRequest::get(Product::Zdx, {u"devices"_s}).expecting(Expect::JsonObject);
    if (!query.text.trimmed().isEmpty())
        request.setQueryItem(u"q"_s, query.text.trimmed());
    if (!query.emails.isEmpty())
        request.setQueryItem(u"emails"_s, query.emails.join(u','));
    if (!query.userIds.isEmpty())
        request.setQueryItem(u"userids"_s, numberList(query.userIds));
    if (query.from >= 0)
        request.setQueryItem(u"from"_s, QString::number(query.from));
    if (query.to >= 0)
        request.setQueryItem(u"to"_s, QString::number(query.to));
    return pages(request, PageStyle::Zdx, pageSize, u"devices"_s);
}

PagedFetch *ZdxService::searchUsers(const QString &text, int pageSize)
{
    return pages(usersRequest(u"q"_s, text.trimmed()), PageStyle::Zdx, pageSize, u"users"_s);
}

PagedFetch *ZdxService::searchUsersById(const QList<int> &userIds, int pageSize)
{
    return pages(usersRequest(u"userids"_s, numberList(userIds)), PageStyle::Zdx, pageSize,
                 u"users"_s);
}

DeepTraceStartJob *ZdxService::startDeepTrace(const QString &deviceId,
                                              const DeepTraceSettings &settings)
{
    return start<DeepTraceStartJob>(deviceId, settings);
}

ApiJob *ZdxService::deepTraces(const QString &deviceId)
{
    return send(ApiRequest::get(Product::Zdx, {u"devices"_s, deviceId, u"deeptraces"_s})
                    .expecting(Expect::JsonArray));
}

ApiJob *ZdxService::deepTrace(const QString &deviceId, const QString &traceId)
{
    return send(deepTraceRequest(deviceId, traceId));
}

ApiJob *ZdxService::deepTraceResult(const QString &deviceId, const QString &traceId,
                                    DeepTraceResult result)
{
    return send(deepTraceResultRequest(deviceId, traceId, result));
}

DeepTraceResultsJob *ZdxService::deepTraceResults(const QString &deviceId, const QString &traceId)
{
    return start<DeepTraceResultsJob>(deviceId, traceId);
}

ApiJob *ZdxService::deleteDeepTrace(const QString &deviceId, const QString &traceId)
{
    return send(ApiRequest::del(Product::Zdx, traceSegments(deviceId, traceId)));
}

ApiRequest ZdxService::deepTraceRequest(const QString &deviceId, const QString &traceId)
{
    return ApiRequest::get(Product::Zdx, traceSegments(deviceId, traceId))
        .expecting(Expect::JsonObject);
}

ApiRequest ZdxService::deepTraceResultRequest(const QString &deviceId, const QString &traceId,
                                              DeepTraceResult result)
{
    return ApiRequest::get(Product::Zdx, traceSegments(deviceId, traceId)
                                             << deepTraceResultPath(result))
        .expecting(Expect::AnyJson); // most results are lists
}

ApiRequest ZdxService::startDeepTraceRequest(const QString &deviceId,
                                             const DeepTraceSettings &settings)
{
    return ApiRequest::post(Product::Zdx, {u"devices"_s, deviceId.trimmed(), u"deeptraces"_s},
                            QJsonDocument(settings.toJson()))
        .expecting(Expect::JsonObject);
}

} // namespace zc
