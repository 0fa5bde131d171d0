// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiRequestForm.h"

#include "api/ApiPath.h"
#include "widgets/NamedControl.h"
#include "widgets/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ApiRequestForm::ApiRequestForm(QWidget *parent)
    : QWidget(parent)
{
    m_product = namedControl(new QComboBox(this), u"apiProduct"_s, tr("Product"));
    for (Product product : allProducts)
        m_product->addItem(productName(product), int(product));
    m_method = namedControl(new QComboBox(this), u"apiMethod"_s, tr("Method"));
    m_method->addItems(ApiCall::methods());
    m_path = namedControl(new QLineEdit(this), u"apiPath"_s, tr("Path"));
    m_path->setPlaceholderText(u"/zia/api/v1/status"_s);
    m_path->setToolTip(tr("The full path from the product's base path. {customerId} and "
                          "{microtenantId} are filled in from the profile."));
    m_path->setText(productBasePath(Product::Zia) + u"/status"_s);
    m_resolved = namedControl(new QLabel(this), u"apiResolvedPath"_s, tr("Path sent"));
    m_resolved->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resolved->setWordWrap(true);

    m_query = namedControl(new QTableWidget(0, 2, this), u"apiQuery"_s, tr("Query items"));
    m_query->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_query->horizontalHeader()->setStretchLastSection(true);
    m_query->verticalHeader()->hide();
    m_query->setMaximumHeight(120);
    m_query->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    m_addQuery = namedControl(new QPushButton(tr("Add &item"), this), u"apiAddQuery"_s,
                              tr("Add query item"));
    m_removeQuery = namedControl(new QPushButton(tr("Remove item"), this), u"apiRemoveQuery"_s,
                                 tr("Remove query item"));
    connect(m_addQuery, &QPushButton::clicked, this, [this] { addQueryRow(); });
    connect(m_removeQuery, &QPushButton::clicked, this, &ApiRequestForm::removeQueryRow);
    connect(m_query, &QTableWidget::itemChanged, this, &ApiRequestForm::changed);

    m_body = namedControl(new QPlainTextEdit(this), u"apiBody"_s, tr("JSON body"));
    m_body->setPlaceholderText(tr("JSON body, for POST, PUT and PATCH"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_bodyStatus = namedControl(new QLabel(this), u"apiBodyStatus"_s, tr("Body check"));
    m_bodyStatus->setWordWrap(true);
    m_format = namedControl(new QPushButton(tr("&Format"), this), u"apiFormat"_s,
                            tr("Format the JSON body"));
    connect(m_format, &QPushButton::clicked, this, &ApiRequestForm::formatBody);
    m_allPages =
        namedControl(new QCheckBox(tr("&All pages"), this), u"apiAllPages"_s, tr("All pages"));
    m_allPages->setToolTip(tr("Fetch every page in the product's paging style and show one "
                              "array of every record (GET only)."));

    auto *target = new QHBoxLayout;
    target->addWidget(m_product);
    target->addWidget(m_method);
    target->addWidget(m_path, 1);
    auto *queryButtons = new QVBoxLayout;
    queryButtons->addWidget(m_addQuery);
    queryButtons->addWidget(m_removeQuery);
    queryButtons->addStretch(1);
    auto *query = new QHBoxLayout;
    query->addWidget(m_query, 1);
    query->addLayout(queryButtons);
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addWidget(m_bodyStatus, 1);
    bodyRow->addWidget(m_format);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Request"), target);
    form->addRow(tr("Sends"), m_resolved);
    form->addRow(tr("&Query"), query);
    form->addRow(tr("&Body"), m_body);
    form->addRow(QString(), bodyRow);
    form->addRow(QString(), m_allPages);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(target)))
        label->setBuddy(m_path);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(query)))
        label->setBuddy(m_query);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_body)))
        label->setBuddy(m_body);

    connect(m_product, &QComboBox::activated, this, &ApiRequestForm::onProductChosen);
    connect(m_method, &QComboBox::currentTextChanged, this, &ApiRequestForm::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ApiRequestForm::onPathEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ApiRequestForm::validateBody);
    connect(m_allPages, &QCheckBox::toggled, this, &ApiRequestForm::changed);
    onPathEdited();
    validateBody();
}

