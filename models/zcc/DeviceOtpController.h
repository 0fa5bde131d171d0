// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "zcc/ZccDeviceQuery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace zc {

class ApiClient;
class DeviceModel;
class OtpAuditLog;
class OtpModel;
class ZccOtpJob;
class ZccService;

// The device-OTP work of the helpdesk, without widgets: list a user's Client Connector devices
// (the service's short cache spares the hourly budget), keep the selected device, fetch its
// one-time passwords (a retrieval of another device drops the previous one and its values),
// write every retrieval to the audit list (never the values), and remember the failed call so
// that it can be asked again. Its own cancellations (another device, the session ending) are
// not reported as failures.
class DeviceOtpController : public QObject
{
    Q_OBJECT
public:
    enum class Call
    {
        None,
        Search,
        Otps,
    };
    Q_ENUM(Call)

    explicit DeviceOtpController(QObject *parent = nullptr);
    ~DeviceOtpController() override;

    // The session's client and profile (named in the audit list with the client ID and the
    // account on this computer; the CLI without a profile gives none); nullptr drops
    // everything.
    void setClient(ApiClient *client, const QString &profileName = {});
    ZccService *service() const { return m_service; }
    bool isConnected() const { return m_service != nullptr; }

    DeviceModel *devices() const { return m_devices; }
    OtpModel *otps() const { return m_otps; }
    OtpAuditLog *auditLog() const { return m_audit; }

    // Lists the query's devices; force: ask the API even when the cached list is fresh.
    void search(const ZccDeviceQuery &query, bool force = false);
    // Whether the list shown came from the cache, and why the last search failed.
    bool listFromCache() const { return m_listFromCache; }
    ApiError::Kind searchError() const { return m_searchError; }
    QString searchedUser() const { return m_searchedUser; }

    // Another device drops the OTPs of the previous one (a retrieval under way is cancelled).
    // True when the device changed.
    bool selectDevice(const QJsonObject &device);
    QJsonObject selectedDevice() const { return m_selected; }

    // Fetches the OTPs of the selected device: the job under way (followed by otps()), or
    // nullptr when there is no session or no device.
    ZccOtpJob *fetchOtps();
    bool isFetchingOtps() const;
    // The device whose OTPs are asked for or shown.
    QJsonObject otpDevice() const { return m_otpDevice; }
    // The device whose retrieval failed last (for Retry, whatever is selected since).
    QJsonObject failedOtpDevice() const { return m_failedOtpDevice; }
    void forgetFailedOtpDevice() { m_failedOtpDevice = {}; }
    // Why the last audit entry could not be written (empty when it was).
    QString auditError() const { return m_auditError; }

    Call lastCall() const { return m_lastCall; }
    // Repeats the last search as it was asked (the OTPs: see failedOtpDevice()).
    void searchAgain();
    // Cancels what runs: the retrieval if any, else the search.
    void cancel();

    static QString udidOf(const QJsonObject &device);
    static QString hostnameOf(const QJsonObject &device);
    static QString userOf(const QJsonObject &device);

Q_SIGNALS:
    void connectedChanged(bool connected);
    // The device list came (rows), or the search failed (not for cancels of its own).
    void devicesLoaded(int rows);
    void otpsLoaded(int rows);
    void failed(zc::DeviceOtpController::Call call, const zc::ApiError &error);
    // The OTPs shown were dropped (another device, the session ended).
    void otpsCleared();

private:
    void clearOtps();
    void cancelOtpsQuietly();

    ZccService *m_service = nullptr;
    DeviceModel *m_devices;
    OtpModel *m_otps;
    OtpAuditLog *m_audit;
    QString m_profileName;
    QString m_clientId;
    QJsonObject m_selected;
    QJsonObject m_otpDevice;
    QJsonObject m_failedOtpDevice;
    ZccDeviceQuery m_query;
    Call m_lastCall = Call::None;
    bool m_lastForce = false;
    ApiError::Kind m_searchError = ApiError::Kind::None;
    bool m_expectCache = false; // the search in flight is answered from the cache
    bool m_listFromCache = false;
    bool m_quiet = false; // a cancel of our own is under way
    QString m_searchedUser;
    QString m_auditError;
};

} // namespace zc
