// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/Credentials.h"
#include "net/ApiError.h"
#include "oneapi/ConnectionSettings.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QProgressBar;
class QPushButton;

namespace zc {

class ApiClient;

// "Test connection": signs in with the given settings and credentials, asks every product
// once (ApiClient::probeProducts) and lists which answer (✓) and which do not (✗, with the
// reason), plus the token lifetime. Starts on construction; Cancel stops it.
class TestConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    TestConnectionDialog(const ConnectionSettings &settings, Credentials credentials,
                         QWidget *parent = nullptr);
    ~TestConnectionDialog() override;

    bool isRunning() const { return m_running; }
    // Products probed so far, and of those the ones that answered.
    int probedCount() const { return m_results.size(); }
    int answeredCount() const;
    // The error of a probed product (kind None when it answered).
    ApiError result(Product product) const { return m_results.value(product); }
    QString summaryText() const;
    QString tokenText() const;
    // What the row of a product shows: "✓ answers" / "✗ fails", and the sentence.
    QString statusText(Product product) const;
    QString detailText(Product product) const;

    // Stops the probes under way (they end as cancelled).
    void cancel();

Q_SIGNALS:
    void testFinished();

private:
    void onProbed(Product product, const ApiError &error);
    void onFinished();

    ApiClient *m_client;
    bool m_running = true;
    QMap<Product, ApiError> m_results;
    struct Row
    {
        QLabel *status = nullptr;
        QLabel *detail = nullptr;
    };
    QMap<Product, Row> m_rows;
    QLabel *m_summary;
    QLabel *m_token;
    QProgressBar *m_busy;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
};

} // namespace zc
