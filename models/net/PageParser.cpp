// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "PageParser.h"

#include "common/SafeNumbers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc::paging {

QString queryValue(const QList<std::pair<QString, QString>> &query, const QString &key)
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

QList<std::pair<QString, QString>> withValue(QList<std::pair<QString, QString>> query,
                                             const QString &key, const QString &value)
{
    for (auto &item : query) {
        if (item.first == key) {
            item.second = value;
            return query;
        }
    }
    query.append({key, value});
    return query;
}

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::Pager)
};

// A count, a page number or an offset: ZPA sends counts as strings ("3"); numbers are
// accepted too. Negative or unreadable values are unknown (-1); values past qint64 saturate.
qint64 countValue(const QJsonValue &value)
{
    const std::optional<qint64> number = jsonWholeNumber(value);
    return number && *number >= 0 ? *number : -1;
}

// The page or offset our own query (or the server's next_link) named; 0 when unreadable.
qint64 queryNumber(const QList<std::pair<QString, QString>> &query, const QString &key)
{
    return std::max<qint64>(0, countValue(queryValue(query, key)));
}

qint64 saturatedAdd(qint64 a, qint64 b)
{
    return a > std::numeric_limits<qint64>::max() - b ? std::numeric_limits<qint64>::max() : a + b;
}

// The query of an absolute next_link, decoded exactly once: %26 inside a value stays part of
// the value ("AT&T"), and '+' is a space as in every form-encoded query.
QList<std::pair<QString, QString>> linkQuery(const QString &link)
{
    QString encoded = QUrl(link).query(QUrl::FullyEncoded);
    encoded.replace(u'+', "%20"_L1);
    QList<std::pair<QString, QString>> items;
    for (const auto &[k, v] : QUrlQuery(encoded).queryItems(QUrl::FullyDecoded))
        items.append({k, v});
    return items;
}

Page shortPageStyle(const QJsonDocument &answer, int pageSize,
                    const QList<std::pair<QString, QString>> &currentQuery)
{
    Page page;
    if (!answer.isArray()) {
        page.error = Tr::tr("Expected a JSON array of records.");
        return page;
    }
    page.records = answer.array();
    page.last = page.records.size() < pageSize;
    if (!page.last) {
        const qint64 current = std::max<qint64>(1, queryNumber(currentQuery, u"page"_s));
        page.nextQuery =
            withValue(currentQuery, u"page"_s, QString::number(saturatedAdd(current, 1)));
    }
    return page;
}

} // namespace

namespace {

// What a style allows and where its records are.
struct Traits
{
    int maxPageSize;
    QLatin1StringView recordsKey; // empty: the answer is a bare array
};

Traits traits(PageStyle style)
{
    switch (style) {
    case PageStyle::Zpa:
        return {500, "list"_L1};
    case PageStyle::Zia:
        return {1000, {}};
    case PageStyle::Zid:
        return {1000, "records"_L1};
    case PageStyle::Zdx:
        return {1000, "devices"_L1};
    case PageStyle::Zcc:
        return {5000, {}};
    }
    return {100, {}};
}

// The object of an object-shaped answer, its records (under `key`, absent on an empty page)
// in page->records; false with page->error set when the answer is not of that shape.
bool readObjectPage(const QJsonDocument &answer, const QString &key, const char *expected,
                    Page *page, QJsonObject *object)
{
    if (!answer.isObject()) {
        page->error = Tr::tr(expected);
        return false;
    }
    *object = answer.object();
    const QJsonValue records = object->value(key);
    if (!records.isUndefined() && !records.isNull() && !records.isArray()) {
        page->error = Tr::tr("\"%1\" is not an array.").arg(key);
        return false;
    }
    page->records = records.toArray();
    return true;
}

} // namespace

int maxPageSize(PageStyle style)
{
    return traits(style).maxPageSize;
}

QString defaultRecordsKey(PageStyle style)
{
    return traits(style).recordsKey;
}

QList<std::pair<QString, QString>> firstQuery(PageStyle style, int pageSize)
{
    const QString size = QString::number(std::clamp(pageSize, 1, maxPageSize(style)));
    switch (style) {
    case PageStyle::Zpa:
        return {{u"page"_s, u"1"_s}, {u"pagesize"_s, size}};
    case PageStyle::Zia:
    case PageStyle::Zcc:
        return {{u"page"_s, u"1"_s}, {u"pageSize"_s, size}};
    case PageStyle::Zid:
        return {{u"limit"_s, size}, {u"offset"_s, u"0"_s}};
    case PageStyle::Zdx:
        return {{u"limit"_s, size}};
    }
    return {};
}

