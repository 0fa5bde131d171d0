// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZdxService.h"

#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "net/Pager.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zc::ZdxService", text);
}

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

} // namespace

// --- DeepTraceSettings ---------------------------------------------------------------------

bool DeepTraceSettings::isValidLength(int minutes)
{
    return validLengths().contains(minutes);
}

ApiError DeepTraceSettings::validate() const
{
    if (sessionName.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::InvalidInput,
                              tr("A deep trace needs a session name."));
    if (sessionName.trimmed().size() > 128)
        return ApiError::make(ApiError::Kind::InvalidInput,
                              tr("The session name is longer than 128 characters."));
    if (!isValidLength(lengthMinutes))
        return ApiError::make(
            ApiError::Kind::InvalidInput,
            tr("A deep trace lasts 5, 15, 30 or 60 minutes, not %1.").arg(lengthMinutes));
    if (appId < 0 || webProbeId < 0 || cloudPathProbeId < 0)
        return ApiError::make(ApiError::Kind::InvalidInput,
                              tr("Application and probe IDs are positive numbers."));
    return {};
}

QJsonObject DeepTraceSettings::toJson() const
{
    QJsonObject body{{u"session_name"_s, sessionName.trimmed()},
                     {u"session_length_minutes"_s, lengthMinutes},
                     {u"probe_device"_s, probeDevice}};
    if (appId > 0)
        body.insert(u"app_id"_s, appId);
    if (webProbeId > 0)
        body.insert(u"web_probe_id"_s, webProbeId);
    if (cloudPathProbeId > 0)
        body.insert(u"cloudpath_probe_id"_s, cloudPathProbeId);
    return body;
}

QList<DeepTraceResult> allDeepTraceResults()
{
    return {DeepTraceResult::HealthMetrics,   DeepTraceResult::TopProcesses,
            DeepTraceResult::WebProbeMetrics, DeepTraceResult::CloudPathMetrics,
            DeepTraceResult::CloudPath,       DeepTraceResult::Events};
}

QString deepTraceResultPath(DeepTraceResult result)
{
    switch (result) {
    case DeepTraceResult::HealthMetrics:
        return u"health-metrics"_s;
    case DeepTraceResult::TopProcesses:
        return u"top-processes"_s;
    case DeepTraceResult::WebProbeMetrics:
        return u"webprobe-metrics"_s;
    case DeepTraceResult::CloudPathMetrics:
        return u"cloudpath-metrics"_s;
    case DeepTraceResult::CloudPath:
        return u"cloudpath"_s;
    case DeepTraceResult::Events:
        return u"events"_s;
    }
    return {};
}

QString deepTraceResultKey(DeepTraceResult result)
{
    return deepTraceResultPath(result).replace(u'-', u'_');
}

// --- DeepTraceStartJob ---------------------------------------------------------------------

DeepTraceStartJob::DeepTraceStartJob(ApiClient *client, QString deviceId,
                                     DeepTraceSettings settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_deviceId(std::move(deviceId))
    , m_settings(std::move(settings))
{}

QString DeepTraceStartJob::traceId() const
{
    const QJsonValue id = m_answer.value("trace_id"_L1);
    if (id.isDouble())
        return QString::number(id.toInteger());
    return id.toString();
}

void DeepTraceStartJob::start()
{
    if (m_done || m_job)
        return;
    ApiError invalid = m_settings.validate();
    if (!invalid && m_deviceId.trimmed().isEmpty())
        invalid = ApiError::make(ApiError::Kind::InvalidInput, tr("A device ID is needed."));
    if (invalid || !m_client) {
        if (!invalid)
            invalid = ApiError::make(ApiError::Kind::Cancelled);
        invalid.product = Product::Zdx;
        // Not synchronously: the caller connects after startDeepTrace() returned.
        QMetaObject::invokeMethod(
            this, [this, invalid] { finish(invalid); }, Qt::QueuedConnection);
        return;
    }
    ApiRequest request =
        ApiRequest::post(Product::Zdx, {u"devices"_s, m_deviceId.trimmed(), u"deeptraces"_s},
                         QJsonDocument(m_settings.toJson()));
    request.expect = ApiRequest::Expect::JsonObject;
    m_job = m_client->send(request);
    connect(m_job, &ApiJob::succeeded, this, [this](ApiJob *job) {
        m_answer = job->json().object();
        finish({});
    });
    connect(m_job, &ApiJob::failed, this,
            [this](ApiJob *, const ApiError &error) { finish(error); });
}

void DeepTraceStartJob::cancel()
{
    if (m_done)
        return;
    if (m_job)
        m_job->cancel();
    finish(ApiError::make(ApiError::Kind::Cancelled));
}

void DeepTraceStartJob::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (error)
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded(m_answer);
    Q_EMIT finished();
}

// --- DeepTraceResultsJob -------------------------------------------------------------------

