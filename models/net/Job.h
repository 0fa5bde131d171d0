// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "HttpLog.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace zc {

class ApiClient;

// The one base of everything request-shaped: a single request (ApiJob), every page of a list
// (PagedFetch) and the jobs made of several requests (UrlLookupJob, ZtwActivateJob...).
//
// The contract, the same for all of them:
// - start() runs the job once; a job never reports inside start(): an outcome known at once
//   (bad input, no client) is reported on the next event-loop turn, after the caller connected.
// - It ends exactly once: succeeded(job) or failed(job, error), then finished(job). error()
//   keeps the final error. cancel() ends a running (or not yet started) job with the cancelled
//   error; after the end, cancel() does nothing.
// - waiting(job, seconds, reason) announces a rate-limit or retry wait, its own or a step's.
// - It deletes itself (deleteLater) after finished() unless setAutoDelete(false): read its
//   results in the slots connected to succeeded() or finished().
//
// A job made of several requests follows each of them with follow(): their waits are relayed,
// a failure of the step fails the job (unless the step's failure handler takes it), and
// cancel() cancels the step under way.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ready,
        Running,
        Succeeded,
        Failed
    };
    Q_ENUM(Status)

    ~Job() override;

    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    bool isFinished() const { return m_status == Status::Succeeded || m_status == Status::Failed; }
    // The final error: set once the job failed.
    ApiError error() const { return m_error; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // The error every cancelled job fails with.
    static ApiError cancelledError();

public Q_SLOTS:
    void start();
    // start() on the next event-loop turn: for a service that returns a job already started.
    void startLater();
    void cancel();

Q_SIGNALS:
    void succeeded(zc::Job *job);
    void failed(zc::Job *job, const zc::ApiError &error);
    void finished(zc::Job *job);
    // A wait before the next request: announce it ("rate limited by ZIA, retrying in 3 s").
    void waiting(zc::Job *job, int seconds, zc::WaitReason reason);

protected:
    explicit Job(QObject *parent = nullptr);

    // What start() does, once.
    virtual void run() = 0;
    // What cancel() stops besides the followed steps (a reply, a timer), before the job fails
    // with the cancelled error.
    virtual void abort() {}
    // Completes an error before it is kept and reported (ApiJob: the product, the attempts).
    virtual void completeError(ApiError &error) const { Q_UNUSED(error) }

    // The one way a job ends; both do nothing once it has ended.
    void succeed();
    void fail(ApiError error);
    void announceWait(int seconds, WaitReason reason);

    // Follows a step of this job, and starts it on the next event-loop turn unless its maker
    // started it: `onSuccess(step)` when it succeeded; `onFailure(error)`, when given, may take
    // a failure by returning true (e.g. to try another way), else the job fails with the
    // step's error. Nothing is called once this job has ended.
    template<typename Step, typename OnSuccess>
    Step *follow(Step *step, OnSuccess onSuccess,
                 std::function<bool(const ApiError &)> onFailure = {})
    {
        followStep(
            step,
            [onSuccess = std::move(onSuccess)](Job *done) { onSuccess(static_cast<Step *>(done)); },
            std::move(onFailure));
        return step;
    }

private:
    void followStep(Job *step, std::function<void(Job *)> onSuccess,
                    std::function<bool(const ApiError &)> onFailure);
    void end(Status status);
    void announceEnd();

    Status m_status = Status::Ready;
    ApiError m_error;
    QList<QPointer<Job>> m_steps; // followed and not finished
    bool m_autoDelete = true;
    bool m_starting = false;
};

// A job that sends its requests through one API client (PagedFetch, UrlLookupJob,
// SnapshotJob...). It holds the client weakly: signing out deletes the client while a job may
// still be under way, and the job's next step then ends it as cancelled instead of using a
// dangling client.
class ClientJob : public Job
{
    Q_OBJECT
protected:
    explicit ClientJob(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const;
    // True, after failing the job with the cancelled error, when the client is gone.
    bool clientGone();

private:
    QPointer<ApiClient> m_client;
};

} // namespace zc
