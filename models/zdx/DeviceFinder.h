// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Job.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

namespace zc {

class ZdxService;

// Finds ZDX devices for one line of text, as a helpdesk agent types it: a user's e-mail or
// name, or part of a device name. Three steps, each a cursor-paged ZDX fetch: the users that
// match (with their devices), the devices that match (hostname or the user's e-mail), then,
// only when some device's user is still unknown, those users by ID so every device shows who
// it belongs to. devices() hands out {id, name, userid, user_email, user_name} records sorted
// by name.
class DeviceFinder : public Job
{
    Q_OBJECT
public:
    DeviceFinder(ZdxService *service, QString text, QObject *parent = nullptr);

    QString text() const { return m_text; }
    QJsonArray devices() const { return m_result; } // after succeeded

Q_SIGNALS:
    // A sentence for a busy bar ("Searching ZDX users… page 2 of 3").
    void progress(const QString &text);

protected:
    void run() override;

private:
    enum class Step
    {
        Users,
        Devices,
        Names
    };
    void runStep(Step step);
    void onRecords(Step step, const QJsonArray &records);
    void addDevice(const QJsonObject &device);
    void finish();

    QPointer<ZdxService> m_service;
    QString m_text;
    QHash<int, QJsonObject> m_users; // ZDX user ID -> {name, email}
    QList<QJsonObject> m_devices;
    QSet<int> m_seen; // device IDs
    QJsonArray m_result;
};

} // namespace zc