DeepTraceResultsJob::DeepTraceResultsJob(ApiClient *client, QString deviceId, QString traceId,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_deviceId(std::move(deviceId))
    , m_traceId(std::move(traceId))
{}

void DeepTraceResultsJob::start()
{
    if (m_done || m_job)
        return;
    m_step = 0;
    m_results = {};
    next();
}

void DeepTraceResultsJob::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_job)
        m_job->cancel();
    Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
}

void DeepTraceResultsJob::next()
{
    const QList<DeepTraceResult> kinds = allDeepTraceResults();
    const int total = int(kinds.size()) + 1;
    if (m_step >= total) {
        m_done = true;
        Q_EMIT finished(m_results);
        return;
    }
    if (!m_client) {
        m_done = true;
        Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
        return;
    }
    QStringList segments = traceSegments(m_deviceId, m_traceId);
    QString key = u"trace"_s;
    if (m_step > 0) {
        segments << deepTraceResultPath(kinds.at(m_step - 1));
        key = deepTraceResultKey(kinds.at(m_step - 1));
    }
    ApiRequest request = ApiRequest::get(Product::Zdx, segments);
    // The trace is an object; the results are mostly lists.
    request.expect = m_step == 0 ? ApiRequest::Expect::JsonObject : ApiRequest::Expect::AnyJson;
    m_job = m_client->send(request);
    connect(m_job, &ApiJob::succeeded, this, [this, key, total](ApiJob *job) {
        if (m_done)
            return;
        const QJsonDocument json = job->json();
        m_results.insert(key, json.isArray() ? QJsonValue(json.array()) : json.object());
        ++m_step;
        Q_EMIT progress(m_step, total);
        next();
    });
    connect(m_job, &ApiJob::failed, this, [this](ApiJob *, const ApiError &error) {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT failed(error);
    });
}

// --- ZdxService ----------------------------------------------------------------------------

ZdxService::ZdxService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PagedFetch *ZdxService::searchDevices(const ZdxDeviceQuery &query, int pageSize)
{
    ApiRequest request = ApiRequest::get(Product::Zdx, {u"devices"_s});
    request.expect = ApiRequest::Expect::JsonObject;
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
    auto *fetch = new PagedFetch(m_client, request, PageStyle::Zdx, pageSize, this);
    fetch->setRecordsKey(u"devices"_s);
    return fetch;
}

PagedFetch *ZdxService::searchUsers(const QString &text, int pageSize)
{
    ApiRequest request = ApiRequest::get(Product::Zdx, {u"users"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    if (!text.trimmed().isEmpty())
        request.setQueryItem(u"q"_s, text.trimmed());
    auto *fetch = new PagedFetch(m_client, request, PageStyle::Zdx, pageSize, this);
    fetch->setRecordsKey(u"users"_s);
    return fetch;
}

PagedFetch *ZdxService::searchUsersById(const QList<int> &userIds, int pageSize)
{
    ApiRequest request = ApiRequest::get(Product::Zdx, {u"users"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    if (!userIds.isEmpty())
        request.setQueryItem(u"userids"_s, numberList(userIds));
    auto *fetch = new PagedFetch(m_client, request, PageStyle::Zdx, pageSize, this);
    fetch->setRecordsKey(u"users"_s);
    return fetch;
}

DeepTraceStartJob *ZdxService::startDeepTrace(const QString &deviceId,
                                              const DeepTraceSettings &settings)
{
    auto *job = new DeepTraceStartJob(m_client, deviceId, settings, this);
    job->start();
    return job;
}

ApiJob *ZdxService::deepTraces(const QString &deviceId)
{
    ApiRequest request = ApiRequest::get(Product::Zdx, {u"devices"_s, deviceId, u"deeptraces"_s});
    request.expect = ApiRequest::Expect::JsonArray;
    return m_client->send(request);
}

ApiJob *ZdxService::deepTrace(const QString &deviceId, const QString &traceId)
{
    ApiRequest request = ApiRequest::get(Product::Zdx, traceSegments(deviceId, traceId));
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

ApiJob *ZdxService::deepTraceResult(const QString &deviceId, const QString &traceId,
                                    DeepTraceResult result)
{
    ApiRequest request = ApiRequest::get(Product::Zdx, traceSegments(deviceId, traceId)
                                                           << deepTraceResultPath(result));
    request.expect = ApiRequest::Expect::AnyJson;
    return m_client->send(request);
}

DeepTraceResultsJob *ZdxService::deepTraceResults(const QString &deviceId, const QString &traceId)
{
    auto *job = new DeepTraceResultsJob(m_client, deviceId, traceId, this);
    job->start();
    return job;
}

ApiJob *ZdxService::deleteDeepTrace(const QString &deviceId, const QString &traceId)
{
    ApiRequest request = ApiRequest::del(Product::Zdx, traceSegments(deviceId, traceId));
    request.expect = ApiRequest::Expect::Nothing;
    return m_client->send(request);
}

} // namespace zc
