// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "PagingGuard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

PagingLimits &defaults()
{
    static PagingLimits limits;
    return limits;
}

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::PagingGuard)
};

} // namespace

PagingGuard::PagingGuard(Product product, PagingLimits limits)
    : m_product(product)
    , m_maxPages(limits.maxPages > 0 ? limits.maxPages : defaultMaxPages(product))
    , m_maxRecords(limits.maxRecords > 0 ? limits.maxRecords : kDefaultMaxRecords)
{}

PagingLimits PagingGuard::defaultLimits()
{
    return defaults();
}

void PagingGuard::setDefaultLimits(PagingLimits limits)
{
    defaults() = limits;
}

int PagingGuard::defaultMaxPages(Product product)
{
    return product == Product::Zcc ? kZccMaxPages : kDefaultMaxPages;
}

QString PagingGuard::checkQuery(const QList<std::pair<QString, QString>> &query)
{
    QByteArray key;
    for (const auto &[k, v] : query)
        key += k.toUtf8() + '=' + v.toUtf8() + '&';
    if (m_queries.contains(key))
        return Tr::tr("%1 pointed back to a page it had already sent (%2); the listing was "
                      "stopped.")
            .arg(productName(m_product), QString::fromUtf8(key.chopped(1)));
    m_queries.insert(key);
    return {};
}

QByteArray PagingGuard::recordsDigest(const QJsonArray &records)
{
    if (records.isEmpty())
        return {};
    // A digest per page, not the records: a repeat is found whatever page it repeats.
    return QCryptographicHash::hash(QJsonDocument(records).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

QString PagingGuard::checkRecords(const QByteArray &digest, qsizetype count)
{
    if (digest.isEmpty())
        return {};
    if (m_pageDigests.contains(digest))
        return QCoreApplication::translate(
                   "zc::PagingGuard",
                   "%1 sent the same page of %n record(s) twice; the listing was stopped.", nullptr,
                   static_cast<int>(count))
            .arg(productName(m_product));
    m_pageDigests.insert(digest);
    return {};
}

QString PagingGuard::checkMore(int pages, qint64 records) const
{
    if (pages >= m_maxPages)
        return Tr::tr("%1 still announced more after %2 pages, the most one listing may fetch; "
                      "the listing was stopped. Raise the limit (--max-pages, or paging/maxPages "
                      "in the settings) if the list is really that long.")
            .arg(productName(m_product))
            .arg(m_maxPages);
    if (records >= m_maxRecords)
        return Tr::tr("%1 still announced more after %2 records, the most one listing may fetch; "
                      "the listing was stopped. Raise the limit (--max-records, or "
                      "paging/maxRecords in the settings) if the list is really that long.")
            .arg(productName(m_product))
            .arg(records);
    return {};
}

} // namespace zc
