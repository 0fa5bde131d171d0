// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace zc::sim {

// One ZPA record as served, with what the routes filter on.
struct ZpaRecord
{
    QJsonObject json;
    QString microtenantId; // "0": Default
    QString haystack;      // lower-cased name and domains, for `search`
};

// The ZPA configuration of the simulated tenant: application segments across the Default
// microtenant and `sizes.zpaMicrotenants` others, with their segment groups and server
// groups. Generated once, deterministically from the seed. The seed document's sample
// segments are always the first ones (verbatim, in the Default microtenant, with the seed's
// shared id "7207654021241"); generated records have unique 18-digit ids. Segment and server
// groups "SIPA" and "ZPA" that the samples name are listed too, under the seed's id.
class ZpaData
{
public:
    // The one customer (ZPA tenant) ID the simulator knows; any other gets 404.
    static constexpr auto kCustomerId = "216196257331281920";

    // sizes.zpaSegments segments in all (0: an empty tenant; up to 5: only samples).
    static ZpaData generate(quint32 seed, const SimDataSizes &sizes);
    // The seed document's example `list`, verbatim (sim/samples/zpa-application-segments.json).
    static QJsonArray seedSegments();
    // What `search` looks in: the lower-cased name and domains.
    static QString searchText(const QJsonObject &record);

    QList<ZpaRecord> segments;
    QList<ZpaRecord> microtenants; // without Default
    QList<ZpaRecord> segmentGroups;
    QList<ZpaRecord> serverGroups;

    bool hasMicrotenant(const QString &id) const { return m_microtenantIds.contains(id); }

private:
    QSet<QString> m_microtenantIds;
};

} // namespace zc::sim
