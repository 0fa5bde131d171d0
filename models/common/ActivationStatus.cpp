// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivationStatus.h"

#include "net/ApiClient.h"

namespace zc {

ActivationStatus::ActivationStatus(Product product, ApiClient *client, Overlap overlap,
                                   QObject *parent)
    : QObject(parent)
    , m_product(product)
    , m_overlap(overlap)
    , m_client(client)
{
    if (client) {
        connect(client, &ApiClient::readOnlyDetected, this, [this](Product detected) {
            if (detected == m_product)
                setReadOnly(true);
        });
    }
}

ApiClient *ActivationStatus::client() const
{
    return m_client;
}

void ActivationStatus::refresh()
{
    start(Request::Refresh);
}

void ActivationStatus::activate()
{
    start(Request::Activate);
}

void ActivationStatus::cancel()
{
    for (const QPointer<Job> &job : m_jobs) {
        if (job)
            job->cancel();
    }
}

void ActivationStatus::start(Request request)
{
    QPointer<Job> &job = m_jobs[size_t(request)];
    if (!m_client || job || (m_overlap == Overlap::None && isLoading()))
        return;
    const bool wasLoading = isLoading();
    job = send(request);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

Job *ActivationStatus::watchJob(Request request, Job *job, std::function<QJsonObject()> answer)
{
    connect(job, &Job::succeeded, this,
            [this, request, answer = std::move(answer)] { succeed(request, answer()); });
    connect(job, &Job::failed, this,
            [this, request](Job *, const ApiError &error) { fail(request, error); });
    return job;
}

void ActivationStatus::succeed(Request request, const QJsonObject &answer)
{
    const bool activation = request == Request::Activate;
    m_jobs[size_t(request)] = nullptr;
    m_lastError = {};
    if (activation)
        setReadOnly(false);
    m_answer = answer;
    m_state = readState(answer);
    Q_EMIT changed();
    if (activation)
        Q_EMIT activated();
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

void ActivationStatus::fail(Request request, const ApiError &error)
{
    m_jobs[size_t(request)] = nullptr;
    m_lastError = error;
    if (error.kind == ApiError::Kind::ReadOnly)
        setReadOnly(true);
    Q_EMIT failed(error);
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

QString ActivationStatus::stateText(State state, const QString &other)
{
    switch (state) {
    case State::Unknown:
        return tr("Unknown");
    case State::Active:
        return tr("Active");
    case State::Pending:
        return tr("Changes pending");
    case State::Activating:
        return tr("Activating");
    case State::Failed:
        return tr("Activation failed");
    case State::Other:
        return other;
    }
    return other;
}

void ActivationStatus::setReadOnly(bool on)
{
    if (m_readOnly == on)
        return;
    m_readOnly = on;
    Q_EMIT readOnlyChanged(on);
}

} // namespace zc
