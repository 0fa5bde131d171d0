// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectorStatusProxyModel.h"

#include "widgets/Tone.h"

#include <QGuiApplication>

#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ConnectorStatusProxyModel::ConnectorStatusProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_up(circleIcon(toneColor(Tone::Success, QGuiApplication::palette())))
    , m_down(circleIcon(toneColor(Tone::Error, QGuiApplication::palette())))
    , m_unknown(circleIcon(QGuiApplication::palette().color(QPalette::PlaceholderText)))
{}

void ConnectorStatusProxyModel::setTreeModel(ConnectorGroupTreeModel *model)
{
    if (m_loading)
        disconnect(m_loading);
    m_tree = model;
    setSourceModel(model);
    if (model) {
        m_loading = connect(model, &ConnectorGroupTreeModel::loadingChanged, this,
                            &ConnectorStatusProxyModel::loadingChanged);
    }
}

QIcon ConnectorStatusProxyModel::circleIcon(const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal margin = size / 4.0;
        const qreal rim = size / 16.0;
        painter.setPen(QPen(color.darker(135), rim));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString ConnectorStatusProxyModel::statusText(NodeStatus status)
{
    switch (status) {
    case NodeStatus::Up:
        return tr("Active");
    case NodeStatus::Down:
        return tr("Inactive");
    case NodeStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QIcon ConnectorStatusProxyModel::statusIcon(NodeStatus status) const
{
    switch (status) {
    case NodeStatus::Up:
        return m_up;
    case NodeStatus::Down:
        return m_down;
    case NodeStatus::Unknown:
        break;
    }
    return m_unknown;
}

QVariant ConnectorStatusProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == StatusTextRole || (index.column() == ConnectorGroupTreeModel::NameColumn &&
                                   (role == Qt::DecorationRole || role == Qt::ToolTipRole))) {
        const auto status = static_cast<NodeStatus>(
            QIdentityProxyModel::data(index, ConnectorGroupTreeModel::StatusRole).toInt());
        if (role == Qt::DecorationRole)
            return statusIcon(status);
        if (role == StatusTextRole)
            return statusText(status);
        // The status first, then the name, which the column may elide.
        const QString name = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
        return tr("%1 — %2").arg(statusText(status), name);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace zc
