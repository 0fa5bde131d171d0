// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiClient.h"
#include "zdx/ZdxService.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace zc {

// The settings of a new deep trace: a session name prefilled from the user and the time
// ("bbb@bbc.com 2026-11-28 14:05"), the length (5, 15, 30 or 60 minutes), whether to probe the
// device, and optionally an application with its web and CloudPath probes. ZDX offers no API
// that lists applications and probes, so those are typed as IDs (from the ZDX portal).
// OK validates the settings (DeepTraceSettings::validate) and says what is wrong in the
// dialog; the page asks for the final confirmation.
class StartTraceDialog : public QDialog
{
    Q_OBJECT
public:
    StartTraceDialog(const QString &deviceName, const QString &user, const QDateTime &now,
                     QWidget *parent = nullptr);

    // "bbb@bbc.com 2026-11-28 14:05" (the device name when no user is known).
    static QString defaultName(const QString &user, const QDateTime &time);

    DeepTraceSettings settings() const;
    void setLengthMinutes(int minutes);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *lengthBox() const { return m_length; }
    QCheckBox *probeDeviceBox() const { return m_probeDevice; }
    QLineEdit *appEdit() const { return m_app; }
    QLineEdit *webProbeEdit() const { return m_webProbe; }
    QLineEdit *cloudPathProbeEdit() const { return m_cloudPath; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_length;
    QCheckBox *m_probeDevice;
    QLineEdit *m_app;
    QLineEdit *m_webProbe;
    QLineEdit *m_cloudPath;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace zc
