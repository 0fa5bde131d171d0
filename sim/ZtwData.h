// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>

namespace zc::sim {

// The Cloud & Branch Connector groups of the simulated tenant, as GET /ztw/api/v1/ecgroup
// returns them: group -> ecVMs -> ecInstances. The seed document's two sample groups come
// first, verbatim; the others are generated deterministically from the seed on AWS, Azure and
// GCP with 1-3 VMs each (some ACTIVE, some INACTIVE), 1-2 instances per VM and varying build
// versions.
class ZtwData
{
public:
    // `count` groups in all (0: an empty tenant; 1: only the seed's first group).
    static QJsonArray generateGroups(quint32 seed, int count);
    // The seed document's example answer, verbatim (sim/samples/ztw-ecgroup.json).
    static QJsonArray seedGroups();
};

} // namespace zc::sim
