// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RecordRows.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLatin1StringView>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>

namespace zc {

// The pages of a load made into rows on workers of the global thread pool (serialising each
// record and working out its cells takes 4-7 ms for a page of 1,000 users or 500 segments,
// which the UI thread then spent between paints), handed to `take` on this object's thread in
// the order the pages came, one per turn of the event loop so that painting and input come
// between them. drain() hands on every page still waiting, now (a conversion no worker has
// begun runs on the calling thread). Deleted with the load it serves (at its end, or when a
// newer load starts), it hands on nothing more: the conversions under way finish with data
// of their own and are dropped.
class RecordPageConverter : public QObject
{
public:
    static constexpr QLatin1StringView kName{"zc-record-table-page-converter"};

    RecordPageConverter(std::shared_ptr<const RecordRowMaker> maker,
                        std::function<void(const RecordRows &rows)> take, QObject *parent);

    void add(const QJsonArray &page);
    void drain();

private:
    void takeFront();

    std::shared_ptr<const RecordRowMaker> m_maker;
    std::function<void(const RecordRows &rows)> m_take;
    std::deque<QFuture<RecordRows>> m_pages;
    QFutureWatcher<RecordRows> m_front;
};

} // namespace zc
