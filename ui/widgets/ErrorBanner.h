// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "oneapi/Product.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace zc {

// A coloured bar above a view that says what went wrong in one sentence, with Retry and a
// close button. Hidden until something is shown. Three looks:
//   Error    red: the request failed (network, server, timeout...)
//   Warning  amber: the tenant refuses for a reason the user cannot fix by retrying now
//            (read-only maintenance, the API client is not entitled to the product)
//   Info     blue: nothing failed, but something is worth knowing (a cancelled load...)
class ErrorBanner : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString severityName READ severityName)
public:
    enum class Severity
    {
        Error,
        Warning,
        Info
    };
    Q_ENUM(Severity)

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows error.message() with the look that fits its kind: ReadOnly and Forbidden are
    // warnings, Cancelled is info, everything else an error. Kind::None hides the banner.
    // retryable=false hides the Retry button.
    void showError(const ApiError &error, bool retryable = true);
    // Shows any sentence with the given look.
    void showMessage(Severity severity, const QString &text, bool retryable = false);
    // "This API client is not entitled to ZDX. An administrator can grant it in ZIdentity."
    void showNotEntitled(Product product);

    static Severity severityFor(ApiError::Kind kind);

    Severity severity() const { return m_severity; }
    QString severityName() const; // "error", "warning", "info"
    QString message() const;
    bool isRetryVisible() const;
    QPushButton *retryButton() const { return m_retry; }
    QToolButton *closeButton() const { return m_close; }

public Q_SLOTS:
    // Hides the banner (the close button does the same and emits dismissed()).
    void clear();

Q_SIGNALS:
    void retryRequested();
    void dismissed();

private:
    void applySeverity(Severity severity);

    Severity m_severity = Severity::Error;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QToolButton *m_close;
};

} // namespace zc
