// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraceModel.h"

#include "common/RecordExporter.h"
#include "zdx/ResultColumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace deeptrace {

namespace {

struct StatusName
{
    DeepTraceStatus status;
    const char *key;
    const char *text;
};

constexpr StatusName kStatuses[] = {
    {DeepTraceStatus::NotStarted, "not_started", QT_TRANSLATE_NOOP("zc::DeepTrace", "Not started")},
    {DeepTraceStatus::Started, "started", QT_TRANSLATE_NOOP("zc::DeepTrace", "Started")},
    {DeepTraceStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("zc::DeepTrace", "In progress")},
    {DeepTraceStatus::AbortInitiated, "abort_initiated",
     QT_TRANSLATE_NOOP("zc::DeepTrace", "Abort initiated")},
    {DeepTraceStatus::Aborted, "aborted", QT_TRANSLATE_NOOP("zc::DeepTrace", "Aborted")},
    {DeepTraceStatus::Expired, "expired", QT_TRANSLATE_NOOP("zc::DeepTrace", "Expired")},
    {DeepTraceStatus::Failed, "failed", QT_TRANSLATE_NOOP("zc::DeepTrace", "Failed")},
    {DeepTraceStatus::Incomplete, "incomplete", QT_TRANSLATE_NOOP("zc::DeepTrace", "Incomplete")},
    {DeepTraceStatus::Completed, "completed", QT_TRANSLATE_NOOP("zc::DeepTrace", "Completed")},
};

} // namespace

DeepTraceStatus parseStatus(const QString &key)
{
    const QString k = key.trimmed().toLower().replace(u' ', u'_');
    for (const StatusName &s : kStatuses) {
        if (k == QLatin1StringView(s.key))
            return s.status;
    }
    return DeepTraceStatus::Unknown;
}

QString statusKey(DeepTraceStatus status)
{
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.key);
    }
    return {};
}

QString statusText(DeepTraceStatus status)
{
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QCoreApplication::translate("zc::DeepTrace", s.text);
    }
    return QCoreApplication::translate("zc::DeepTrace", "Unknown");
}

QString statusText(const QString &key)
{
    const DeepTraceStatus status = parseStatus(key);
    return status == DeepTraceStatus::Unknown ? key : statusText(status);
}

bool isTerminal(DeepTraceStatus status)
{
    switch (status) {
    case DeepTraceStatus::Aborted:
    case DeepTraceStatus::Expired:
    case DeepTraceStatus::Failed:
    case DeepTraceStatus::Incomplete:
    case DeepTraceStatus::Completed:
        return true;
    default:
        return false;
    }
}

bool isActive(DeepTraceStatus status)
{
    switch (status) {
    case DeepTraceStatus::NotStarted:
    case DeepTraceStatus::Started:
    case DeepTraceStatus::InProgress:
    case DeepTraceStatus::AbortInitiated:
        return true;
    default:
        return false;
    }
}

int progress(const QJsonObject &trace)
{
    const DeepTraceStatus status = parseStatus(trace.value("status"_L1).toString());
    if (isTerminal(status))
        return 100;
    if (status == DeepTraceStatus::NotStarted || status == DeepTraceStatus::Unknown)
        return 0;
    const QJsonObject details = trace.value("trace_details"_L1).toObject();
    const double total = details.value("session_length_minutes"_L1).toDouble() * 60.0;
    const QJsonValue expected = trace.value("expected_time"_L1);
    if (!std::isfinite(total) || total <= 0 || !expected.isDouble())
        return 0; // (an infinite length would make the share NaN, and its cast undefined)
    const double left = std::clamp(expected.toDouble(), 0.0, total);
    return std::clamp(static_cast<int>(100.0 * (total - left) / total), 0, 99);
}

QString traceId(const QJsonObject &trace)
{
    const QJsonValue id = trace.value("trace_id"_L1);
    if (id.isDouble())
        return QString::number(id.toInteger());
    return id.toString();
}

} // namespace deeptrace

namespace {

RecordColumn detailColumn(const QString &key, const char *header)
{
    RecordColumn column = RecordColumn::computed(key, header, [key](const QJsonObject &o) {
        const QJsonValue v = o.value("trace_details"_L1).toObject().value(key);
        if (v.isBool())
            return QVariant(v.toBool() ? QCoreApplication::translate("zc::RecordColumn", "Yes")
                                       : QCoreApplication::translate("zc::RecordColumn", "No"));
        return v.isNull() ? QVariant() : v.toVariant();
    });
    column.plainValue = [key](const QJsonObject &o) {
        return QVariant(
            RecordExporter::valueText(o.value("trace_details"_L1).toObject().value(key)));
    };
    return column;
}

} // namespace

QList<RecordColumn> DeepTraceModel::traceColumns()
{
    RecordColumn id =
        RecordColumn::member(u"trace_id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID"));
    id.alignment = Qt::AlignRight | Qt::AlignVCenter;

    RecordColumn status = RecordColumn::computed(
        u"status"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Status"), [](const QJsonObject &o) {
            return QVariant(deeptrace::statusText(o.value("status"_L1).toString()));
        });
    status.plainValue = [](const QJsonObject &o) { return o.value("status"_L1).toVariant(); };
    status.sortValue = [](const QJsonObject &o) {
        return QVariant(static_cast<int>(deeptrace::parseStatus(o.value("status"_L1).toString())));
    };

    RecordColumn progress = RecordColumn::computed(
        u"progress"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Progress"),
        [](const QJsonObject &o) { return QVariant(u"%1%"_s.arg(deeptrace::progress(o))); });
    progress.sortValue = [](const QJsonObject &o) { return QVariant(deeptrace::progress(o)); };
    progress.alignment = Qt::AlignRight | Qt::AlignVCenter;

    RecordColumn created =
        resultcolumns::time(u"created_at"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Created"));

    RecordColumn length =
        detailColumn(u"session_length_minutes"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Minutes"));
    length.alignment = Qt::AlignRight | Qt::AlignVCenter;

    return {
        id,
        detailColumn(u"session_name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name")),
        status,
        progress,
        created,
        length,
        detailColumn(u"probe_device"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Device probing")),
        detailColumn(u"username"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "User")),
        detailColumn(u"device_name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Device"))};
}

DeepTraceModel::DeepTraceModel(QObject *parent)
    : RecordTableModel(traceColumns(), parent)
{}

QVariant DeepTraceModel::data(const QModelIndex &index, int role) const
{
    if (role == StatusRole || role == ProgressRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const QJsonObject o = record(index.row());
        return role == StatusRole ? QVariant(o.value("status"_L1).toString())
                                  : QVariant(deeptrace::progress(o));
    }
    return RecordTableModel::data(index, role);
}

QHash<int, QByteArray> DeepTraceModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordTableModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(ProgressRole, "progress");
    return names;
}

void DeepTraceModel::updateTrace(const QJsonObject &trace)
{
    const QString id = deeptrace::traceId(trace);
    for (int row = 0; row < rowCount(); ++row) {
        if (deeptrace::traceId(record(row)) == id) {
            replaceRecord(row, trace);
            return;
        }
    }
    appendRecords(QJsonArray{trace});
}

} // namespace zc
