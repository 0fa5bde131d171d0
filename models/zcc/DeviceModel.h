// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"
#include "zcc/ZccService.h"

#include <QDateTime>
#include <QPointer>

namespace zc {

// Client Connector devices for one search (user, hostname, OS): columns hostname, user, OS,
// Client Connector version, state (readable), last seen (local date) and UDID. refresh()
// shows the service's cached list while it is fresh (no call), otherwise loads every page;
// rows are replaced only when the whole list arrived, so a failure or a cancel leaves them.
class DeviceModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit DeviceModel(ZccService *service, QObject *parent = nullptr);

    // Another session's service (nullptr: none): a load under way is cancelled, the rows go.
    void setService(ZccService *service);

    static QList<RecordColumn> deviceColumns();

    void setQuery(const ZccDeviceQuery &query) { m_query = query; }
    ZccDeviceQuery query() const { return m_query; }

    // force: ask the API even if the cached list is fresh (spends budget).
    void refresh(bool force = false);

    // When the rows shown were fetched from the API (invalid before the first load), and
    // whether that is still within the service's cache lifetime.
    QDateTime cachedAt() const { return m_cachedAt; }
    bool isFresh() const;

Q_SIGNALS:
    void cachedAtChanged(const QDateTime &cachedAt);

private:
    QPointer<ZccService> m_service;
    ZccDeviceQuery m_query;
    QDateTime m_cachedAt;
};

// The last_seen_time of a device (epoch seconds or milliseconds, as a string or a number, or
// an ISO date) as a date-time; invalid when absent.
QDateTime zccTime(const QJsonValue &value);

} // namespace zc
