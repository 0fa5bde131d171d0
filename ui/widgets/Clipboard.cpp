// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Clipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcClipboard, "zconsole.ui.clipboard")

namespace zc {

namespace {
QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QPointer<Clipboard> g_instance;
} // namespace

Clipboard::Clipboard(QObject *parent)
    : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &Clipboard::clearIfOwned);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfOwned);
}

Clipboard::~Clipboard()
{
    // While the application object is being destroyed the clipboard is already gone;
    // aboutToQuit has done the clearing by then.
    if (qGuiApp && !QCoreApplication::closingDown())
        clearIfOwned();
}

Clipboard *Clipboard::instance()
{
    if (!g_instance)
        g_instance = new Clipboard(QCoreApplication::instance());
    return g_instance;
}

void Clipboard::markConcealed(QMimeData *mime)
{
    // KDE Klipper and other freedesktop clipboard managers.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    // Windows: clipboard monitors, clipboard history and cloud clipboard (DWORD 0 = no).
    const QByteArray dwordZero(4, '\0');
    mime->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArrayLiteral("1"));
    mime->setData(u"CanIncludeInClipboardHistory"_s, dwordZero);
    mime->setData(u"CanUploadToCloudClipboard"_s, dwordZero);
    // macOS: the nspasteboard.org conventions understood by clipboard managers.
    mime->setData(u"org.nspasteboard.ConcealedType"_s, QByteArray());
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, QByteArrayLiteral("secret"));
}

void Clipboard::setText(const QString &text, bool sensitive)
{
    if (!qGuiApp)
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    m_clearTimer.stop();
    m_ownedHash.clear();
    auto *mime = new QMimeData;
    mime->setText(text);
    if (sensitive) {
        markConcealed(mime);
        m_ownedHash = hashOf(text);
        m_clearTimer.start(m_clearTimeoutMs);
        qCDebug(lcClipboard) << "sensitive text copied; clearing in" << m_clearTimeoutMs << "ms";
    }
    clipboard->setMimeData(mime, QClipboard::Clipboard);
}

void Clipboard::setClearTimeout(int ms)
{
    m_clearTimeoutMs = qMax(0, ms);
    if (m_clearTimer.isActive())
        m_clearTimer.start(m_clearTimeoutMs);
}

void Clipboard::clearIfOwned()
{
    m_clearTimer.stop();
    if (m_ownedHash.isEmpty())
        return;
    const QByteArray owned = m_ownedHash;
    m_ownedHash.clear();
    if (!qGuiApp)
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hashOf(clipboard->text(QClipboard::Clipboard)) != owned) {
        qCDebug(lcClipboard) << "clipboard changed since; left as it is";
        return;
    }
    clipboard->clear(QClipboard::Clipboard);
    qCDebug(lcClipboard) << "sensitive text cleared";
    Q_EMIT cleared();
}

} // namespace zc
