// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace zc {

// How far one listing may go before the pager calls it endless. Generous: a real tenant's
// largest lists stay well inside them; settable from the CLI (--max-pages, --max-records) and
// the GUI's settings (paging/maxPages, paging/maxRecords).
struct PagingLimits
{
    int maxPages = 0;      // 0: the product's default (PagingGuard::defaultMaxPages)
    qint64 maxRecords = 0; // 0: PagingGuard::kDefaultMaxRecords
};

// Watches one listing for a server that pages forever: a page whose records repeat an
// earlier page's, a link or cursor that points back at a page already asked for, and more
// pages or records than the limits allow. Each check returns the sentence to fail with, or
// an empty string.
class PagingGuard
{
public:
    static constexpr int kDefaultMaxPages = 10000;
    static constexpr qint64 kDefaultMaxRecords = 2000000;
    // ZCC allows 100 calls an hour: a listing may spend at most half of them.
    static constexpr int kZccMaxPages = 50;

    PagingGuard(Product product, PagingLimits limits);

    // The limits every new listing starts with (the CLI options or the GUI's settings).
    static PagingLimits defaultLimits();
    static void setDefaultLimits(PagingLimits limits);
    static int defaultMaxPages(Product product);

    int maxPages() const { return m_maxPages; }
    qint64 maxRecords() const { return m_maxRecords; }

    // Before asking for a page.
    QString checkQuery(const QList<std::pair<QString, QString>> &query);
    // What checkRecords() compares: a digest of a page's records (empty for no records).
    // Thread-safe, so that it is worked out where the page is parsed, off the UI thread.
    static QByteArray recordsDigest(const QJsonArray &records);
    // When a page of `count` records arrived, before they are handed on: `digest` is their
    // recordsDigest().
    QString checkRecords(const QByteArray &digest, qsizetype count);
    // When more pages exist after `pages` pages holding `records` records.
    QString checkMore(int pages, qint64 records) const;

private:
    Product m_product;
    int m_maxPages;
    qint64 m_maxRecords;
    QSet<QByteArray> m_queries;
    QSet<QByteArray> m_pageDigests;
};

} // namespace zc
