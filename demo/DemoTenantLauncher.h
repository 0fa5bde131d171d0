// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/DemoLauncher.h"

namespace zc {

// The demo tenant as the UI asks for it: each start() runs a fresh DemoTenant (the simulator
// in-process) with its default options. The GUI entry point installs one in the Session.
class DemoTenantLauncher : public DemoLauncher
{
public:
    QString displayName() const override;
    QObject *start(QObject *parent, ConnectionSettings *settings, Credentials *credentials,
                   QString *error) override;
    QObject *startInBackground(QObject *parent, Started started) override;
};

} // namespace zc
