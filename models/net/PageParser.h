// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <utility>

namespace zc {

// The five pagination styles of OneAPI (oneapi-notes.md, "Pagination").
enum class PageStyle
{
    Zpa, // page from 1, pagesize; {"totalPages":"3","totalCount":"1234","list":[...]}
    Zia, // page, pageSize; bare array; stop on a short page (ZTW too)
    Zid, // limit, offset; {records, results_total, next_link (absolute: reuse its query)}
    Zdx, // cursor: offset = previous next_offset (string), stop when it is null
    Zcc, // page from 1, pageSize; bare array; stop on a short page
};

namespace paging {

// What one page said, independent of the network so it can be unit-tested.
struct Page
{
    QJsonArray records;
    bool last = true;
    int totalPages = -1; // -1 when the style does not say
    qint64 totalCount = -1;
    QList<std::pair<QString, QString>> nextQuery; // query items for the next page
    QString error; // not empty: the page is not of the expected shape
};

// Query items of the first page. `recordsKey` names the array member for object answers
// whose key differs from the style's default (ZDX: "devices", "users"...).
QList<std::pair<QString, QString>> firstQuery(PageStyle style, int pageSize);
Page parse(PageStyle style, const QJsonDocument &answer, int pageSize,
           const QList<std::pair<QString, QString>> &currentQuery, const QString &recordsKey = {});
// The largest page size each style accepts.
int maxPageSize(PageStyle style);
QString defaultRecordsKey(PageStyle style);
// The value of `key` in a query (empty when absent), and the query with `key` set to `value`.
QString queryValue(const QList<std::pair<QString, QString>> &query, const QString &key);
QList<std::pair<QString, QString>> withValue(QList<std::pair<QString, QString>> query,
                                             const QString &key, const QString &value);

} // namespace paging

} // namespace zc
