// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SecretServiceLock.h"

#include <QObject>
#include <QTimer>
#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::Literals::StringLiterals;

namespace zc {

void isSecretServiceLocked(QObject *context, std::function<void(bool locked)> callback)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
        u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [callback = std::move(callback)](QDBusPendingCallWatcher *done) {
                         done->deleteLater();
                         const QDBusPendingReply<QDBusVariant> reply = *done;
                         callback(!reply.isError() && reply.value().variant().toBool());
                     });
#else
    QTimer::singleShot(0, context, [callback = std::move(callback)] { callback(false); });
#endif
}

} // namespace zc
