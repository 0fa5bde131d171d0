// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "OtpListWidget.h"

#include "widgets/Announcer.h"

#include "zcc/OtpModel.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

OtpListWidget::OtpListWidget(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
{
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setObjectName(u"otpEmptyState"_s);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(4, 1);
    m_grid->setColumnMinimumWidth(1, 140);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

void OtpListWidget::setModel(OtpModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &OtpListWidget::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &OtpListWidget::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &OtpListWidget::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                        updateRow(row);
                });
    }
    rebuild();
}

void OtpListWidget::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QString OtpListWidget::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

QLabel *OtpListWidget::nameLabel(int row) const
{
    return m_rows.value(row).name;
}

QLabel *OtpListWidget::valueLabel(int row) const
{
    return m_rows.value(row).value;
}

QPushButton *OtpListWidget::revealButton(int row) const
{
    return m_rows.value(row).reveal;
}

QPushButton *OtpListWidget::copyButton(int row) const
{
    return m_rows.value(row).copy;
}

void OtpListWidget::rebuild()
{
    // The old labels held values: delete them now rather than later.
    for (const Row &row : std::as_const(m_rows)) {
        row.value->clear();
        delete row.name;
        delete row.value;
        delete row.reveal;
        delete row.copy;
    }
    m_rows.clear();

    const int rows = m_model ? m_model->rowCount() : 0;
    m_empty->setVisible(rows == 0);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Wide enough for either word, so that the row does not jump when it toggles.
    int revealWidth = 0;
    if (rows > 0) {
        QPushButton probe;
        for (const QString &text : {tr("Reveal"), tr("Hide")}) {
            probe.setText(text);
            revealWidth = std::max(revealWidth, probe.sizeHint().width());
        }
    }
    for (int r = 0; r < rows; ++r) {
        Row row;
        row.name = new QLabel(this);
        row.value = new QLabel(this);
        row.value->setFont(fixed);
        row.value->setObjectName(u"otpValue"_s);
        // Never selectable, not even revealed: a selection would reach X11's PRIMARY and the
        // label's own Copy would reach the clipboard, both past Clipboard (no concealed hint,
        // no clearing). The Copy buttons and the shortcut are the only ways out.
        row.value->setTextInteractionFlags(Qt::NoTextInteraction);
        row.value->setContextMenuPolicy(Qt::NoContextMenu);
        row.reveal = new QPushButton(this);
        row.reveal->setCheckable(true);
        row.reveal->setAutoDefault(false);
        row.reveal->setObjectName(u"otpReveal"_s);
        row.reveal->setMinimumWidth(revealWidth);
        row.copy = new QPushButton(tr("Copy"), this);
        row.copy->setObjectName(u"otpCopy"_s);
        row.copy->setAutoDefault(false);
        m_grid->addWidget(row.name, r, 0);
        m_grid->addWidget(row.value, r, 1);
        m_grid->addWidget(row.reveal, r, 2);
        m_grid->addWidget(row.copy, r, 3);
        for (QWidget *widget :
             {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.value),
              static_cast<QWidget *>(row.reveal), static_cast<QWidget *>(row.copy)})
            widget->show(); // at once, not when the layout gets to it
        connect(row.reveal, &QPushButton::toggled, this, [this, r](bool on) {
            if (!m_model)
                return;
            m_model->setRevealed(r, on);
            const QString name = m_rows.value(r).name ? m_rows.value(r).name->text() : QString();
            Announcer::announce(this, on ? tr("The %1 one-time password is shown.").arg(name)
                                         : tr("The %1 one-time password is hidden.").arg(name));
        });
        connect(row.copy, &QPushButton::clicked, this, [this, r] { Q_EMIT copyRequested(r); });
        m_rows.append(row);
        updateRow(r);
    }
    // Keyboard order: each row's Reveal, then its Copy.
    for (int r = 1; r < m_rows.size(); ++r)
        setTabOrder(m_rows.at(r - 1).copy, m_rows.at(r).reveal);
}

void OtpListWidget::updateRow(int r)
{
    if (!m_model || r < 0 || r >= m_rows.size())
        return;
    const Row &row = m_rows.at(r);
    const QModelIndex name = m_model->index(r, OtpModel::NameColumn);
    const QModelIndex value = m_model->index(r, OtpModel::ValueColumn);
    const QString kind = m_model->data(name, OtpModel::KindRole).toString();
    const bool empty = m_model->data(value, OtpModel::ValueRole).toString().isEmpty();
    const bool revealed = m_model->isRevealed(r);

    row.name->setText(m_model->data(name).toString());
    row.name->setToolTip(kind);
    row.value->setText(m_model->data(value).toString());
    row.value->setToolTip(m_model->data(value, Qt::ToolTipRole).toString());
    row.value->setForegroundRole(empty ? QPalette::PlaceholderText : QPalette::WindowText);

    const QSignalBlocker block(row.reveal);
    row.reveal->setChecked(revealed);
    row.reveal->setText(revealed ? tr("Hide") : tr("Reveal"));
    row.reveal->setEnabled(!empty);
    row.reveal->setToolTip(revealed ? tr("Hide the %1 one-time password").arg(row.name->text())
                                    : tr("Show the %1 one-time password").arg(row.name->text()));
    row.copy->setEnabled(!empty);
    row.copy->setToolTip(
        tr("Copy the %1 one-time password (the clipboard clears itself)").arg(row.name->text()));
    row.reveal->setAccessibleName(row.reveal->toolTip());
    row.copy->setAccessibleName(row.copy->toolTip());
}

} // namespace zc
