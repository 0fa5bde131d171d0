// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TestConnectionDialog.h"

#include "auth/TokenProvider.h"
#include "dialogs/FieldError.h"
#include "net/ApiClient.h"
#include "widgets/Tone.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString formatLifetime(int seconds)
{
    if (seconds >= 3600 && seconds % 3600 == 0)
        return QCoreApplication::translate("zc::TestConnectionDialog", "%n hour(s)", nullptr,
                                           seconds / 3600);
    if (seconds >= 60 && seconds % 60 == 0)
        return QCoreApplication::translate("zc::TestConnectionDialog", "%n minute(s)", nullptr,
                                           seconds / 60);
    return QCoreApplication::translate("zc::TestConnectionDialog", "%n second(s)", nullptr,
                                       seconds);
}

} // namespace

TestConnectionDialog::TestConnectionDialog(const ConnectionSettings &settings,
                                           Credentials credentials, QWidget *parent)
    : QDialog(parent)
    , m_client(new ApiClient(settings, std::move(credentials), this))
{
    setWindowTitle(tr("Test connection"));
    setObjectName(u"TestConnectionDialog"_s);
    credentials.wipe();

    auto *results = new QWidget(this);
    results->setObjectName(u"results"_s);
    auto *grid = new QGridLayout(results);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(2, 1);
    auto header = [results](const QString &text) {
        auto *label = new QLabel(text, results);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    grid->addWidget(header(tr("Product")), 0, 0);
    grid->addWidget(header(tr("Result")), 0, 1);
    grid->addWidget(header(tr("Details")), 0, 2);
    int line = 1;
    for (Product product : allProducts) {
        auto *name = new QLabel(productName(product), results);
        Row row;
        row.status = new QLabel(tr("…"), results);
        row.status->setObjectName(u"status_"_s + productKey(product));
        row.detail = new QLabel(tr("Waiting for an answer"), results);
        row.detail->setObjectName(u"detail_"_s + productKey(product));
        row.detail->setWordWrap(true);
        row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(name, line, 0, Qt::AlignTop);
        grid->addWidget(row.status, line, 1, Qt::AlignTop);
        grid->addWidget(row.detail, line, 2, Qt::AlignTop);
        m_rows.insert(product, row);
        ++line;
    }
    grid->setRowStretch(line, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Products"));
    scroll->setWidget(results);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_busy = dialogs::makeBusyIndicator(u"busyIndicator"_s, this);
    m_busy->show();
    m_summary = new QLabel(tr("Signing in and asking each product…"), this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_token = new QLabel(this);
    m_token->setObjectName(u"tokenLabel"_s);
    m_token->setWordWrap(true);
    m_token->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy);

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &TestConnectionDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_token);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_client, &ApiClient::productProbed, this, &TestConnectionDialog::onProbed);
    connect(m_client, &ApiClient::probeFinished, this, &TestConnectionDialog::onFinished);
    connect(m_client->tokenProvider(), &TokenProvider::signedIn, this,
            [this](const QDateTime &expiresAt, int lifetimeSeconds) {
                m_token->setText(tr("Signed in. The access token lasts %1 (until %2).")
                                     .arg(formatLifetime(lifetimeSeconds),
                                          QLocale().toString(expiresAt.toLocalTime().time(),
                                                             QLocale::ShortFormat)));
                m_token->show();
            });
    m_client->probeProducts();
}

TestConnectionDialog::~TestConnectionDialog()
{
    m_client->cancelAll();
}

int TestConnectionDialog::answeredCount() const
{
    int n = 0;
    for (const ApiError &error : m_results) {
        if (!error.isError())
            ++n;
    }
    return n;
}

QString TestConnectionDialog::summaryText() const
{
    return m_summary->text();
}

QString TestConnectionDialog::tokenText() const
{
    return m_token->text();
}

void TestConnectionDialog::cancel()
{
    if (m_running)
        m_client->cancelAll();
    else
        reject();
}

void TestConnectionDialog::onProbed(Product product, const ApiError &error)
{
    m_results.insert(product, error);
    const Row row = m_rows.value(product);
    if (!row.status)
        return;
    const bool ok = !error.isError();
    row.status->setText(ok ? tr("✓ answers") : tr("✗ fails"));
    row.status->setStyleSheet(
        toneTextStyle(ok ? Tone::Success : Tone::Error, surroundingPalette(row.status)));
    row.detail->setText(ok ? tr("Reachable with this client.") : error.message());
}

QString TestConnectionDialog::statusText(Product product) const
{
    const Row row = m_rows.value(product);
    return row.status ? row.status->text() : QString();
}

QString TestConnectionDialog::detailText(Product product) const
{
    const Row row = m_rows.value(product);
    return row.detail ? row.detail->text() : QString();
}

void TestConnectionDialog::onFinished()
{
    m_running = false;
    m_busy->hide();
    const int answered = answeredCount();
    const int total = static_cast<int>(allProducts.size());
    if (answered == total)
        m_summary->setText(tr("All %n product(s) answer.", nullptr, total));
    else if (answered == 0)
        m_summary->setText(tr("No product answers."));
    else
        m_summary->setText(tr("%1 of %n product(s) answer.", nullptr, total).arg(answered));
    if (m_token->text().isEmpty()) {
        m_token->setText(tr("Not signed in."));
        m_token->show();
    }
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    Q_EMIT testFinished();
}

} // namespace zc
