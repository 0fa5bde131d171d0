// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceFinder.h"

#include "ZdxService.h"
#include "net/ApiClient.h"
#include "net/Pager.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// ZDX sends IDs as numbers, sometimes as strings.
int intValue(const QJsonValue &value)
{
    return value.toVariant().toInt();
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

DeviceFinder::DeviceFinder(ZdxService *service, QString text, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_text(text.trimmed())
{}

void DeviceFinder::run()
{
    runStep(Step::Users);
}

void DeviceFinder::runStep(Step step)
{
    if (!m_service) {
        fail(cancelledError());
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
    Q_EMIT progress(stepText(0, -1, what));
    connect(fetch, &PagedFetch::progress, this, [this, what](int pages, int total, int) {
        Q_EMIT progress(stepText(pages, total, what));
    });
    follow(fetch, [this, step](PagedFetch *done) { onRecords(step, done->records()); });
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
        runStep(Step::Devices);
        return;
    case Step::Devices:
        for (const QJsonValue &value : records)
            addDevice(value.toObject());
        runStep(Step::Names);
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
    for (const QJsonObject &device : std::as_const(devices))
        m_result.append(device);
    succeed();
}

} // namespace zc
