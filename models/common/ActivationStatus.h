// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "net/Job.h"
#include "oneapi/Product.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <array>
#include <functional>

namespace zc {

class ApiClient;
class Job;

// What the activation status objects of the products (ZiaActivation, ZtwActivation) share:
// refresh() reads the status, activate() activates pending changes and then shows the answer,
// cancel() stops both. Read-only maintenance (403 x-zscaler-mode: read-only, or
// ApiClient::readOnlyDetected for the product) sets readOnly until an activation succeeds;
// views disable "Activate" meanwhile. A subclass sends the product's requests (send()) and
// tells the state an answer means (readState()); answer(), state() and stateText() follow them.
// The GUI's activation cards and the CLI's "activation" commands both stand on it.
class ActivationStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(State state READ state NOTIFY changed)
public:
    enum class State
    {
        Unknown,    // not read yet, or values this console does not know
        Active,     // nothing pending
        Pending,    // changes wait for activation
        Activating, // an activation is queued or running
        Failed,     // the last activation failed
        Other,      // a value this console does not know, shown as the API's word
    };
    Q_ENUM(State)

    Product product() const { return m_product; }
    // The last answer read or activated, as the API sent it (empty before the first).
    QJsonObject answer() const { return m_answer; }
    // Whether an answer with a status has been read.
    virtual bool hasStatus() const { return !m_answer.isEmpty(); }
    State state() const { return m_state; }
    // A translated word for the state ("Active", "Changes pending"...).
    QString stateText() const { return stateText(m_state, otherText()); }
    // The word for a state; `other` is the text of State::Other.
    static QString stateText(State state, const QString &other = {});

    bool isLoading() const { return m_jobs[0] || m_jobs[1]; }
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

protected:
    enum class Request
    {
        Refresh,
        Activate,
    };
    // Whether refresh() and activate() wait for any running request, or each only for its own.
    enum class Overlap
    {
        None,
        Allowed,
    };

    ActivationStatus(Product product, ApiClient *client, Overlap overlap, QObject *parent);

    ApiClient *client() const;

    // Starts the request and returns its job, passed through watch().
    virtual Job *send(Request request) = 0;
    // The state a successful answer (a JSON object) means.
    virtual State readState(const QJsonObject &answer) const = 0;
    // The text of State::Other: the API's own word.
    virtual QString otherText() const { return {}; }

    // Follows a job of send(): `answer` reads its JSON object once it succeeded.
    template<typename J, typename Answer> Job *watch(Request request, J *job, Answer answer)
    {
        return watchJob(request, job, [job, answer] { return answer(job); });
    }

private:
    Job *watchJob(Request request, Job *job, std::function<QJsonObject()> answer);
    void start(Request request);
    void succeed(Request request, const QJsonObject &answer);
    void fail(Request request, const ApiError &error);
    void setReadOnly(bool on);

    Product m_product;
    Overlap m_overlap;
    QPointer<ApiClient> m_client;
    std::array<QPointer<Job>, 2> m_jobs; // by Request
    bool m_readOnly = false;
    ApiError m_lastError;
    QJsonObject m_answer;
    State m_state = State::Unknown;
};

} // namespace zc
