// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZIdentity's answers into its models: users, groups and a group's members.
#include "FuzzSupport.h"
#include "zid/ZidListModels.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonArray records = zc::fuzz::records(zc::fuzz::json(zc::fuzz::bytes(data, size)));

    zc::UserModel users(nullptr);
    zc::fuzz::exercise(&users, [&] { users.setRecords(records); });
    zc::GroupModel groups(nullptr);
    zc::fuzz::exercise(&groups, [&] { groups.setRecords(records); });
    zc::GroupMemberModel members(nullptr);
    zc::fuzz::exercise(&members, [&] { members.setRecords(records); });
    return 0;
}
