// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

#include <QList>

namespace zc {

class ZpaService;

// ZPA application segments as a table: name, domains, TCP ports, UDP ports, enabled, segment
// group, server groups, microtenant, modified (local date). Text is shown with its HTML
// entities decoded; ports sort by their first number and dates by their epoch value. The
// name's tool tip and DescriptionRole carry the decoded description.
class AppSegmentModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum ExtraRole
    {
        DescriptionRole = RecordIdRole + 16, // the decoded description, any column
        // The domain names as ZpaFormat::segmentDomains() makes them (one a line), kept per
        // row: finding a domain reads them without parsing every segment
        DomainNamesRole,
    };

    explicit AppSegmentModel(QObject *parent = nullptr);

    static QList<RecordColumn> segmentColumns();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Loads every page of the chosen microtenant's segments (see ZpaService) and replaces the
    // rows when the last page arrived. False, with failed() emitted, when the service cannot
    // ask (no customer ID); the rows stay as they were.
    bool loadAll(ZpaService *service, const QString &microtenantId = {},
                 const QString &search = {});

    // Rows whose domains cover `domain` (ZpaFormat::domainMatches), in row order.
    QList<int> rowsForDomain(const QString &domain) const;
};

} // namespace zc
