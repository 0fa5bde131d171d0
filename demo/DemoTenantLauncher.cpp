// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DemoTenantLauncher.h"

#include "DemoTenant.h"

namespace zc {

QString DemoTenantLauncher::displayName() const
{
    return DemoTenant::displayName();
}

QObject *DemoTenantLauncher::start(QObject *parent, ConnectionSettings *settings,
                                   Credentials *credentials, QString *error)
{
    auto *demo = new DemoTenant(parent);
    if (!demo->start(DemoTenant::defaultOptions(), error)) {
        delete demo;
        return nullptr;
    }
    *settings = demo->settings();
    *credentials = demo->credentials();
    return demo;
}

QObject *DemoTenantLauncher::startInBackground(QObject *parent, Started started)
{
    auto *demo = new DemoTenant(parent);
    QObject::connect(demo, &DemoTenant::ready, demo,
                     [demo, started] { started({}, demo->settings(), demo->credentials()); });
    QObject::connect(demo, &DemoTenant::failed, demo,
                     [started](const QString &error) { started(error, {}, {}); });
    demo->startInBackground(DemoTenant::defaultOptions());
    return demo;
}

} // namespace zc
