#include "ZtwActivation.h"

#include "ZtwService.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZtwActivation::ZtwActivation(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    if (client) {
        connect(client, &ApiClient::readOnlyDetected, this, [this](Product product) {
            if (product == Product::Ztw)
                setReadOnly(true);
        });
    }
}

QString ZtwActivation::orgEditStatus() const
{
    return m_status.value("orgEditStatus"_L1).toString();
}

QString ZtwActivation::orgLastActivateStatus() const
{
    return m_status.value("orgLastActivateStatus"_L1).toString();
}

QString ZtwActivation::adminActivateStatus() const
{
    return m_status.value("adminActivateStatus"_L1).toString();
}

QJsonObject ZtwActivation::adminStatusMap() const
{
    return m_status.value("adminStatusMap"_L1).toObject();
}

ZtwActivation::State ZtwActivation::stateOf(const QJsonObject &status)
{
    const QString admin = status.value("adminActivateStatus"_L1).toString();
    const QString edits = status.value("orgEditStatus"_L1).toString();
    if (admin == "ADM_ACTV_QUEUED"_L1 || admin == "ADM_ACTIVATING"_L1)
        return State::Activating;
    if (admin == "ADM_ACTV_FAIL"_L1)
        return State::Failed;
    if (edits == "EDITS_PRESENT"_L1)
        return State::Pending;
    if (edits == "EDITS_CLEARED"_L1 || edits == "EDITS_ACTIVATED_ON_RESTART"_L1)
        return State::Active;
    if (admin == "ADM_ACTV_DONE"_L1)
        return State::Active;
    if (admin == "ADM_EDITING"_L1)
        return State::Pending;
    return State::Unknown;
}

QString ZtwActivation::stateText(State state)
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
    }
    return tr("Unknown");
}

QString ZtwActivation::stateText() const
{
    return stateText(m_state);
}

void ZtwActivation::refresh()
{
    if (!m_client || m_job)
        return;
    const bool wasLoading = isLoading();
    m_job = ZtwService(m_client).activationStatus();
    connect(m_job, &ApiJob::succeeded, this, [this](ApiJob *job) {
        m_job = nullptr;
        m_lastError = {};
        setStatus(job->json().object());
        if (!isLoading())
            Q_EMIT loadingChanged(false);
    });
    connect(m_job, &ApiJob::failed, this, [this](ApiJob *, const ApiError &error) {
        m_job = nullptr;
        fail(error);
    });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ZtwActivation::activate()
{
    if (!m_client || m_activateJob)
        return;
    const bool wasLoading = isLoading();
    auto *job = new ZtwActivateJob(m_client, this);
    m_activateJob = job;
    connect(job, &ZtwActivateJob::finished, job, &QObject::deleteLater);
    connect(job, &ZtwActivateJob::succeeded, this, [this](const QJsonObject &status) {
        m_activateJob = nullptr;
        m_lastError = {};
        setReadOnly(false);
        setStatus(status);
        Q_EMIT activated();
        if (!isLoading())
            Q_EMIT loadingChanged(false);
    });
    connect(job, &ZtwActivateJob::failed, this, [this](const ApiError &error) {
        m_activateJob = nullptr;
        fail(error);
    });
    job->start();
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ZtwActivation::cancel()
{
    if (m_job)
        m_job->cancel();
    if (m_activateJob)
        m_activateJob->cancel();
}

void ZtwActivation::setStatus(const QJsonObject &status)
{
    m_status = status;
    m_state = stateOf(status);
    Q_EMIT changed();
}

void ZtwActivation::setReadOnly(bool on)
{
    if (m_readOnly == on)
        return;
    m_readOnly = on;
    Q_EMIT readOnlyChanged(on);
}

void ZtwActivation::fail(const ApiError &error)
{
    m_lastError = error;
    if (error.kind == ApiError::Kind::ReadOnly)
        setReadOnly(true);
    Q_EMIT failed(error);
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

} // namespace zc
