#pragma once

#include "net/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace zc {

class ApiClient;
class ApiJob;
class ZtwActivateJob;

// Cloud & Branch Connector activation status for views: refresh() reads
// GET /ecAdminActivateStatus, activate() activates pending edits (ZtwActivateJob: POST, PUT
// after a 405) and then shows the answer. Read-only maintenance (403 x-zscaler-mode:
// read-only, or ApiClient::readOnlyDetected for ZTW) sets readOnly until an activation
// succeeds; views disable "Activate" meanwhile.
class ZtwActivation : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY readOnlyChanged)
public:
    enum class State
    {
        Unknown,    // not read yet, or values this console does not know
        Active,     // no pending edits (orgEditStatus EDITS_CLEARED)
        Pending,    // edits wait for activation (EDITS_PRESENT)
        Activating, // an activation is queued or running (ADM_ACTV_QUEUED, ADM_ACTIVATING)
        Failed,     // the last activation failed (ADM_ACTV_FAIL)
    };
    Q_ENUM(State)

    explicit ZtwActivation(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    // The API's answer as it came, and its members.
    QJsonObject status() const { return m_status; }
    QString orgEditStatus() const;
    QString orgLastActivateStatus() const;
    QString adminActivateStatus() const;
    QJsonObject adminStatusMap() const;
    // A translated word for the state ("Active", "Changes pending"...).
    QString stateText() const;
    static State stateOf(const QJsonObject &status);
    static QString stateText(State state);

    bool isLoading() const { return m_job || m_activateJob; }
    bool isReadOnly() const { return m_readOnly; }
    // Forgets read-only mode (the user believes maintenance is over); a refused activation
    // sets it again.
    void clearReadOnly() { setReadOnly(false); }
    ApiError lastError() const { return m_lastError; }

public Q_SLOTS:
    void refresh();
    void activate();
    void cancel();

Q_SIGNALS:
    void changed();
    void loadingChanged(bool loading);
    void readOnlyChanged(bool readOnly);
    void activated();
    void failed(const zc::ApiError &error);

private:
    void setStatus(const QJsonObject &status);
    void setReadOnly(bool on);
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    QPointer<ApiJob> m_job;
    QPointer<ZtwActivateJob> m_activateJob;
    QJsonObject m_status;
    State m_state = State::Unknown;
    bool m_readOnly = false;
    ApiError m_lastError;
};

} // namespace zc
