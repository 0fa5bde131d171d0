// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CompletedTrace.h"

#include "SimFixture.h"
#include "TenantData.h"
#include "net/ApiJob.h"
#include "zdx/CloudPathModel.h"
#include "zdx/ZdxService.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace zc::test {

sim::SimOptions resultTestOptions()
{
    sim::SimOptions o;
    o.sizes.devices = 20;
    o.sizes.users = 15;
    o.enforceRateLimits = false;
    return o;
}

CompletedTrace runTraceToTheEnd(SimFixture &sim, ApiClient *client, int deviceIndex, int minutes,
                                bool probes)
{
    CompletedTrace done;
    done.minutes = minutes;
    done.deviceId = QString::number(sim.server().tenantData().devices.at(deviceIndex).zdxDeviceId);
    ZdxService zdx(client);
    DeepTraceSettings settings;
    settings.sessionName = u"slow Teams for the helpdesk"_s;
    settings.lengthMinutes = minutes;
    settings.probeDevice = true;
    if (probes) {
        settings.appId = 2;
        settings.webProbeId = 21;
        settings.cloudPathProbeId = 22;
    }
    std::unique_ptr<DeepTraceStartJob> start(zdx.startDeepTrace(done.deviceId, settings));
    if (!waitForJob(start.get())) {
        done.error = u"the trace did not start"_s;
        return done;
    }
    if (start->error()) {
        done.error = start->error().message();
        return done;
    }
    done.traceId = start->traceId();

    // Minutes of simulated time in a fraction of a second, then back to real time.
    const double scale = sim.server().clockScale();
    sim.server().setClockScale(3000);
    QDeadlineTimer deadline(20000);
    QString status;
    while (status != "completed"_L1 && !deadline.hasExpired()) {
        QTest::qWait(250); // ZDX answers 5 calls a second
        ApiJob *job = zdx.deepTrace(done.deviceId, done.traceId);
        job->setAutoDelete(false);
        if (waitForJob(job))
            status = job->json().object().value("status"_L1).toString();
        delete job;
    }
    sim.server().setClockScale(scale);
    if (status != "completed"_L1) {
        done.error = u"the trace did not complete"_s;
        return done;
    }

    std::unique_ptr<DeepTraceResultsJob> results(zdx.deepTraceResults(done.deviceId, done.traceId));
    if (!waitForJob(results.get()) || results->error()) {
        done.error = u"the results did not load"_s;
        return done;
    }
    done.results = results->results();
    return done;
}

int hopRow(const CloudPathModel &model, const QString &prefix)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.record(row).value("ip"_L1).toString().startsWith(prefix))
            return row;
    }
    return -1;
}

} // namespace zc::test
