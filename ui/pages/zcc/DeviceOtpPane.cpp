// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceOtpPane.h"

#include "pages/zcc/OtpListWidget.h"
#include "widgets/Announcer.h"
#include "widgets/Clipboard.h"
#include "zcc/DeviceModel.h"
#include "zcc/DeviceOtpController.h"
#include "zcc/OtpModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The text DeviceModel shows for one of its columns.
QString columnText(const QJsonObject &device, const QString &key)
{
    static const QList<RecordColumn> columns = DeviceModel::deviceColumns();
    for (const RecordColumn &column : columns) {
        if (column.key == key)
            return column.display ? column.display(device).toString() : QString();
    }
    return {};
}

QPushButton *button(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    b->setToolTip(tip);
    return b;
}

QAction *shortcutAction(const QString &text, const QKeySequence &keys, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

} // namespace

DeviceOtpPane::DeviceOtpPane(OtpModel *otps, QWidget *parent)
    : QFrame(parent)
    , m_otps(otps)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_copyMainAction(shortcutAction(tr("Copy the main OTP"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this))
    , m_deepTracesAction(shortcutAction(tr("Open &deep traces"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this))
{
    m_title->setObjectName(u"deviceTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_getOtps = button(tr("&Get OTPs"), u"getOtps"_s,
                       tr("Fetch the device's one-time passwords (Enter in the list). One call "
                          "of the hourly budget; written to the audit list."),
                       this);
    m_revealAll = button(tr("&Reveal all"), u"revealAll"_s,
                         tr("Show every one-time password; they hide again after a minute."), this);
    const auto keys = [](QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    m_copyMain = button(tr("&Copy main OTP"), u"copyMainOtp"_s,
                        tr("Copy the one-time password (else the first one) without revealing "
                           "it (%1). The clipboard clears itself.")
                            .arg(keys(m_copyMainAction)),
                        this);
    m_deepTracesAction->setToolTip(tr("Look at this device's ZDX deep traces or start one."));
    m_deepTraces =
        button(tr("Deep traces…"), u"openDeepTraces"_s,
               tr("Open the device's ZDX deep traces (%1).").arg(keys(m_deepTracesAction)), this);
    connect(m_getOtps, &QPushButton::clicked, this, &DeviceOtpPane::fetchRequested);
    connect(m_revealAll, &QPushButton::clicked, this, &DeviceOtpPane::toggleRevealAll);
    connect(m_copyMain, &QPushButton::clicked, this, &DeviceOtpPane::copyMain);
    connect(m_copyMainAction, &QAction::triggered, this, &DeviceOtpPane::copyMain);
    connect(m_deepTraces, &QPushButton::clicked, this, &DeviceOtpPane::deepTracesRequested);
    connect(m_deepTracesAction, &QAction::triggered, this, &DeviceOtpPane::deepTracesRequested);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_getOtps);
    buttons->addWidget(m_revealAll);
    buttons->addWidget(m_copyMain);
    buttons->addStretch(1);
    buttons->addWidget(m_deepTraces);

    m_list = new OtpListWidget(this);
    m_list->setObjectName(u"otpList"_s);
    m_list->setModel(otps);
    connect(m_list, &OtpListWidget::copyRequested, this, &DeviceOtpPane::copy);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("One-time passwords"));
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_status = new QLabel(this);
    m_status->setObjectName(u"otpStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);

    connect(otps, &QAbstractItemModel::dataChanged, this, &DeviceOtpPane::updateValueButtons);
    connect(otps, &QAbstractItemModel::modelReset, this, &DeviceOtpPane::updateValueButtons);
    updateValueButtons();
}

void DeviceOtpPane::showDevice(const QJsonObject &device, bool signedIn, bool fetching)
{
    const bool hasDevice = signedIn && !device.isEmpty();
    const QString udid = DeviceOtpController::udidOf(device);
    m_getOtps->setEnabled(hasDevice && !udid.isEmpty());
    m_deepTraces->setEnabled(hasDevice);
    m_deepTracesAction->setEnabled(hasDevice);
    updateValueButtons();
    if (!hasDevice) {
        m_title->setText(tr("No device selected"));
        m_subtitle->setText(
            signedIn ? tr("Pick a device in the list (arrow keys), then press Enter or Get OTPs.")
                     : tr("Sign in to a profile to look up devices."));
        m_list->setEmptyText(tr("The one-time passwords of the selected device show here, "
                                "hidden until you reveal them."));
        return;
    }
    const QString hostname = DeviceOtpController::hostnameOf(device);
    m_title->setText(hostname.isEmpty() ? udid : hostname);
    QStringList facts{DeviceOtpController::userOf(device), columnText(device, u"type"_s)};
    const QString version = columnText(device, u"agentVersion"_s);
    if (!version.isEmpty())
        facts.append(tr("Client Connector %1").arg(version));
    facts.append(columnText(device, u"registrationState"_s));
    facts.removeAll(QString());
    m_subtitle->setText(facts.join(u"  ·  "_s));
    m_subtitle->setToolTip(tr("UDID: %1").arg(udid));
    m_list->setEmptyText(fetching ? tr("Fetching the one-time passwords…")
                                  : tr("Press Enter in the list or Get OTPs to fetch this "
                                       "device's one-time passwords. That is one call of the "
                                       "hourly budget, and it is written to the audit list."));
}

void DeviceOtpPane::setStatus(const QString &text)
{
    m_status->setText(text);
}

void DeviceOtpPane::updateValueButtons()
{
    const bool anyValue = m_otps->hasValues();
    m_revealAll->setEnabled(anyValue);
    m_revealAll->setText(anyValue && m_otps->allValuesRevealed() ? tr("H&ide all")
                                                                 : tr("&Reveal all"));
    m_copyMain->setEnabled(anyValue);
}

void DeviceOtpPane::copy(int row)
{
    if (row < 0 || row >= m_otps->rowCount())
        return;
    const QString value =
        m_otps->data(m_otps->index(row, OtpModel::ValueColumn), OtpModel::ValueRole).toString();
    if (value.isEmpty())
        return;
    const QString name = m_otps->data(m_otps->index(row, OtpModel::NameColumn)).toString();
    Clipboard *clipboard = Clipboard::instance();
    clipboard->setText(value, /*sensitive*/ true);
    const int seconds = std::max(1, clipboard->clearTimeout() / 1000);
    m_status->setText(tr("Copied the “%1” one-time password. The clipboard clears itself in %2 "
                         "seconds unless you copy something else meanwhile.")
                          .arg(name)
                          .arg(seconds));
    Announcer::announce(this, m_status->text());
}

void DeviceOtpPane::toggleRevealAll()
{
    m_otps->toggleValuesRevealed();
    Announcer::announce(this, m_otps->allValuesRevealed()
                                  ? tr("All one-time passwords are shown.")
                                  : tr("All one-time passwords are hidden."));
}

void DeviceOtpPane::copyMain()
{
    const int row = m_otps->mainRow();
    if (row < 0) {
        m_status->setText(tr("No one-time password to copy yet: pick a device and press Enter to "
                             "fetch its OTPs."));
        Announcer::announce(this, m_status->text());
        return;
    }
    copy(row);
}

} // namespace zc
