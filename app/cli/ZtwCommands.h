// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli ztw groups`, `ztw activation status`, `ztw activation activate`. `args`
// starts with the word "ztw".
//
// `ztw groups` prints, as JSON, the groups exactly as GET /ecgroup returned them (every
// page, field names unchanged, VMs and instances nested). CSV and table print one row per VM
// (the level that carries the gateway, broker and build): group, vm, status
// (operationalStatus), platform, zone, natIp, ziaGateway, zpaBroker, build, instances (their
// count); a group without VMs still gets one row with the VM columns empty.
int runZtwCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
