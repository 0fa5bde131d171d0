// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Job.h"

#include "ApiClient.h"

namespace zc {

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job()
{
    // A job deleted while running takes its steps with it.
    for (const QPointer<Job> &step : std::as_const(m_steps)) {
        if (step) {
            step->disconnect(this);
            step->cancel();
        }
    }
}

ApiError Job::cancelledError()
{
    return ApiError::make(ApiError::Kind::Cancelled);
}

void Job::start()
{
    if (m_status != Status::Ready)
        return;
    m_status = Status::Running;
    m_starting = true;
    run();
    m_starting = false;
}

void Job::startLater()
{
    QMetaObject::invokeMethod(this, &Job::start, Qt::QueuedConnection);
}

void Job::cancel()
{
    if (isFinished())
        return;
    // Ends first (and cancels the steps under way), so that their cancelled failures are no
    // longer heard.
    abort();
    fail(cancelledError());
}

void Job::succeed()
{
    if (isFinished())
        return;
    end(Status::Succeeded);
}

void Job::fail(ApiError error)
{
    if (isFinished())
        return;
    completeError(error);
    m_error = error;
    end(Status::Failed);
}

void Job::announceWait(int seconds, WaitReason reason)
{
    Q_EMIT waiting(this, seconds, reason);
}

void Job::end(Status status)
{
    m_status = status;
    // A step still under way is of no use any more (its end is no longer heard).
    const QList<QPointer<Job>> steps = std::exchange(m_steps, {});
    for (const QPointer<Job> &step : steps) {
        if (step && !step->isFinished())
            step->cancel();
    }
    if (m_starting) {
        // The caller has not connected yet: tell it on the next turn.
        QMetaObject::invokeMethod(this, &Job::announceEnd, Qt::QueuedConnection);
        return;
    }
    announceEnd();
}

void Job::announceEnd()
{
    if (m_status == Status::Succeeded)
        Q_EMIT succeeded(this);
    else
        Q_EMIT failed(this, m_error);
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

void Job::followStep(Job *step, std::function<void(Job *)> onSuccess,
                     std::function<bool(const ApiError &)> onFailure)
{
    if (isFinished()) {
        step->cancel(); // e.g. cancelled from a progress slot before the next step
        return;
    }
    m_steps.append(step);
    connect(step, &Job::waiting, this,
            [this](Job *, int seconds, WaitReason reason) { announceWait(seconds, reason); });
    connect(step, &Job::finished, this, [this](Job *done) { m_steps.removeAll(done); });
    connect(step, &Job::succeeded, this, [this, onSuccess = std::move(onSuccess)](Job *done) {
        if (!isFinished())
            onSuccess(done);
    });
    connect(step, &Job::failed, this,
            [this, onFailure = std::move(onFailure)](Job *, const ApiError &error) {
                if (isFinished() || (onFailure && onFailure(error)))
                    return;
                fail(error);
            });
    if (step->status() == Status::Ready)
        step->startLater();
}

ClientJob::ClientJob(ApiClient *client, QObject *parent)
    : Job(parent)
    , m_client(client)
{}

ApiClient *ClientJob::client() const
{
    return m_client;
}

bool ClientJob::clientGone()
{
    if (m_client)
        return false;
    fail(cancelledError());
    return true;
}

} // namespace zc
