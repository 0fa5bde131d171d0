// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ProxySettings.h"

#include <QByteArray>
#include <QGroupBox>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace zc {

// The proxy part of the profile editor: the system's settings, none, or a manual HTTP proxy
// (host, port, user, and a password that goes to the keychain, never to the settings file).
// A stored password is never shown: the password field stays empty, and an empty field keeps
// the stored password.
class ProxySettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    // `errorLabel` (the form's red sentence for the proxy) is placed under the fields.
    ProxySettingsBox(QLabel *errorLabel, QWidget *parent = nullptr);
    ~ProxySettingsBox() override;

    // `passwordStored`: the keychain holds a password for this proxy.
    void setProxy(const ProxySettings &proxy, bool passwordStored);
    // The settings as the form describes them (the manual server is kept in the other modes,
    // as a profile stores it).
    ProxySettings proxy() const;
    // The password typed for the manual proxy (empty: keep the stored one, or none).
    QByteArray password() const;

Q_SIGNALS:
    void edited();

private:
    void updateVisibility();

    QComboBox *m_mode;
    QFormLayout *m_form;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    bool m_passwordStored = false;
};

} // namespace zc
