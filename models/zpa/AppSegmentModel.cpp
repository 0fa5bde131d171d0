// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "AppSegmentModel.h"

#include "ZpaFormat.h"
#include "ZpaService.h"
#include "net/Pager.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString names(const QJsonValue &list)
{
    QStringList parts;
    for (const QJsonValue &item : list.toArray()) {
        const QString text =
            item.isObject() ? item.toObject().value("name"_L1).toString() : item.toString();
        if (!text.isEmpty())
            parts.append(ZpaFormat::decodeEntities(text));
    }
    return parts.join(u", "_s);
}

RecordColumn column(const QString &key, const char *header,
                    std::function<QVariant(const QJsonObject &)> display,
                    std::function<QVariant(const QJsonObject &)> sortValue = {})
{
    RecordColumn c;
    c.key = key;
    c.header = header;
    c.display = std::move(display);
    c.sortValue = std::move(sortValue);
    return c;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("zc::RecordColumn", "Yes")
                 : QCoreApplication::translate("zc::RecordColumn", "No");
}

} // namespace

AppSegmentModel::AppSegmentModel(QObject *parent)
    : RecordTableModel(segmentColumns(), parent)
{
    setRoleValues({{DomainNamesRole,
                    [](const QJsonObject &o) { return QVariant(ZpaFormat::segmentDomains(o)); }}});
}

QList<RecordColumn> AppSegmentModel::segmentColumns()
{
    using P = ZpaFormat::Protocol;
    QList<RecordColumn> columns{
        column(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name"),
               [](const QJsonObject &o) {
                   return ZpaFormat::decodeEntities(o.value("name"_L1).toString());
               }),
        column(u"domains"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Domains"),
               [](const QJsonObject &o) { return names(o.value("domainNames"_L1)); }),
        column(
            u"tcpPorts"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "TCP ports"),
            [](const QJsonObject &o) { return ZpaFormat::portRanges(o, P::Tcp); },
            [](const QJsonObject &o) { return ZpaFormat::firstPort(o, P::Tcp); }),
        column(
            u"udpPorts"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "UDP ports"),
            [](const QJsonObject &o) { return ZpaFormat::portRanges(o, P::Udp); },
            [](const QJsonObject &o) { return ZpaFormat::firstPort(o, P::Udp); }),
        column(
            u"enabled"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Enabled"),
            [](const QJsonObject &o) { return yesNo(o.value("enabled"_L1).toBool()); },
            [](const QJsonObject &o) { return o.value("enabled"_L1).toBool() ? 1 : 0; }),
        column(u"segmentGroup"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Segment group"),
               [](const QJsonObject &o) {
                   return ZpaFormat::decodeEntities(o.value("segmentGroupName"_L1).toString());
               }),
        column(u"serverGroups"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Server groups"),
               [](const QJsonObject &o) { return names(o.value("serverGroups"_L1)); }),
        column(u"microtenant"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Microtenant"),
               [](const QJsonObject &o) { return ZpaFormat::microtenantName(o); }),
        column(
            u"modified"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Modified"),
            [](const QJsonObject &o) { return ZpaFormat::localDate(ZpaFormat::modifiedTime(o)); },
            [](const QJsonObject &o) {
                return ZpaFormat::epochSeconds(ZpaFormat::modifiedTime(o));
            }),
    };
    for (RecordColumn &c : columns) {
        if (c.key == "tcpPorts"_L1 || c.key == "udpPorts"_L1 || c.key == "modified"_L1)
            c.alignment = Qt::AlignRight | Qt::AlignVCenter;
    }
    return columns;
}

QVariant AppSegmentModel::data(const QModelIndex &index, int role) const
{
    if (role == DescriptionRole || (role == Qt::ToolTipRole && index.column() == 0)) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const QString description = record(index.row()).value("description"_L1).toString();
        if (role == DescriptionRole || !description.isEmpty())
            return ZpaFormat::decodeEntities(description);
    }
    return RecordTableModel::data(index, role);
}

QHash<int, QByteArray> AppSegmentModel::roleNames() const
{
    QHash<int, QByteArray> roles = RecordTableModel::roleNames();
    roles.insert(DescriptionRole, "description");
    roles.insert(DomainNamesRole, "domainNames");
    return roles;
}

bool AppSegmentModel::loadAll(ZpaService *service, const QString &microtenantId,
                              const QString &search)
{
    ApiError error;
    PagedFetch *fetch = service->applicationSegments(microtenantId, search, &error);
    if (!fetch) {
        Q_EMIT failed(error);
        return false;
    }
    load(fetch);
    return true;
}

QList<int> AppSegmentModel::rowsForDomain(const QString &domain) const
{
    QList<int> rows;
    const QString wanted = ZpaFormat::normalizedDomain(domain);
    const int count = rowCount();
    for (int row = 0; row < count; ++row) {
        const QString entries = index(row, 0).data(DomainNamesRole).toString();
        if (ZpaFormat::normalizedDomainsCover(entries, wanted))
            rows.append(row);
    }
    return rows;
}

} // namespace zc
