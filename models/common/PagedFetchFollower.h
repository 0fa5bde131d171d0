// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "net/Pager.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace zc {

// Follows one PagedFetch at a time on behalf of a model that has the signals
// loadingChanged(bool), progress(int, int, int), loaded(int) and failed(const zc::ApiError &).
// A fetch already under way is cancelled and no longer heard; progress is relayed; only when
// the last page arrived does `apply` replace the model's data, then loadingChanged(false) and
// loaded() follow. A failure or a cancel leaves the data as it was, is kept as lastError(),
// and is reported with loadingChanged(false) and failed().
template<typename Model> class PagedFetchFollower
{
public:
    // Replaces the model's data with the fetched records; returns the count for loaded().
    using Apply = std::function<int(const QJsonArray &records)>;

    explicit PagedFetchFollower(Model *model)
        : m_model(model)
    {}
    PagedFetchFollower(const PagedFetchFollower &) = delete;
    PagedFetchFollower &operator=(const PagedFetchFollower &) = delete;

    void follow(PagedFetch *fetch, Apply apply)
    {
        if (m_fetch && m_fetch != fetch) {
            PagedFetch *old = m_fetch;
            m_fetch = nullptr;
            old->disconnect(m_model);
            old->cancel();
        }
        m_fetch = fetch;
        m_lastError = {};
        Q_EMIT m_model->loadingChanged(true);
        QObject::connect(fetch, &PagedFetch::progress, m_model, &Model::progress);
        QObject::connect(fetch, &PagedFetch::finished, m_model,
                         [this, fetch, apply = std::move(apply)](const QJsonArray &records) {
                             if (m_fetch != fetch)
                                 return;
                             m_fetch = nullptr;
                             const int count = apply(records);
                             Q_EMIT m_model->loadingChanged(false);
                             Q_EMIT m_model->loaded(count);
                         });
        QObject::connect(fetch, &PagedFetch::failed, m_model, [this, fetch](const ApiError &error) {
            if (m_fetch != fetch)
                return;
            m_fetch = nullptr;
            m_lastError = error;
            Q_EMIT m_model->loadingChanged(false);
            Q_EMIT m_model->failed(error);
        });
        if (!fetch->isRunning())
            fetch->start();
    }

    void cancel()
    {
        if (m_fetch)
            m_fetch->cancel();
    }
    bool isLoading() const { return !m_fetch.isNull(); }
    ApiError lastError() const { return m_lastError; }

private:
    Model *m_model;
    QPointer<PagedFetch> m_fetch;
    ApiError m_lastError;
};

} // namespace zc
