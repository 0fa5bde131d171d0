// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "FormLabels.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace zc {

namespace {

QWidget *firstFocusable(QWidget *field)
{
    if (field->focusPolicy() != Qt::NoFocus)
        return field;
    const auto children = field->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->focusPolicy() & Qt::TabFocus)
            return child;
    }
    return nullptr;
}

void linkRow(QFormLayout *form, int row, QLabel *label)
{
    QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
    QWidget *control = item && item->widget() ? firstFocusable(item->widget()) : nullptr;
    if (!control)
        return;
    label->setBuddy(control);
    if (control->accessibleName().isEmpty()) {
        QString name = label->text();
        name.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        control->setAccessibleName(name.trimmed());
    }
}

} // namespace

void linkFormLabels(const QList<QFormLayout *> &forms)
{
    QList<QLabel *> labels;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                labels.append(label);
                linkRow(form, row, label);
            }
        }
    }
    int width = 0;
    for (const QLabel *label : std::as_const(labels))
        width = std::max(width, label->sizeHint().width());
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

} // namespace zc