ApiCall ApiRequestForm::call() const
{
    ApiCall call;
    call.method = m_method->currentText().toLatin1();
    call.path = m_path->text().trimmed();
    for (int row = 0; row < m_query->rowCount(); ++row) {
        const QTableWidgetItem *key = m_query->item(row, 0);
        const QTableWidgetItem *value = m_query->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            call.query.append({key->text().trimmed(), value ? value->text() : QString()});
    }
    call.body = m_body->toPlainText().toUtf8();
    call.paginate = m_allPages->isChecked() && call.method == "GET";
    return call;
}

void ApiRequestForm::setCall(const ApiCall &call)
{
    m_method->setCurrentText(QString::fromLatin1(call.method));
    m_path->setText(call.path);
    m_query->setRowCount(0);
    for (const auto &[key, value] : call.query)
        addQueryRow(key, value);
    m_body->setPlainText(QString::fromUtf8(call.body));
    m_allPages->setChecked(call.paginate);
}

void ApiRequestForm::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_haveSettings = true;
    onPathEdited();
}

QString ApiRequestForm::problem() const
{
    ApiCall::Built built;
    QString error;
    return call().build(m_settings, &built, &error) ? QString() : error;
}

void ApiRequestForm::formatBody()
{
    const QJsonDocument document = QJsonDocument::fromJson(m_body->toPlainText().toUtf8());
    if (!document.isNull())
        m_body->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void ApiRequestForm::addQueryRow(const QString &key, const QString &value)
{
    const int row = m_query->rowCount();
    m_query->insertRow(row);
    m_query->setItem(row, 0, new QTableWidgetItem(key));
    m_query->setItem(row, 1, new QTableWidgetItem(value));
    if (key.isEmpty())
        m_query->setCurrentCell(row, 0);
    Q_EMIT changed();
}

void ApiRequestForm::removeQueryRow()
{
    const int row = m_query->currentRow();
    if (row >= 0)
        m_query->removeRow(row);
    Q_EMIT changed();
}

void ApiRequestForm::onProductChosen(int index)
{
    const auto product = static_cast<Product>(m_product->itemData(index).toInt());
    Product current = Product::Zia;
    if (ApiPath::productOf(m_path->text(), &current) && current == product)
        return;
    m_path->setText(productBasePath(product) + u'/');
    m_path->setFocus();
}

void ApiRequestForm::onPathEdited()
{
    Product product = Product::Zia;
    if (ApiPath::productOf(m_path->text(), &product))
        m_product->setCurrentIndex(m_product->findData(int(product)));
    updateState();
}

void ApiRequestForm::validateBody()
{
    const QByteArray text = m_body->toPlainText().toUtf8();
    QString error;
    QJsonDocument ignored;
    m_bodyValid = text.trimmed().isEmpty() || ApiCall::parseBody(text, &ignored, &error);
    m_bodyStatus->setText(text.trimmed().isEmpty() ? tr("No body.")
                          : m_bodyValid            ? tr("Valid JSON.")
                                                   : error);
    QPalette palette = m_bodyStatus->parentWidget()->palette();
    if (!m_bodyValid)
        palette.setColor(QPalette::WindowText, toneColor(Tone::Error, palette));
    m_bodyStatus->setPalette(palette);
    m_format->setEnabled(m_bodyValid && !text.trimmed().isEmpty());
    updateState();
}

void ApiRequestForm::updateState()
{
    const bool get = m_method->currentText() == "GET"_L1;
    m_allPages->setEnabled(get);
    m_body->setEnabled(!get || !m_body->toPlainText().trimmed().isEmpty());
    const QString expanded = ApiPath::expanded(m_path->text().trimmed(), m_settings);
    ApiPath path;
    QString error;
    if (ApiPath::parse(m_path->text(), m_settings, &path, &error))
        m_resolved->setText(expanded);
    else
        m_resolved->setText(m_haveSettings || !m_path->text().contains(u'{') ? error : expanded);
    Q_EMIT changed();
}

} // namespace zc
