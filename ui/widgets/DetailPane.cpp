// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DetailPane.h"

#include "widgets/Clipboard.h"
#include "widgets/NamedControl.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_emptyText(tr("Select a row to see its details."))
    , m_tabs(new QTabWidget(this))
    , m_formHost(new QWidget)
    , m_form(new QFormLayout)
    , m_fieldsLayout(new QVBoxLayout)
    , m_empty(new QLabel)
    , m_json(new QPlainTextEdit)
    , m_copyJson(new QPushButton(tr("&Copy JSON")))
{
    // Fields tab: a scrollable form.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setObjectName(u"detailPaneEmpty"_s);
    m_fieldsLayout->addWidget(m_empty);
    m_fieldsLayout->addLayout(m_form);
    m_fieldsLayout->addStretch(1);
    m_formHost->setLayout(m_fieldsLayout);
    scroll->setWidget(m_formHost);
    m_tabs->addTab(scroll, tr("Details"));

    // Raw JSON tab.
    auto *jsonPage = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    namedControl(m_json, u"detailPaneJson"_s, tr("Raw JSON"));
    m_copyJson->setObjectName(u"detailPaneCopyJson"_s);
    m_copyJson->setToolTip(tr("Copy the raw JSON of this record"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyJson);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addLayout(buttons);
    m_tabs->addTab(jsonPage, tr("Raw JSON"));
    m_tabs->setAccessibleName(tr("Details of the selected row"));
    scroll->setAccessibleName(tr("Fields"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_copyJson->setEnabled(false);
    connect(m_copyJson, &QPushButton::clicked, this, &DetailPane::copyJson);
    rebuildFields();
}

void DetailPane::setFields(QList<Field> fields)
{
    m_fields = std::move(fields);
    rebuildFields();
}

void DetailPane::setEmptyText(const QString &text)
{
    m_emptyText = text;
    rebuildFields();
}

void DetailPane::setExtraWidget(QWidget *widget)
{
    delete m_extra;
    m_extra = widget;
    if (widget)
        m_fieldsLayout->insertWidget(2, widget); // below the form, above the stretch
}

void DetailPane::setRecord(const QJsonObject &record)
{
    m_record = record;
    m_json->setPlainText(record.isEmpty() ? QString()
                                          : QString::fromUtf8(QJsonDocument(record).toJson(
                                                QJsonDocument::Indented)));
    m_copyJson->setEnabled(!record.isEmpty());
    rebuildFields();
}

void DetailPane::clear()
{
    setRecord({});
}

void DetailPane::copyJson()
{
    const QString text = rawJsonText();
    if (!text.isEmpty())
        Clipboard::instance()->setText(text, false);
}

QString DetailPane::rawJsonText() const
{
    return m_json->toPlainText();
}

QString DetailPane::fieldText(const QString &label) const
{
    for (const auto &[fieldLabel, value] : m_fieldTexts) {
        if (fieldLabel == label)
            return value;
    }
    return {};
}

void DetailPane::rebuildFields()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fieldTexts.clear();

    if (m_record.isEmpty()) {
        m_empty->setText(m_emptyText);
        m_empty->show();
        if (m_extra)
            m_extra->hide();
        return;
    }
    m_empty->hide();
    if (m_extra)
        m_extra->show();

    if (m_fields.isEmpty()) {
        // Names and identifiers first, then the rest in the record's (alphabetical) order.
        QStringList keys = m_record.keys();
        int front = 0;
        for (const QString &key : {u"name"_s, u"displayName"_s, u"id"_s}) {
            const qsizetype at = keys.indexOf(key);
            if (at >= 0)
                keys.move(at, front++);
        }
        for (const QString &key : std::as_const(keys))
            m_fieldTexts.append({readableName(key), valueText(m_record.value(key))});
    } else {
        for (const Field &field : std::as_const(m_fields)) {
            const QString value = field.value ? field.value(m_record) : QString();
            if (value.isEmpty() && !field.showWhenEmpty)
                continue;
            m_fieldTexts.append({field.label, value});
        }
    }
    for (const auto &[label, value] : std::as_const(m_fieldTexts)) {
        auto *valueLabel = new QLabel(value.isEmpty() ? tr("—") : value);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setWordWrap(true);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
        auto *nameLabel = new QLabel(tr("%1:").arg(label));
        nameLabel->setTextFormat(Qt::PlainText);
        QFont bold = nameLabel->font();
        bold.setBold(true);
        nameLabel->setFont(bold);
        m_form->addRow(nameLabel, valueLabel);
    }
}

QString DetailPane::readableName(const QString &key)
{
    static const QSet<QString> acronyms{
        u"id"_s,   u"ip"_s,  u"url"_s,  u"uri"_s,  u"os"_s,    u"tcp"_s, u"udp"_s,  u"dns"_s,
        u"api"_s,  u"zia"_s, u"zpa"_s,  u"zcc"_s,  u"zdx"_s,   u"ztw"_s, u"zdp"_s,  u"vm"_s,
        u"udid"_s, u"nat"_s, u"fqdn"_s, u"cidr"_s, u"mtu"_s,   u"cpu"_s, u"http"_s, u"https"_s,
        u"ssl"_s,  u"tls"_s, u"sso"_s,  u"saml"_s, u"scim"_s,  u"otp"_s, u"mac"_s,  u"uuid"_s,
        u"ec"_s,   u"ca"_s,  u"vpn"_s,  u"gre"_s,  u"ipsec"_s, u"mfa"_s, u"dlp"_s,  u"ssh"_s};
    // Split snake_case, kebab-case and camelCase, keeping runs of capitals together
    // ("natIP" -> nat, IP; "ecVMs" -> ec, VMs; "HTTPServer" -> HTTP, Server).
    static const QRegularExpression words(
        u"[A-Z]{2,}s(?![a-z])|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+"_s);
    QStringList parts;
    auto it = words.globalMatch(key);
    while (it.hasNext())
        parts.append(it.next().captured().toLower());
    if (parts.isEmpty())
        return key;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString &part = parts[i];
        if (acronyms.contains(part))
            part = part.toUpper();
        else if (part.size() > 2 && part.endsWith(u's') && acronyms.contains(part.chopped(1)))
            part = part.chopped(1).toUpper() + u's';
        else if (i == 0)
            part[0] = part.at(0).toUpper();
    }
    return parts.join(u' ');
}

QString DetailPane::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::abs(d) < 9e15 && d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject()) {
                const QJsonObject o = item.toObject();
                const QString name = o.value("name"_L1).toString();
                parts.append(name.isEmpty() ? QString::fromUtf8(
                                                  QJsonDocument(o).toJson(QJsonDocument::Compact))
                                            : name);
            } else {
                parts.append(valueText(item));
            }
        }
        return parts.join(u", "_s);
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        const QString name = o.value("name"_L1).toString();
        return name.isEmpty() ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                              : name;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

} // namespace zc
