// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordPageConverter.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace zc {

RecordPageConverter::RecordPageConverter(std::shared_ptr<const RecordRowMaker> maker,
                                         std::function<void(const RecordRows &rows)> take,
                                         QObject *parent)
    : QObject(parent)
    , m_maker(std::move(maker))
    , m_take(std::move(take))
{
    setObjectName(kName);
    // The front page's rows: handed on, then the next page watched (its finished() comes as
    // an event of its own, a turn later, even when it is done already).
    connect(&m_front, &QFutureWatcherBase::finished, this, [this] {
        if (m_pages.empty())
            return;
        takeFront();
        if (!m_pages.empty())
            m_front.setFuture(m_pages.front());
    });
}

void RecordPageConverter::add(const QJsonArray &page)
{
    m_pages.push_back(QtConcurrent::run(QThreadPool::globalInstance(), [maker = m_maker, page] {
        RecordRows rows;
        maker->add(rows, page);
        return rows;
    }));
    if (m_pages.size() == 1)
        m_front.setFuture(m_pages.front());
}

void RecordPageConverter::drain()
{
    while (!m_pages.empty()) {
        m_pages.front().waitForFinished();
        takeFront();
    }
}

void RecordPageConverter::takeFront()
{
    const QFuture<RecordRows> page = std::move(m_pages.front());
    m_pages.pop_front();
    m_take(page.result());
}

} // namespace zc
