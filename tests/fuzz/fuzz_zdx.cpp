// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZDX's answers into its models: devices and users, deep traces (status, progress, IDs) and
// their results (top processes, events, health metrics).
#include "FuzzSupport.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/EventsModel.h"
#include "zdx/HealthMetricsModel.h"
#include "zdx/TopProcessesModel.h"
#include "zdx/ZdxDeviceModel.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument answer = zc::fuzz::json(zc::fuzz::bytes(data, size));
    const QJsonArray records = zc::fuzz::records(answer);
    // A result answer is an object; an array is offered under each result's key as well.
    QJsonObject result = answer.object();
    if (answer.isArray()) {
        for (const QString &key : {u"events"_s, u"top_processes"_s, u"metrics"_s})
            result.insert(key, answer.array());
    }

    zc::ZdxDeviceModel devices;
    zc::fuzz::exercise(&devices, [&] { devices.setRecords(records); });
    zc::ZdxUserModel users;
    zc::fuzz::exercise(&users, [&] { users.setRecords(records); });

    zc::DeepTraceModel traces;
    zc::fuzz::exercise(&traces, [&] {
        traces.setRecords(records);
        for (const QJsonValue &trace : records)
            traces.updateTrace(trace.toObject());
    });
    for (const QJsonValue &value : records) {
        const QJsonObject trace = value.toObject();
        const int progress = zc::deeptrace::progress(trace);
        ZC_FUZZ_CHECK(progress >= 0 && progress <= 100);
        zc::deeptrace::traceId(trace);
        zc::deeptrace::statusText(trace.value("status"_L1).toString());
    }

    zc::TopProcessesModel processes;
    zc::fuzz::exercise(&processes, [&] { processes.setResult(result); });
    zc::EventsModel events;
    zc::fuzz::exercise(&events, [&] { events.setResult(result); });
    zc::HealthMetricsModel health;
    zc::fuzz::exercise(&health, [&] { health.setResult(result); });
    return 0;
}
