// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivityModel.h"

#include "widgets/Tone.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ActivityModel::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    const int excess = int(m_entries.size()) - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
}

void ActivityModel::append(const ActivityEntry &entry)
{
    if (int(m_entries.size()) >= m_maxRows) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    // Copy field by field what may be shown; the path never carries a query.
    ActivityEntry kept;
    kept.kind = entry.kind;
    kept.time = entry.time.isValid() ? entry.time : QDateTime::currentDateTime();
    kept.product = entry.product;
    kept.method = entry.method;
    kept.path = entry.path.section(u'?', 0, 0);
    kept.status = entry.status;
    kept.durationMs = entry.durationMs;
    kept.requestId = entry.requestId;
    kept.attempt = entry.attempt;
    kept.waitSeconds = entry.waitSeconds;
    kept.waitReason = entry.waitReason;
    kept.outcome = entry.outcome;
    m_entries.push_back(std::move(kept));
    endInsertRows();
}

void ActivityModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString ActivityModel::statusText(const ActivityEntry &entry) const
{
    if (entry.kind == ActivityEntry::Kind::Wait)
        return {};
    if (entry.status > 0)
        return QString::number(entry.status);
    // No HTTP answer: the transport's word ("network", "timeout").
    return entry.outcome.isEmpty() ? tr("no answer") : entry.outcome;
}

QString ActivityModel::waitText(const ActivityEntry &entry) const
{
    if (entry.kind != ActivityEntry::Kind::Wait)
        return entry.attempt > 1 ? tr("attempt %1").arg(entry.attempt) : QString();
    if (entry.product)
        return waitMessage(*entry.product, entry.waitSeconds, entry.waitReason);
    return tr("waited %n s", nullptr, entry.waitSeconds);
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const ActivityEntry &e = m_entries.at(size_t(index.row()));
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::ToolTipRole ? QLocale().toString(e.time, QLocale::LongFormat)
                                           : e.time.toString(u"HH:mm:ss"_s);
        case ProductColumn:
            if (e.kind == ActivityEntry::Kind::TokenRequest)
                return tr("Sign-in");
            return e.product ? productName(*e.product) : QString();
        case MethodColumn:
            return QString::fromLatin1(e.method);
        case PathColumn:
            return e.path;
        case StatusColumn:
            return statusText(e);
        case DurationColumn:
            if (e.kind == ActivityEntry::Kind::Wait)
                return QString();
            return tr("%1 ms").arg(e.durationMs);
        case RequestIdColumn:
            return e.requestId;
        case WaitColumn:
            return waitText(e);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == DurationColumn || index.column() == StatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (e.kind != ActivityEntry::Kind::Wait && (e.status == 0 || e.status >= 400))
            return QBrush(toneColor(Tone::Error, QGuiApplication::palette()));
        return {};
    }
    if (role == Qt::ForegroundRole && e.kind == ActivityEntry::Kind::Wait)
        return QBrush(toneColor(Tone::Warning, QGuiApplication::palette()));
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProductColumn:
        return tr("Product");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case RequestIdColumn:
        return tr("Request ID");
    case WaitColumn:
        return tr("Waits");
    default:
        return {};
    }
}

} // namespace zc
