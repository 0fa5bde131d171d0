#pragma once

#include "net/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace zc {

class ApiClient;
class ApiJob;

// ZIA activation status for views: refresh() reads GET /status, activate() sends
// POST /status/activate and shows the answer. Read-only maintenance (403 x-zscaler-mode:
// read-only, or ApiClient::readOnlyDetected for ZIA) sets readOnly until an activation
// succeeds; views disable "Activate" meanwhile.
class ZiaActivation : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY readOnlyChanged)
public:
    enum class State
    {
        Unknown,    // not read yet
        Active,     // "ACTIVE": nothing pending
        Pending,    // "PENDING": changes wait for activation
        Activating, // "INPROGRESS"
        Other,      // a value this console does not know: status() has it
    };
    Q_ENUM(State)

    explicit ZiaActivation(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString status() const { return m_status; } // the API's word, e.g. "PENDING"
    QString stateText() const;                  // translated
    static State stateOf(const QString &status);
    static QString stateText(State state, const QString &status = {});

    bool isLoading() const { return !m_job.isNull(); }
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
    void start(ApiJob *job, bool activation);
    void setStatus(const QString &status);
    void setReadOnly(bool on);

    QPointer<ApiClient> m_client;
    QPointer<ApiJob> m_job;
    QString m_status;
    State m_state = State::Unknown;
    bool m_readOnly = false;
    ApiError m_lastError;
};

} // namespace zc
