// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "StartTraceDialog.h"

#include "widgets/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QLineEdit *idEdit(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), edit));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

StartTraceDialog::StartTraceDialog(const QString &deviceName, const QString &user,
                                   const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_length(new QComboBox(this))
    , m_probeDevice(new QCheckBox(tr("&Probe the device (CPU, memory, disk, network)"), this))
    , m_app(idEdit(tr("None"), this))
    , m_webProbe(idEdit(tr("None"), this))
    , m_cloudPath(idEdit(tr("None"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"startTraceDialog"_s);
    setWindowTitle(tr("Start deep trace on %1").arg(deviceName));

    auto *intro = new QLabel(
        tr("A deep trace records what happens on <b>%1</b> for the chosen time. Only one deep "
           "trace can run on a device at a time.")
            .arg(deviceName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_name->setText(defaultName(user.isEmpty() ? deviceName : user, now));
    m_name->setMaxLength(128);
    m_name->setObjectName(u"sessionName"_s);
    for (int minutes : DeepTraceSettings::validLengths())
        m_length->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    m_length->setObjectName(u"length"_s);
    setLengthMinutes(15);
    m_probeDevice->setChecked(true);
    m_probeDevice->setObjectName(u"probeDevice"_s);
    m_app->setObjectName(u"appId"_s);
    m_webProbe->setObjectName(u"webProbeId"_s);
    m_cloudPath->setObjectName(u"cloudPathProbeId"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Session &name:"), m_name);
    form->addRow(tr("&Length:"), m_length);
    form->addRow(QString(), m_probeDevice);

    auto *optional = new QGroupBox(tr("Application and probes (optional)"), this);
    auto *optionalForm = new QFormLayout(optional);
    auto *hint = new QLabel(tr("ZDX offers no list of applications and probes to choose from: "
                               "type their IDs as the ZDX portal shows them, or leave them "
                               "empty. The probes must belong to the application."),
                            optional);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    optionalForm->addRow(hint);
    optionalForm->addRow(tr("&Application ID:"), m_app);
    optionalForm->addRow(tr("&Web probe ID:"), m_webProbe);
    optionalForm->addRow(tr("&CloudPath probe ID:"), m_cloudPath);

    m_error->setWordWrap(true);
    m_error->setObjectName(u"startTraceError"_s);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, toneColor(Tone::Error, palette));
    m_error->setPalette(palette);
    m_error->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StartTraceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StartTraceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(optional);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    m_name->setFocus();
    m_name->selectAll();
}

QString StartTraceDialog::defaultName(const QString &user, const QDateTime &time)
{
    return u"%1 %2"_s.arg(user, time.toString(u"yyyy-MM-dd HH:mm"_s)).trimmed();
}

DeepTraceSettings StartTraceDialog::settings() const
{
    DeepTraceSettings s;
    s.sessionName = m_name->text().trimmed();
    s.lengthMinutes = m_length->currentData().toInt();
    s.probeDevice = m_probeDevice->isChecked();
    s.appId = m_app->text().toInt();
    s.webProbeId = m_webProbe->text().toInt();
    s.cloudPathProbeId = m_cloudPath->text().toInt();
    return s;
}

void StartTraceDialog::setLengthMinutes(int minutes)
{
    const int index = m_length->findData(minutes);
    if (index >= 0)
        m_length->setCurrentIndex(index);
}

void StartTraceDialog::accept()
{
    const ApiError invalid = settings().validate();
    if (invalid.isError()) {
        m_error->setText(invalid.message());
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace zc
