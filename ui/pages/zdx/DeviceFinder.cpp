// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceFinder.h"

#include "net/ApiClient.h"
#include "zdx/ZdxService.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

int intValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toInt();
    return value.toInt();
}

QString stepText(int pagesLoaded, int totalPages, const char *what)
{
    const QString sentence = QCoreApplication::translate("zc::DeviceFinder", what);
    if (pagesLoaded <= 0)
        return sentence;
    return totalPages > 0 ? QCoreApplication::translate("zc::DeviceFinder", "%1 page %2 of %3")
                                .arg(sentence)
                                .arg(pagesLoaded + 1)
                                .arg(totalPages)
                          : QCoreApplication::translate("zc::DeviceFinder", "%1 page %2")
                                .arg(sentence)
                                .arg(pagesLoaded + 1);
}

} // namespace

DeviceFinder::DeviceFinder(ZdxService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

DeviceFinder::~DeviceFinder()
{
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->cancel();
        m_fetch->deleteLater();
    }
}

void DeviceFinder::find(const QString &text)
{
    if (m_fetch) { // a new search replaces the one under way, silently
        PagedFetch *fetch = m_fetch;
        m_fetch = nullptr;
        fetch->disconnect(this);
        fetch->cancel();
        fetch->deleteLater();
    }
    m_text = text.trimmed();
    m_users.clear();
    m_devices.clear();
    m_seen.clear();
    run(Step::Users);
}

void DeviceFinder::cancel()
{
    if (!m_fetch)
        return;
    PagedFetch *fetch = m_fetch;
    m_fetch = nullptr;
    fetch->disconnect(this);
    fetch->cancel();
    fetch->deleteLater();
    Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
}

void DeviceFinder::run(Step step)
{
    if (!m_service) {
        Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
        return;
    }
    const char *what = nullptr;
    PagedFetch *fetch = nullptr;
    switch (step) {
    case Step::Users:
        what = QT_TRANSLATE_NOOP("zc::DeviceFinder", "Searching ZDX users…");
        fetch = m_service->searchUsers(m_text);
        break;
    case Step::Devices: {
        what = QT_TRANSLATE_NOOP("zc::DeviceFinder", "Searching ZDX devices…");
        ZdxDeviceQuery query;
        query.text = m_text;
        fetch = m_service->searchDevices(query);
        break;
    }
    case Step::Names: {
        QList<int> unknown;
        for (const QJsonObject &device : std::as_const(m_devices)) {
            const int user = intValue(device.value("userid"_L1));
            if (user > 0 && !m_users.contains(user) && !unknown.contains(user))
                unknown.append(user);
        }
        if (unknown.isEmpty()) {
            finish();
            return;
        }
        what = QT_TRANSLATE_NOOP("zc::DeviceFinder", "Looking up the devices' users…");
        fetch = m_service->searchUsersById(unknown);
        break;
    }
    }
    m_fetch = fetch;
    Q_EMIT progress(stepText(0, -1, what));
    connect(fetch, &PagedFetch::progress, this, [this, what](int pages, int total, int) {
        Q_EMIT progress(stepText(pages, total, what));
    });
    connect(fetch, &PagedFetch::finished, this, [this, fetch, step](const QJsonArray &records) {
        if (fetch != m_fetch)
            return;
        m_fetch = nullptr;
        fetch->deleteLater();
        onRecords(step, records);
    });
    connect(fetch, &PagedFetch::failed, this, [this, fetch](const ApiError &error) {
        if (fetch != m_fetch)
            return;
        m_fetch = nullptr;
        fetch->deleteLater();
        Q_EMIT failed(error);
    });
    fetch->start();
}

void DeviceFinder::onRecords(Step step, const QJsonArray &records)
{
    switch (step) {
    case Step::Users:
        for (const QJsonValue &value : records) {
            const QJsonObject user = value.toObject();
            const int id = intValue(user.value("id"_L1));
            m_users.insert(id, user);
            for (const QJsonValue &device : user.value("devices"_L1).toArray())
                addDevice(device.toObject());
        }
        run(Step::Devices);
        return;
    case Step::Devices:
        for (const QJsonValue &value : records)
            addDevice(value.toObject());
        run(Step::Names);
        return;
    case Step::Names:
        for (const QJsonValue &value : records) {
            const QJsonObject user = value.toObject();
            m_users.insert(intValue(user.value("id"_L1)), user);
        }
        finish();
        return;
    }
}

void DeviceFinder::addDevice(const QJsonObject &device)
{
    const int id = intValue(device.value("id"_L1));
    if (id <= 0 || m_seen.contains(id))
        return;
    m_seen.insert(id);
    m_devices.append(device);
}

void DeviceFinder::finish()
{
    QList<QJsonObject> devices = m_devices;
    for (QJsonObject &device : devices) {
        const QJsonObject user = m_users.value(intValue(device.value("userid"_L1)));
        if (!user.isEmpty()) {
            device.insert(u"user_email"_s, user.value("email"_L1).toString());
            device.insert(u"user_name"_s, user.value("name"_L1).toString());
        }
    }
    std::stable_sort(devices.begin(), devices.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         return a.value("name"_L1).toString().compare(b.value("name"_L1).toString(),
                                                                      Qt::CaseInsensitive) < 0;
                     });
    QJsonArray list;
    for (const QJsonObject &device : std::as_const(devices))
        list.append(device);
    Q_EMIT finished(list);
}

// --- DeviceSearchModel ---------------------------------------------------------------------

namespace {

QList<RecordColumn> searchColumns()
{
    RecordColumn user;
    user.key = u"user_email"_s;
    user.header = QT_TRANSLATE_NOOP("zc::RecordColumn", "User");
    user.display = [](const QJsonObject &o) {
        const QString email = o.value("user_email"_L1).toString();
        if (!email.isEmpty())
            return QVariant(email);
        const int id = intValue(o.value("userid"_L1));
        return id > 0
                   ? QVariant(QCoreApplication::translate("zc::DeviceFinder", "User ID %1").arg(id))
                   : QVariant();
    };
    RecordColumn id = RecordColumn::member(u"id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID"));
    id.alignment = Qt::AlignRight | Qt::AlignVCenter;
    id.sortValue = [](const QJsonObject &o) { return QVariant(intValue(o.value("id"_L1))); };
    return {
        RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Device")), user,
        RecordColumn::member(u"user_name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "User name")),
        id};
}

} // namespace

DeviceSearchModel::DeviceSearchModel(QObject *parent)
    : RecordTableModel(searchColumns(), parent)
{}

} // namespace zc
