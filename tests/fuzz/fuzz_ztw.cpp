// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZTW's answers into its models: Cloud & Branch Connector groups as a tree (groups, VMs,
// instances) and the activation status.
#include "FuzzSupport.h"
#include "ztw/ConnectorGroupTreeModel.h"
#include "ztw/ZtwActivation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument answer = zc::fuzz::json(zc::fuzz::bytes(data, size));

    zc::ConnectorGroupTreeModel groups;
    zc::fuzz::exercise(&groups, [&] { groups.setGroups(zc::fuzz::records(answer)); });
    ZC_FUZZ_CHECK(groups.rowCount() == groups.groupCount());

    zc::fuzz::OpenActivation<zc::ZtwActivation> activation;
    activation.readState(answer.object());
    return 0;
}
