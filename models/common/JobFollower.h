// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "net/Job.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>
#include <utility>

namespace zc {

// Follows one job at a time on behalf of a model that has the signals loadingChanged(bool),
// loaded(int) and failed(const zc::ApiError &), and starts it if nobody did. A job already
// under way is cancelled and no longer heard. Only when the job succeeded does `apply` replace
// the model's data (it returns the count for loaded()), then loadingChanged(false) and
// loaded() follow. A failure or a cancel leaves the data as it was, is kept as lastError(),
// and is reported with loadingChanged(false) and failed().
template<typename Model> class JobFollower
{
public:
    explicit JobFollower(Model *model)
        : m_model(model)
    {}
    JobFollower(const JobFollower &) = delete;
    JobFollower &operator=(const JobFollower &) = delete;

    template<typename J> void follow(J *job, std::function<int(std::type_identity_t<J> *)> apply)
    {
        followJob(job,
                  [apply = std::move(apply)](Job *done) { return apply(static_cast<J *>(done)); });
    }

    void cancel()
    {
        if (m_job)
            m_job->cancel();
    }
    bool isLoading() const { return !m_job.isNull(); }
    ApiError lastError() const { return m_lastError; }

private:
    void followJob(Job *job, std::function<int(Job *)> apply)
    {
        if (m_job && m_job != job) {
            Job *old = m_job;
            m_job = nullptr;
            old->disconnect(m_model);
            old->cancel();
        }
        m_job = job;
        m_lastError = {};
        Q_EMIT m_model->loadingChanged(true);
        QObject::connect(job, &Job::succeeded, m_model,
                         [this, apply = std::move(apply)](Job *done) {
                             if (m_job != done)
                                 return;
                             m_job = nullptr;
                             const int count = apply(done);
                             Q_EMIT m_model->loadingChanged(false);
                             Q_EMIT m_model->loaded(count);
                         });
        QObject::connect(job, &Job::failed, m_model, [this](Job *done, const ApiError &error) {
            if (m_job != done)
                return;
            m_job = nullptr;
            m_lastError = error;
            Q_EMIT m_model->loadingChanged(false);
            Q_EMIT m_model->failed(error);
        });
        if (job->status() == Job::Status::Ready)
            job->start();
    }

    Model *m_model;
    QPointer<Job> m_job;
    ApiError m_lastError;
};

} // namespace zc
