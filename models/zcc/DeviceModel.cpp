// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceModel.h"

#include "common/RecordExporter.h"
#include "common/SafeNumbers.h"

#include <QLocale>
#include <QVersionNumber>

using namespace Qt::Literals::StringLiterals;

namespace zc {

QDateTime zccTime(const QJsonValue &value)
{
    qint64 number = -1;
    if (value.isDouble()) {
        number = saturatedInt64(value.toDouble()).value_or(-1); // 1e300 is no UB (fuzz_zcc)
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return {};
        bool ok = false;
        number = text.toLongLong(&ok);
        if (!ok) {
            QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
            if (!parsed.isValid()) {
                parsed = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
                parsed.setTimeSpec(Qt::UTC);
            }
            return parsed;
        }
    }
    // Past the year 9999 (in milliseconds) is no date Qt can show.
    if (number <= 0 || number > 253'402'300'799'999LL)
        return {};
    // Milliseconds from the year 2001 on are above 1e12; seconds stay below it.
    return number > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(number, Qt::UTC)
                                      : QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
}

namespace {

int osTypeOf(const QJsonObject &device)
{
    const QJsonValue type = device.value("type"_L1);
    return type.isString() ? type.toString().toInt() : type.toInt();
}

// "4.4.0.389" sorts after "4.10.0.1" would not as text: compare as a version.
QString versionSortKey(const QString &version)
{
    const QVersionNumber number = QVersionNumber::fromString(version);
    QString key;
    for (int segment : number.segments())
        key += u"%1."_s.arg(segment, 8, 10, QChar(u'0'));
    return key;
}

} // namespace

QList<RecordColumn> DeviceModel::deviceColumns()
{
    RecordColumn hostname = RecordColumn::member(u"machineHostname"_s,
                                                 QT_TRANSLATE_NOOP("zc::RecordColumn", "Hostname"));
    RecordColumn user =
        RecordColumn::member(u"user"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "User"));

    RecordColumn os = RecordColumn::computed(
        u"type"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "OS"),
        [](const QJsonObject &o) -> QVariant {
            const QString version = o.value("osVersion"_L1).toString();
            const QString name = zcc::osTypeName(osTypeOf(o));
            return version.isEmpty() ? name : u"%1 (%2)"_s.arg(name, version.section(u';', 0, 0));
        });
    os.sortValue = [](const QJsonObject &o) -> QVariant { return zcc::osTypeName(osTypeOf(o)); };

    RecordColumn version = RecordColumn::computed(
        u"agentVersion"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Client Connector version"),
        [](const QJsonObject &o) -> QVariant { return o.value("agentVersion"_L1).toString(); });
    version.sortValue = [](const QJsonObject &o) -> QVariant {
        return versionSortKey(o.value("agentVersion"_L1).toString());
    };

    RecordColumn state = RecordColumn::computed(
        u"registrationState"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "State"),
        [](const QJsonObject &o) -> QVariant {
            const QJsonValue v = o.value("registrationState"_L1);
            return zcc::registrationStateName(v.isUndefined() ? o.value("state"_L1) : v);
        });
    state.plainValue = [](const QJsonObject &o) -> QVariant {
        const QJsonValue v = o.value("registrationState"_L1);
        return RecordExporter::valueText(v.isUndefined() ? o.value("state"_L1) : v);
    };

    RecordColumn lastSeen = RecordColumn::computed(
        u"last_seen_time"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Last seen"),
        [](const QJsonObject &o) -> QVariant {
            const QDateTime time = zccTime(o.value("last_seen_time"_L1));
            return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                                  : QString();
        });
    lastSeen.plainValue = [](const QJsonObject &o) -> QVariant {
        return RecordExporter::isoTime(zccTime(o.value("last_seen_time"_L1)));
    };
    lastSeen.sortValue = [](const QJsonObject &o) -> QVariant {
        const QDateTime time = zccTime(o.value("last_seen_time"_L1));
        return time.isValid() ? time.toMSecsSinceEpoch() : qint64(0);
    };

    RecordColumn udid =
        RecordColumn::member(u"udid"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "UDID"));
    return {hostname, user, os, version, state, lastSeen, udid};
}

DeviceModel::DeviceModel(ZccService *service, QObject *parent)
    : RecordTableModel(deviceColumns(), parent)
    , m_service(service)
{}

bool DeviceModel::isFresh() const
{
    return m_cachedAt.isValid() && m_service &&
           m_cachedAt.msecsTo(QDateTime::currentDateTimeUtc()) <
               qint64(m_service->cacheLifetimeSeconds()) * 1000;
}

void DeviceModel::setService(ZccService *service)
{
    cancel();
    m_service = service;
    clear();
    if (m_cachedAt.isValid()) {
        m_cachedAt = {};
        Q_EMIT cachedAtChanged(m_cachedAt);
    }
}

void DeviceModel::refresh(bool force)
{
    if (!m_service)
        return;
    ZccDeviceListJob *job = m_service->devices(
        m_query, force ? ZccService::CachePolicy::Refresh : ZccService::CachePolicy::PreferCache);
    connect(job, &ZccDeviceListJob::progress, this, &DeviceModel::progress);
    follow(job, [this](ZccDeviceListJob *done) {
        setRecords(done->devices());
        if (m_cachedAt != done->cachedAt()) {
            m_cachedAt = done->cachedAt();
            Q_EMIT cachedAtChanged(m_cachedAt);
        }
        return int(done->devices().size());
    });
}

} // namespace zc
