// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "zcc/OtpModel.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace zc {

// The OTPs of one device as rows of readable name, value (masked until revealed), a Reveal
// toggle and a Copy button. Follows an OtpModel: rows are rebuilt when it resets, values and
// toggles follow its RevealedRole. Copying is the page's job (copyRequested).
class OtpListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OtpListWidget(QWidget *parent = nullptr);

    void setModel(OtpModel *model);
    OtpModel *model() const { return m_model; }

    // Shown while there are no rows.
    void setEmptyText(const QString &text);
    QString emptyText() const;

    int rowCount() const { return int(m_rows.size()); }
    QLabel *nameLabel(int row) const;
    QLabel *valueLabel(int row) const;
    QPushButton *revealButton(int row) const; // checkable
    QPushButton *copyButton(int row) const;

Q_SIGNALS:
    void copyRequested(int row);

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        QPushButton *reveal = nullptr;
        QPushButton *copy = nullptr;
    };

    void rebuild();
    void updateRow(int row);

    QPointer<OtpModel> m_model;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<Row> m_rows;
};

} // namespace zc
