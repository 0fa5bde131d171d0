// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/Credentials.h"
#include "oneapi/ConnectionSettings.h"

#include <QObject>
#include <QString>

#include <functional>

namespace zc {

// What the UI knows of the demo tenant: something that starts a tenant inside the application
// and says how to sign in to it. The demo library implements it (DemoTenantLauncher) and the
// GUI entry point hands it to the Session; a build without the demo has none, and then the
// application offers no demo. The UI never sees the simulator behind it.
class DemoLauncher
{
public:
    virtual ~DemoLauncher() = default;

    // "Demo tenant", translated: the profile and tenant name the session shows.
    virtual QString displayName() const = 0;

    // Starts a demo tenant: returns the object that keeps it running (a child of `parent`;
    // deleting it stops the tenant) and fills the settings and credentials that sign in to it.
    // Null, with a translated *error, when it cannot start.
    virtual QObject *start(QObject *parent, ConnectionSettings *settings, Credentials *credentials,
                           QString *error) = 0;

    // What startInBackground() hands over, on the UI thread: the settings and credentials that
    // sign in to the tenant, or a translated error (then the tenant's object is of no use).
    using Started = std::function<void(const QString &error, const ConnectionSettings &settings,
                                       Credentials credentials)>;
    // The same without blocking the UI thread for the slow part (the tenant's data, its key):
    // returns at once the object that keeps the tenant (as start() does) and calls `started`
    // later, never after that object is deleted.
    virtual QObject *startInBackground(QObject *parent, Started started) = 0;
};

} // namespace zc
