// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

namespace zc {

// The lifecycle of a deep trace as the API names it (the portal's Diagnostics statuses;
// the API's first is not_started).
enum class DeepTraceStatus
{
    Unknown,
    NotStarted,
    Started,
    InProgress,
    AbortInitiated,
    Aborted,
    Expired,
    Failed,
    Incomplete,
    Completed,
};

namespace deeptrace {

DeepTraceStatus parseStatus(const QString &key); // "in_progress" -> InProgress
QString statusKey(DeepTraceStatus status);       // InProgress -> "in_progress"
QString statusText(DeepTraceStatus status);      // translated: "In progress"
QString statusText(const QString &key);          // unknown keys are shown as sent
bool isTerminal(DeepTraceStatus status);         // no further change will come
bool isActive(DeepTraceStatus status);           // counts against one-per-device
// 0..100 from the record: 0 before it starts, 100 once it has ended; in between, the part of
// session_length_minutes already run (expected_time holds the seconds still to go).
int progress(const QJsonObject &trace);
// The trace's ID as text, whether the API sent a number or a string.
QString traceId(const QJsonObject &trace);

} // namespace deeptrace

// A device's deep traces (GET /devices/{id}/deeptraces): ID, name, status, progress,
// created, length, probing, user and device. Fill it with setRecords() from the array.
class DeepTraceModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        StatusRole = RecordIdRole + 1, // the status key ("in_progress")
        ProgressRole,                  // 0..100
    };

    explicit DeepTraceModel(QObject *parent = nullptr);
    // The columns views show (and the CLI prints).
    static QList<RecordColumn> traceColumns();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the row of this trace (matched by trace_id), or appends it.
    void updateTrace(const QJsonObject &trace);
};

} // namespace zc
