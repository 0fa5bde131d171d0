// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceOtpController.h"

#include "DeviceModel.h"
#include "OtpAuditLog.h"
#include "OtpModel.h"
#include "ZccService.h"
#include "net/ApiClient.h"
#include "platform/UserAccount.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

DeviceOtpController::DeviceOtpController(QObject *parent)
    : QObject(parent)
    , m_devices(new DeviceModel(nullptr, this))
    , m_otps(new OtpModel(this))
    , m_audit(new OtpAuditLog(this))
{
    connect(m_devices, &DeviceModel::loaded, this, [this](int rows) {
        m_listFromCache = m_expectCache;
        Q_EMIT devicesLoaded(rows);
    });
    connect(m_devices, &DeviceModel::failed, this, [this](const ApiError &error) {
        if (m_quiet)
            return;
        m_searchError = error.kind;
        Q_EMIT failed(Call::Search, error);
    });
    connect(m_otps, &OtpModel::loaded, this, [this](int rows) {
        OtpAuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.profile = m_profileName;
        entry.client = m_clientId;
        entry.osUser = platform::currentUserName();
        entry.kinds = m_otps->kinds();
        entry.user = userOf(m_otpDevice);
        entry.hostname = hostnameOf(m_otpDevice);
        entry.udid = udidOf(m_otpDevice);
        m_auditError = m_audit->append(entry) ? QString() : m_audit->lastError();
        Q_EMIT otpsLoaded(rows);
    });
    connect(m_otps, &OtpModel::failed, this, [this](const ApiError &error) {
        if (m_quiet)
            return;
        m_failedOtpDevice = m_otpDevice; // Retry asks for this one's, whatever is selected
        Q_EMIT failed(Call::Otps, error);
    });
}

DeviceOtpController::~DeviceOtpController()
{
    blockSignals(true); // the view that listens may be half destroyed
    setClient(nullptr);
    m_otps->clear(); // wipes the values now
}

QString DeviceOtpController::udidOf(const QJsonObject &device)
{
    return device.value("udid"_L1).toString();
}

QString DeviceOtpController::hostnameOf(const QJsonObject &device)
{
    return device.value("machineHostname"_L1).toString();
}

QString DeviceOtpController::userOf(const QJsonObject &device)
{
    return device.value("user"_L1).toString();
}

void DeviceOtpController::setClient(ApiClient *client, const QString &profileName)
{
    const bool wasConnected = isConnected();
    cancelOtpsQuietly();
    clearOtps();
    m_selected = {};
    m_quiet = true;
    m_devices->setService(nullptr);
    m_quiet = false;
    if (m_service) {
        m_service->deleteLater();
        m_service = nullptr;
    }
    m_lastCall = Call::None;
    m_failedOtpDevice = {};
    m_searchError = ApiError::Kind::None;
    m_listFromCache = false;
    m_searchedUser.clear();
    m_profileName = profileName;
    m_clientId = client ? client->settings().clientId : QString();
    if (client) {
        m_service = new ZccService(client, this);
        m_devices->setService(m_service);
    }
    if (wasConnected || client)
        Q_EMIT connectedChanged(isConnected());
}

// --- Devices -------------------------------------------------------------------------------

void DeviceOtpController::search(const ZccDeviceQuery &query, bool force)
{
    if (!m_service)
        return;
    m_query = query;
    m_lastCall = Call::Search;
    m_lastForce = force;
    m_searchError = ApiError::Kind::None;
    m_searchedUser = query.username;
    m_expectCache = !force && m_service->isFresh(query);
    m_devices->setQuery(query);
    m_devices->refresh(force);
}

void DeviceOtpController::searchAgain()
{
    search(m_query, m_lastForce);
}

bool DeviceOtpController::selectDevice(const QJsonObject &device)
{
    const bool changed = udidOf(device) != udidOf(m_selected) || device.isEmpty();
    if (changed) {
        // Another device: its predecessor's OTPs go, revealed or not.
        cancelOtpsQuietly();
        clearOtps();
    }
    m_selected = device;
    return changed;
}

// --- OTPs ----------------------------------------------------------------------------------

ZccOtpJob *DeviceOtpController::fetchOtps()
{
    if (!m_service || m_selected.isEmpty() || udidOf(m_selected).isEmpty())
        return nullptr;
    cancelOtpsQuietly();
    clearOtps();
    m_lastCall = Call::Otps;
    m_failedOtpDevice = {};
    m_otpDevice = m_selected;
    ZccOtpJob *job = m_service->otp(udidOf(m_selected));
    m_otps->load(job);
    return job;
}

bool DeviceOtpController::isFetchingOtps() const
{
    return m_otps->isLoading();
}

void DeviceOtpController::cancel()
{
    if (m_otps->isLoading())
        m_otps->cancel();
    else
        m_devices->cancel();
}

void DeviceOtpController::cancelOtpsQuietly()
{
    m_quiet = true;
    m_otps->cancel();
    m_quiet = false;
}

void DeviceOtpController::clearOtps()
{
    m_otps->setAllRevealed(false);
    m_otps->clear(); // wipes the values
    m_otpDevice = {};
    Q_EMIT otpsCleared();
}

} // namespace zc
