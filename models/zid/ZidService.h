// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiClient.h"
#include "net/Service.h"

#include <QString>

namespace zc {

class ApiJob;

// The user filters of ZIdentity's GET /users, sent under the API's own names and combined by
// the server with AND.
struct ZidUserFilter
{
    QString login;           // loginname: exact (case-insensitive)
    QString loginLike;       // loginname[like]: substring
    QString displayNameLike; // displayname[like]
    QString emailLike;       // primaryemail[like]

    QList<std::pair<QString, QString>> queryItems() const;
    bool isEmpty() const { return queryItems().isEmpty(); }
};

// ZIdentity calls: users (with filters), one user, groups, one group, a group's members.
// Lists use offset paging (limit at most 1000) that follows next_link's query (the link is
// absolute and names the gateway's host: only its query is reused).
class ZidService : public Service
{
    Q_OBJECT
public:
    static constexpr int kMaxPageSize = 1000;

    explicit ZidService(ApiClient *client, QObject *parent = nullptr);

    // The list requests, without paging items.
    static ApiRequest usersRequest(const ZidUserFilter &filter = {});
    static ApiRequest groupsRequest();
    static ApiRequest groupMembersRequest(const QString &groupId);

    // Every page (not started: call start(), or hand it to RecordTableModel::load()). The
    // fetch is a child of the service.
    PagedFetch *users(const ZidUserFilter &filter = {}, int pageSize = kMaxPageSize);
    PagedFetch *groups(int pageSize = kMaxPageSize);
    PagedFetch *groupMembers(const QString &groupId, int pageSize = kMaxPageSize);

    ApiJob *user(const QString &id);  // GET /users/{id}
    ApiJob *group(const QString &id); // GET /groups/{id}
};

} // namespace zc
