// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "pages/zcc/DeviceOtpPane.h"
#include "pages/zcc/OtpAuditPanel.h"
#include "zcc/DeviceOtpController.h"
#include "zcc/OtpModel.h"

#include <QJsonObject>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;

namespace zc {

class DeviceModel;
class RecordTableView;
class ZccService;

// Device OTP (helpdesk): find a user's Client Connector devices, read one device's one-time
// passwords, copy one without leaving it lying around. The work is DeviceOtpController's:
// every ZCC call counts against about 100 an hour, so device lists come from the service's
// short cache while fresh (the page says so), the filter narrows the fetched list without
// calls, and the remaining budget shows next to the list. OTPs are masked until revealed, hide
// again after revealTimeout() (OtpModel), and are wiped when another device is selected or the
// session ends; copies go to the clipboard as concealed and clear themselves. Each retrieval
// is written to the local audit list (never the values).
//
// handleNavigation() keys: "user" (or "userEmail") and "hostname" fill the search and run it.
// "Open deep traces" sends navigate(Area::DeepTraces, {"userEmail", "hostname", "udid"}).
class DeviceOtpPage : public Page
{
    Q_OBJECT
public:
    static constexpr int kDefaultRevealTimeoutMs = OtpModel::kDefaultRevealTimeoutMs;

    explicit DeviceOtpPage(Session *session, QWidget *parent = nullptr);
    ~DeviceOtpPage() override;

    void refresh() override;
    void handleNavigation(const QVariantMap &arguments) override;

    // How long a revealed OTP stays visible (60 s; tests make it short).
    void setRevealTimeout(int ms) { otpModel()->setRevealTimeout(ms); }
    int revealTimeout() const { return otpModel()->revealTimeout(); }

    // The page's widgets, made by buildUi(); tests drive the page through them (the OTP pane's
    // and the audit panel's parts through theirs).
    struct Widgets
    {
        QLineEdit *user = nullptr;
        QLineEdit *hostname = nullptr;
        QPushButton *search = nullptr;
        QLabel *age = nullptr;    // how old the cached device list is
        QLabel *budget = nullptr; // ZCC calls left this hour
        RecordTableView *devices = nullptr;
        DeviceOtpPane *pane = nullptr;
        QSplitter *splitter = nullptr;
        OtpAuditPanel *audit = nullptr;
    };
    const Widgets &widgets() const { return m_ui; }
    DeviceOtpController *controller() const { return m_controller; }
    DeviceModel *deviceModel() const { return m_controller->devices(); }
    ZccService *service() const { return m_controller->service(); }
    OtpModel *otpModel() const { return m_controller->otps(); }
    OtpAuditLog *auditLog() const { return m_controller->auditLog(); }
    ErrorBanner *errorBanner() const { return m_scaffold.banner(); }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }
    QJsonObject selectedDevice() const { return m_controller->selectedDevice(); }

public Q_SLOTS:
    // Lists the devices of the user in the search box (and hostname, if given). force: ask
    // the API even when the cached list is fresh.
    void search(bool force = false);
    // Fetches the OTPs of the selected device.
    void fetchOtps();
    // Copies one OTP (row of otpModel()) as concealed; it clears itself.
    void copyOtp(int row);
    // Copies `otp`, else the first OTP that has a value.
    void copyMainOtp();
    void toggleRevealAll();
    void setAuditVisible(bool visible);
    void openDeepTraces();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void onConnectedChanged(bool connected);
    void onDeviceSelected(const QJsonObject &record);
    void onDevicesLoaded(int rows);
    void onOtpsLoaded(int rows);
    void onFailed(DeviceOtpController::Call call, const ApiError &error);
    void retry();
    void retryOtps();
    void updateBusy();
    void showReadOnly();
    void updateAge();
    void updateBudget();
    void updateDeviceActions();
    void updateEmptyTexts();
    void fitDeviceList();

    DeviceOtpController *m_controller;
    PageScaffold m_scaffold;
    bool m_focusedOnce = false;

    Widgets m_ui;
    QTimer m_ageTimer;
};

} // namespace zc
