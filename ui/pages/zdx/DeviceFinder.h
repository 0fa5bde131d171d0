// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"
#include "net/ApiError.h"
#include "net/Pager.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace zc {

class ZdxService;

// Finds ZDX devices for one line of text, as a helpdesk agent types it: a user's e-mail or
// name, or part of a device name. Three steps, each a cursor-paged ZDX fetch: the users that
// match (with their devices), the devices that match (hostname or the user's e-mail), then,
// only when some device's user is still unknown, those users by ID so every device shows who
// it belongs to. Hands out {id, name, userid, user_email, user_name} records sorted by name.
class DeviceFinder : public QObject
{
    Q_OBJECT
public:
    explicit DeviceFinder(ZdxService *service, QObject *parent = nullptr);
    ~DeviceFinder() override;

    void find(const QString &text);
    void cancel();
    bool isRunning() const { return m_fetch != nullptr; }
    QString text() const { return m_text; }

Q_SIGNALS:
    // A sentence for the busy bar ("Searching users… page 2 of 3").
    void progress(const QString &text);
    void finished(const QJsonArray &devices);
    void failed(const zc::ApiError &error);

private:
    enum class Step
    {
        Users,
        Devices,
        Names
    };
    void run(Step step);
    void onRecords(Step step, const QJsonArray &records);
    void addDevice(const QJsonObject &device);
    void finish();

    QPointer<ZdxService> m_service;
    QPointer<PagedFetch> m_fetch;
    QString m_text;
    QHash<int, QJsonObject> m_users; // ZDX user ID -> {name, email}
    QList<QJsonObject> m_devices;
    QSet<int> m_seen; // device IDs
};

// The devices DeviceFinder found: device name, user (e-mail), user name and ZDX device ID.
class DeviceSearchModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit DeviceSearchModel(QObject *parent = nullptr);
};

} // namespace zc
