// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "OtpModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc {

OtpModel::OtpModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Monotonic and precise: a clock change must not keep a value shown or hide it early.
    m_clock.start();
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_hideTimer, &QTimer::timeout, this, &OtpModel::hideExpired);
}

OtpModel::~OtpModel() = default; // m_otps wipes its values

int OtpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_otps.size());
}

int OtpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OtpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OtpEntry &entry = m_otps.entries().at(index.row());
    const bool revealed = m_revealed.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return entry.key;
        case NameColumn:
            return OtpSet::kindName(entry.key);
        case ValueColumn:
            if (entry.value.isEmpty())
                return QCoreApplication::translate("zc::OtpModel", "(none)");
            return revealed ? QString::fromUtf8(entry.value) : kMask;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !revealed)
            return QCoreApplication::translate("zc::OtpModel", "Hidden: reveal to show it.");
        return {};
    case ValueRole:
        return QString::fromUtf8(entry.value);
    case RevealedRole:
        return revealed;
    case KindRole:
        return entry.key;
    default:
        return {};
    }
}

bool OtpModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != RevealedRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setRevealed(index.row(), value.toBool());
    return true;
}

Qt::ItemFlags OtpModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant OtpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return QCoreApplication::translate("zc::OtpModel", "Kind");
    case NameColumn:
        return QCoreApplication::translate("zc::OtpModel", "Name");
    case ValueColumn:
        return QCoreApplication::translate("zc::OtpModel", "Value");
    default:
        return {};
    }
}

QHash<int, QByteArray> OtpModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(RevealedRole, "revealed");
    names.insert(KindRole, "kind");
    return names;
}

void OtpModel::setOtps(OtpSet otps)
{
    beginResetModel();
    m_otps = std::move(otps); // the previous values are wiped
    m_revealed = QList<bool>(m_otps.size(), false);
    m_revealedAt = QList<qint64>(m_otps.size(), 0);
    m_hideTimer.stop();
    endResetModel();
}

QStringList OtpModel::kinds() const
{
    QStringList kinds;
    for (const OtpEntry &entry : m_otps.entries())
        kinds.append(entry.key);
    return kinds;
}

void OtpModel::clear()
{
    setOtps(OtpSet());
    m_udid.clear();
}

bool OtpModel::isRevealed(int row) const
{
    return m_revealed.value(row);
}

void OtpModel::setRevealed(int row, bool revealed)
{
    if (row < 0 || row >= m_revealed.size() || m_revealed.at(row) == revealed)
        return;
    m_revealed[row] = revealed;
    m_revealedAt[row] = revealed ? m_clock.elapsed() + 1 : 0; // 0 means hidden
    scheduleHiding();
    const QModelIndex cell = index(row, ValueColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, RevealedRole});
}

void OtpModel::setRevealTimeout(int ms)
{
    m_revealTimeoutMs = std::max(0, ms);
    scheduleHiding();
}

void OtpModel::scheduleHiding()
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (qint64 at : std::as_const(m_revealedAt)) {
        if (at > 0)
            earliest = std::min(earliest, at);
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_hideTimer.stop();
        return;
    }
    const qint64 due = earliest + m_revealTimeoutMs - (m_clock.elapsed() + 1);
    m_hideTimer.start(int(std::clamp<qint64>(due, 0, std::numeric_limits<int>::max())));
}

void OtpModel::hideExpired()
{
    // Same offset as m_revealedAt; a timer that fires early just schedules the rest.
    const qint64 now = m_clock.elapsed() + 1;
    for (int row = 0; row < m_revealedAt.size(); ++row) {
        if (m_revealedAt.at(row) > 0 && m_revealedAt.at(row) + m_revealTimeoutMs <= now)
            setRevealed(row, false);
    }
    scheduleHiding();
}

bool OtpModel::hasValue(int row) const
{
    return !m_otps.entries().at(row).value.isEmpty();
}

bool OtpModel::hasValues() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (hasValue(row))
            return true;
    }
    return false;
}

bool OtpModel::allValuesRevealed() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (hasValue(row) && !m_revealed.at(row))
            return false;
    }
    return true;
}

void OtpModel::toggleValuesRevealed()
{
    if (!hasValues())
        return;
    const bool reveal = !allValuesRevealed();
    for (int row = 0; row < rowCount(); ++row) {
        if (hasValue(row))
            setRevealed(row, reveal);
    }
}

int OtpModel::mainRow() const
{
    int first = -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (!hasValue(row))
            continue;
        if (m_otps.entries().at(row).key == "otp"_L1)
            return row;
        if (first < 0)
            first = row;
    }
    return first;
}

void OtpModel::setAllRevealed(bool revealed)
{
    for (int row = 0; row < m_revealed.size(); ++row)
        setRevealed(row, revealed);
}

void OtpModel::load(ZccOtpJob *job)
{
    m_job.follow(job, [this](ZccOtpJob *done) {
        m_udid = done->udid();
        setOtps(done->takeOtps());
        return rowCount();
    });
}

} // namespace zc