namespace {

Page parseStyle(PageStyle style, const QJsonDocument &answer, int pageSize,
                const QList<std::pair<QString, QString>> &currentQuery, const QString &recordsKey)
{
    const QString key = recordsKey.isEmpty() ? defaultRecordsKey(style) : recordsKey;
    Page page;
    switch (style) {
    case PageStyle::Zia:
    case PageStyle::Zcc:
        return shortPageStyle(answer, pageSize, currentQuery);

    case PageStyle::Zpa: {
        QJsonObject o;
        if (!readObjectPage(answer, key,
                            QT_TRANSLATE_NOOP("zc::Pager",
                                              "Expected a JSON object with \"totalPages\" and "
                                              "\"list\"."),
                            &page, &o))
            return page;
        // Decided on the full 64-bit count: a totalPages over 2^31 must not read as a small
        // number and stop early. Only the figure reported for progress is saturated.
        const qint64 totalPages = countValue(o.value("totalPages"_L1));
        page.totalPages = totalPages >= 0 ? saturatedInt(totalPages) : -1;
        page.totalCount = countValue(o.value("totalCount"_L1));
        const qint64 current = std::max<qint64>(1, queryNumber(currentQuery, u"page"_s));
        page.last = page.records.isEmpty() ||
                    (totalPages >= 0 ? current >= totalPages : page.records.size() < pageSize);
        if (!page.last)
            page.nextQuery = withValue(currentQuery, u"page"_s, QString::number(current + 1));
        return page;
    }

    case PageStyle::Zid: {
        QJsonObject o;
        if (!readObjectPage(
                answer, key,
                QT_TRANSLATE_NOOP("zc::Pager", "Expected a JSON object with \"records\"."), &page,
                &o))
            return page;
        page.totalCount = countValue(o.value("results_total"_L1));
        const QString next = o.value("next_link"_L1).toString();
        if (!next.isEmpty() && !page.records.isEmpty()) {
            // next_link is absolute and names the gateway's host: reuse only its query.
            const QList<std::pair<QString, QString>> items = linkQuery(next);
            if (!items.isEmpty() && items != currentQuery) {
                page.nextQuery = items;
                page.last = false;
            }
        } else if (next.isEmpty() && page.totalCount >= 0 && !page.records.isEmpty()) {
            // No link, but the total says there is more: step the offset ourselves.
            const qint64 offset = queryNumber(currentQuery, u"offset"_s);
            const qint64 nextOffset = saturatedAdd(offset, page.records.size());
            if (nextOffset < page.totalCount) {
                page.nextQuery = withValue(currentQuery, u"offset"_s, QString::number(nextOffset));
                page.last = false;
            }
        }
        if (page.totalCount >= 0 && pageSize > 0)
            page.totalPages = saturatedInt(page.totalCount / pageSize +
                                           (page.totalCount % pageSize != 0 ? 1 : 0));
        return page;
    }

    case PageStyle::Zdx: {
        QJsonObject o;
        if (!readObjectPage(
                answer, key,
                QT_TRANSLATE_NOOP("zc::Pager", "Expected a JSON object with \"next_offset\"."),
                &page, &o))
            return page;
        const QJsonValue next = o.value("next_offset"_L1);
        QString cursor;
        if (next.isString()) {
            cursor = next.toString();
        } else if (next.isDouble()) {
            const std::optional<qint64> number = jsonWholeNumber(next);
            if (!number || static_cast<double>(*number) != next.toDouble()) {
                // Not a whole number that can be sent back as it came.
                page.error = Tr::tr("\"next_offset\" is not a usable cursor.");
                return page;
            }
            cursor = QString::number(*number);
        }
        if (!cursor.isEmpty() && cursor != queryValue(currentQuery, u"offset"_s)) {
            page.nextQuery = withValue(currentQuery, u"offset"_s, cursor);
            page.last = false;
        }
        return page;
    }
    }
    return page;
}

} // namespace

Page parse(PageStyle style, const QJsonDocument &answer, int pageSize,
           const QList<std::pair<QString, QString>> &currentQuery, const QString &recordsKey)
{
    Page page = parseStyle(style, answer, pageSize, currentQuery, recordsKey);
    // A page that is not of its style's shape carries no records, whatever was read before the
    // problem was seen: the caller keeps what earlier pages gave and stops.
    if (!page.error.isEmpty())
        page.records = {};
    return page;
}

} // namespace zc::paging
