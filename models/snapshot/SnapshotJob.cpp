// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotJob.h"

#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "net/Pager.h"
#include "zia/ZiaService.h"
#include "zid/ZidService.h"
#include "zpa/ZpaService.h"
#include "ztw/ZtwService.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace zc {

SnapshotJob::SnapshotJob(ApiClient *client, QObject *parent)
    : ClientJob(client, parent)
{}

int SnapshotJob::collectionCount()
{
    return static_cast<int>(SnapshotCollectionSpec::all().size());
}

void SnapshotJob::run()
{
    if (!client()) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"no API client"_s));
        return;
    }
    m_snapshot = {};
    m_snapshot.tenant = Snapshot::describeTenant(client()->settings());
    m_snapshot.takenAt = QDateTime::currentDateTimeUtc();
    m_snapshot.zconsoleVersion = QStringLiteral(ZCONSOLE_VERSION);
    m_index = -1;
    next();
}

void SnapshotJob::next()
{
    if (!isRunning())
        return; // cancelled while the next collection was queued
    const QList<SnapshotCollectionSpec> &specs = SnapshotCollectionSpec::all();
    while (++m_index < specs.size()) {
        const SnapshotCollectionSpec &spec = specs.at(m_index);
        Q_EMIT progress(m_index, collectionCount(), spec.key, 0);
        if (!isRunning())
            return; // cancelled by a slot of progress()
        ApiError error;
        Job *step = startCollection(spec, &error);
        if (step)
            return; // next() again when it ends
        if (!keepFailure(error)) {
            fail(error);
            return;
        }
    }
    succeed();
}

Job *SnapshotJob::startCollection(const SnapshotCollectionSpec &spec, ApiError *error)
{
    const auto failure = [this](const ApiError &e) {
        if (!keepFailure(e))
            return false;
        // Go on after this turn, once the failed step is done with.
        QMetaObject::invokeMethod(this, &SnapshotJob::next, Qt::QueuedConnection);
        return true;
    };
    const auto followPages = [&](PagedFetch *fetch) -> Job * {
        if (!fetch)
            return nullptr;
        const int index = m_index;
        const QString key = spec.key;
        connect(fetch, &PagedFetch::progress, this, [this, index, key](int, int, int records) {
            Q_EMIT progress(index, collectionCount(), key, records);
        });
        return follow(
            fetch,
            [this](PagedFetch *done) {
                keep(done->records());
                next();
            },
            failure);
    };
    const auto followObject = [&](ApiJob *job) -> Job * {
        return follow(
            job,
            [this](ApiJob *done) {
                keep(QJsonArray{done->json().object()});
                next();
            },
            failure);
    };

    // Services are children of the job: their fetches live as long as it does.
    if (spec.key == "zpa.applicationSegments"_L1)
        return followPages((new ZpaService(client(), this))
                               ->applicationSegments(ZpaService::kAllMicrotenants, {}, error));
    if (spec.key == "zpa.segmentGroups"_L1)
        return followPages(
            (new ZpaService(client(), this))->segmentGroups(ZpaService::kAllMicrotenants, error));
    if (spec.key == "zpa.serverGroups"_L1)
        return followPages(
            (new ZpaService(client(), this))->serverGroups(ZpaService::kAllMicrotenants, error));
    if (spec.key == "ztw.connectorGroups"_L1)
        return followPages((new ZtwService(client(), this))->groups());
    if (spec.key == "zid.users"_L1)
        return followPages((new ZidService(client(), this))->users());
    if (spec.key == "zid.groups"_L1)
        return followPages((new ZidService(client(), this))->groups());
    if (spec.key == "zia.activation"_L1)
        return followObject((new ZiaService(client(), this))->activationStatus());
    if (spec.key == "ztw.activation"_L1)
        return followObject((new ZtwService(client(), this))->activationStatus());
    *error = ApiError::make(ApiError::Kind::InvalidInput, spec.key);
    return nullptr;
}

void SnapshotJob::keep(const QJsonArray &records)
{
    const SnapshotCollectionSpec &spec = SnapshotCollectionSpec::all().at(m_index);
    SnapshotCollection collection;
    collection.key = spec.key;
    collection.product = spec.product;
    collection.records = records;
    m_snapshot.collections.append(collection);
}

bool SnapshotJob::keepFailure(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (error.kind == Kind::Cancelled || error.kind == Kind::Authentication ||
        error.kind == Kind::Tls)
        return false; // the job fails with it
    const SnapshotCollectionSpec &spec = SnapshotCollectionSpec::all().at(m_index);
    m_snapshot.collections.append(SnapshotCollection::missing(spec.key, spec.product, error));
    return true;
}

} // namespace zc
