// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "AlertHighlightProxy.h"

#include "widgets/Tone.h"

#include <QApplication>
#include <QFont>
#include <QMetaMethod>
#include <QStyle>

namespace zc {

AlertHighlightProxy::AlertHighlightProxy(int alertRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_alertRole(alertRole)
{}

void AlertHighlightProxy::setSourceModel(QAbstractItemModel *source)
{
    if (m_loading)
        disconnect(m_loading);
    QIdentityProxyModel::setSourceModel(source);
    if (!source)
        return;
    const QMetaObject *meta = source->metaObject();
    const int signal = meta->indexOfSignal("loadingChanged(bool)");
    if (signal >= 0) {
        m_loading =
            connect(source, meta->method(signal), this,
                    metaObject()->method(metaObject()->indexOfSignal("loadingChanged(bool)")));
    }
}

QColor AlertHighlightProxy::alertBackground()
{
    return toneBackground(Tone::Error, QGuiApplication::palette());
}

QColor AlertHighlightProxy::alertForeground()
{
    return toneColor(Tone::Error, QGuiApplication::palette());
}

bool AlertHighlightProxy::isAlert(const QModelIndex &index) const
{
    return index.isValid() && QIdentityProxyModel::data(index, m_alertRole).toBool();
}

QVariant AlertHighlightProxy::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::BackgroundRole:
        if (isAlert(index))
            return alertBackground();
        break;
    case Qt::ForegroundRole:
        if (isAlert(index))
            return alertForeground();
        break;
    case Qt::FontRole:
        if (isAlert(index)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == 0 && isAlert(index))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace zc
