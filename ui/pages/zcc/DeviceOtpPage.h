// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "net/HttpLog.h"
#include "net/RateLimiter.h"
#include "pages/Page.h"
#include "zcc/ZccService.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;
class QWidget;

namespace zc {

class BusyBar;
class DeviceModel;
class ErrorBanner;
class OtpAuditLog;
class OtpListWidget;
class OtpModel;
class RecordTableView;

// Device OTP (helpdesk): find a user's Client Connector devices, read one device's one-time
// passwords, copy one without leaving it lying around. Every ZCC call counts against about
// 100 an hour, so device lists come from the service's short cache while fresh (the page says
// so), the filter narrows the fetched list without calls, and the remaining budget shows next
// to the list. OTPs are masked until revealed, hide again after revealTimeout(), and are
// wiped when another device is selected or the session ends; copies go to the clipboard as
// concealed and clear themselves. Each retrieval is written to the local audit list (never
// the values).
//
// handleNavigation() keys: "user" (or "userEmail") and "hostname" fill the search and run it.
// "Open deep traces" sends navigate(Area::DeepTraces, {"userEmail", "hostname", "udid"}).
class DeviceOtpPage : public Page
{
    Q_OBJECT
public:
    static constexpr int kDefaultRevealTimeoutMs = 60000;

    explicit DeviceOtpPage(Session *session, QWidget *parent = nullptr);
    ~DeviceOtpPage() override;

    void refresh() override;
    void handleNavigation(const QVariantMap &arguments) override;

    // How long a revealed OTP stays visible (60 s; tests make it short).
    void setRevealTimeout(int ms);
    int revealTimeout() const { return m_revealTimeoutMs; }

    // The parts a user sees, for tests.
    QLineEdit *userEdit() const { return m_userEdit; }
    QLineEdit *hostnameEdit() const { return m_hostnameEdit; }
    QPushButton *searchButton() const { return m_searchButton; }
    RecordTableView *deviceView() const { return m_deviceView; }
    DeviceModel *deviceModel() const { return m_devices; }
    ZccService *service() const { return m_service; }
    OtpModel *otpModel() const { return m_otps; }
    OtpListWidget *otpList() const { return m_otpList; }
    OtpAuditLog *auditLog() const { return m_audit; }
    ErrorBanner *errorBanner() const { return m_banner; }
    BusyBar *busyBar() const { return m_busy; }
    QLabel *listAgeLabel() const { return m_ageLabel; }
    QLabel *budgetLabel() const { return m_budgetLabel; }
    QLabel *deviceTitleLabel() const { return m_deviceTitle; }
    QLabel *otpStatusLabel() const { return m_otpStatus; }
    QPushButton *getOtpsButton() const { return m_getOtpsButton; }
    QPushButton *revealAllButton() const { return m_revealAllButton; }
    QPushButton *copyMainButton() const { return m_copyMainButton; }
    QPushButton *deepTracesButton() const { return m_deepTracesButton; }
    QAction *copyMainAction() const { return m_copyMainAction; }
    QAction *deepTracesAction() const { return m_deepTracesAction; }
    QToolButton *auditToggle() const { return m_auditToggle; }
    QTableView *auditView() const { return m_auditView; }
    QJsonObject selectedDevice() const { return m_selected; }

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
    void attachService();
    void detachService();
    void onDeviceSelected(const QJsonObject &record);
    void clearOtps();
    void retryOtps();
    void onOtpsLoaded(int rows);
    void onRevealChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                         const QList<int> &roles);
    void scheduleRevealExpiry();
    void hideExpiredReveals();
    void showApiError(const ApiError &error);
    void showReadOnly();
    void updateAge();
    void updateBudget();
    void updateDeviceActions();
    void updateAuditToggle();
    void updateEmptyTexts();
    void fitDeviceList();
    int mainOtpRow() const;

    enum class LastCall
    {
        None,
        Search,
        Otps
    };

    QPointer<ZccService> m_service;
    DeviceModel *m_devices = nullptr;
    OtpModel *m_otps;
    OtpAuditLog *m_audit;
    QPointer<ZccOtpJob> m_otpJob;
    QJsonObject m_selected;          // the current device
    QJsonObject m_otpDevice;         // the device whose OTPs are asked for or shown
    QJsonObject m_failedOtpDevice;   // the device whose OTP call failed last (for Retry)
    QHash<int, qint64> m_revealedAt; // row → when it was revealed (ms since epoch)
    int m_revealTimeoutMs = kDefaultRevealTimeoutMs;
    LastCall m_lastCall = LastCall::None;
    bool m_lastForce = false;
    ApiError::Kind m_searchError = ApiError::Kind::None; // why the last device search failed
    bool m_expectCache = false; // the search in flight is answered from the cache
    bool m_listFromCache = false;
    bool m_quietCancel = false;
    bool m_focusedOnce = false;
    QString m_searchedUser;

    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_hostnameEdit = nullptr;
    QPushButton *m_searchButton = nullptr;
    ErrorBanner *m_banner = nullptr;
    BusyBar *m_busy = nullptr;
    QLabel *m_ageLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    RecordTableView *m_deviceView = nullptr;
    QLabel *m_deviceTitle = nullptr;
    QLabel *m_deviceSubtitle = nullptr;
    QPushButton *m_getOtpsButton = nullptr;
    QPushButton *m_revealAllButton = nullptr;
    QPushButton *m_copyMainButton = nullptr;
    QPushButton *m_deepTracesButton = nullptr;
    QAction *m_copyMainAction = nullptr;
    QAction *m_deepTracesAction = nullptr;
    QAction *m_getOtpsAction = nullptr;
    OtpListWidget *m_otpList = nullptr;
    QLabel *m_otpStatus = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_auditToggle = nullptr;
    QWidget *m_auditPanel = nullptr;
    QTableView *m_auditView = nullptr;
    QLabel *m_auditNote = nullptr;
    QTimer m_ageTimer;
    QTimer m_revealTimer;
};

} // namespace zc
