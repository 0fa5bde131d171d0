// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Snapshot.h"
#include "net/Job.h"

namespace zc {

class ApiClient;

// Takes a snapshot of the tenant: every collection of SnapshotCollectionSpec::all(), one
// request at a time through the products' services and the pager, so that the rate limits
// and their waits apply as everywhere else. A collection the tenant refuses (not entitled,
// read-only, not configured, any other error) is kept with the reason and the job goes on;
// a failed sign-in, a TLS failure or a cancel ends the job (nothing would be worth keeping).
// Read snapshot() in a slot connected to succeeded().
class SnapshotJob : public ClientJob
{
    Q_OBJECT
public:
    explicit SnapshotJob(ApiClient *client, QObject *parent = nullptr);

    const Snapshot &snapshot() const { return m_snapshot; }
    // How many collections the job takes.
    static int collectionCount();

Q_SIGNALS:
    // Collection `index` (from 0) of `count` is being read; `records` loaded so far.
    void progress(int index, int count, const QString &key, int records);

protected:
    void run() override;

private:
    void next();
    void keep(const QJsonArray &records);
    // Keeps the collection as missing; false when the error must end the job instead.
    bool keepFailure(const ApiError &error);
    Job *startCollection(const SnapshotCollectionSpec &spec, ApiError *error);

    Snapshot m_snapshot;
    int m_index = -1;
};

} // namespace zc
