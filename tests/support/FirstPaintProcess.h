// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Header only: bench/ColdStartBench.cpp uses it too, without the test support library.

#include <QProcessEnvironment>
#include <QString>

namespace zc::test {

// The environment of a desktop program started to report its first paint
// (ZCONSOLE_REPORT_FIRST_PAINT) that must read nothing of the user's: offscreen, HOME and the
// XDG folders under `home` (no profile, no setting), no session bus (no keychain), no logging
// rules of the caller's.
inline QProcessEnvironment firstPaintEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ZCONSOLE_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home);
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(name), home + u'/' + QString::fromLatin1(name));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

} // namespace zc::test
