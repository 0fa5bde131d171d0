#include "ZiaActivation.h"

#include "ZiaService.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZiaActivation::ZiaActivation(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    if (client) {
        connect(client, &ApiClient::readOnlyDetected, this, [this](Product product) {
            if (product == Product::Zia)
                setReadOnly(true);
        });
    }
}

ZiaActivation::State ZiaActivation::stateOf(const QString &status)
{
    if (status.isEmpty())
        return State::Unknown;
    if (status == "ACTIVE"_L1)
        return State::Active;
    if (status == "PENDING"_L1)
        return State::Pending;
    if (status == "INPROGRESS"_L1 || status == "IN_PROGRESS"_L1)
        return State::Activating;
    return State::Other;
}

QString ZiaActivation::stateText(State state, const QString &status)
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
    case State::Other:
        return status;
    }
    return status;
}

QString ZiaActivation::stateText() const
{
    return stateText(m_state, m_status);
}

void ZiaActivation::refresh()
{
    if (!m_client || m_job)
        return;
    start(ZiaService(m_client).activationStatus(), false);
}

void ZiaActivation::activate()
{
    if (!m_client || m_job)
        return;
    start(ZiaService(m_client).activate(), true);
}

void ZiaActivation::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ZiaActivation::start(ApiJob *job, bool activation)
{
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, activation](ApiJob *done) {
        m_job = nullptr;
        m_lastError = {};
        if (activation)
            setReadOnly(false);
        setStatus(done->json().object().value("status"_L1).toString());
        if (activation)
            Q_EMIT activated();
        Q_EMIT loadingChanged(false);
    });
    connect(job, &ApiJob::failed, this, [this](ApiJob *, const ApiError &error) {
        m_job = nullptr;
        m_lastError = error;
        if (error.kind == ApiError::Kind::ReadOnly)
            setReadOnly(true);
        Q_EMIT failed(error);
        Q_EMIT loadingChanged(false);
    });
    Q_EMIT loadingChanged(true);
}

void ZiaActivation::setStatus(const QString &status)
{
    m_status = status;
    m_state = stateOf(status);
    Q_EMIT changed();
}

void ZiaActivation::setReadOnly(bool on)
{
    if (m_readOnly == on)
        return;
    m_readOnly = on;
    Q_EMIT readOnlyChanged(on);
}

} // namespace zc
