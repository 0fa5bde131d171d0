// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProxySettingsBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
constexpr int kUsualProxyPort = 3128;
} // namespace

ProxySettingsBox::ProxySettingsBox(QLabel *errorLabel, QWidget *parent)
    : QGroupBox(tr("Proxy"), parent)
    , m_mode(new QComboBox(this))
    , m_form(new QFormLayout(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(u"proxyBox"_s);
    m_mode->setObjectName(u"proxyModeCombo"_s);
    m_mode->addItem(tr("The system's proxy settings"),
                    QVariant::fromValue(static_cast<int>(ProxySettings::Mode::System)));
    m_mode->addItem(tr("No proxy"),
                    QVariant::fromValue(static_cast<int>(ProxySettings::Mode::Direct)));
    m_mode->addItem(tr("Manual HTTP proxy"),
                    QVariant::fromValue(static_cast<int>(ProxySettings::Mode::Manual)));
    m_host->setObjectName(u"proxyHostEdit"_s);
    m_host->setPlaceholderText(tr("e.g. proxy.example.com"));
    m_port->setObjectName(u"proxyPortSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(kUsualProxyPort);
    m_user->setObjectName(u"proxyUserEdit"_s);
    m_user->setPlaceholderText(tr("Empty: the proxy asks for no password"));
    m_password->setObjectName(u"proxyPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Proxy:"), m_mode);
    m_form->addRow(tr("Proxy &host:"), m_host);
    m_form->addRow(tr("Proxy p&ort:"), m_port);
    m_form->addRow(tr("Pro&xy user:"), m_user);
    m_form->addRow(tr("Proxy pass&word:"), m_password);
    m_form->addRow(errorLabel);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT edited();
    });
    for (QLineEdit *edit : {m_host, m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this, &ProxySettingsBox::edited);
    connect(m_user, &QLineEdit::textChanged, this, &ProxySettingsBox::updateVisibility);
    connect(m_port, &QSpinBox::valueChanged, this, &ProxySettingsBox::edited);
    updateVisibility();
}

ProxySettingsBox::~ProxySettingsBox()
{
    m_password->setText(QString(m_password->text().size(), u'\0'));
    m_password->clear();
}

void ProxySettingsBox::setProxy(const ProxySettings &proxy, bool passwordStored)
{
    const ProxyServer server = proxy.server();
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(proxy.mode)));
    m_host->setText(server.host);
    m_port->setValue(server.port > 0 ? server.port : kUsualProxyPort);
    m_user->setText(server.user);
    m_password->clear();
    m_passwordStored = passwordStored;
    updateVisibility();
}

ProxySettings ProxySettingsBox::proxy() const
{
    ProxySettings proxy = ProxySettings::manual(
        {m_host->text().trimmed(), m_port->value(), m_user->text().trimmed()});
    proxy.mode = static_cast<ProxySettings::Mode>(m_mode->currentData().toInt());
    return proxy;
}

QByteArray ProxySettingsBox::password() const
{
    return m_password->text().toUtf8();
}

void ProxySettingsBox::updateVisibility()
{
    const bool manual =
        m_mode->currentData().toInt() == static_cast<int>(ProxySettings::Mode::Manual);
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        m_form->setRowVisible(field, manual);
    m_form->setRowVisible(m_password, manual && !m_user->text().trimmed().isEmpty());
    m_password->setPlaceholderText(m_passwordStored
                                       ? tr("●●●●●●●● Stored in the keychain (empty: keep it)")
                                       : tr("Kept in the keychain, never in a settings file"));
}

} // namespace zc
