// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TraceProgressDelegate.h"

#include "common/RecordTableModel.h"
#include "zdx/DeepTraceModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString clock(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace

TraceProgressDelegate::TraceProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString TraceProgressDelegate::progressText(const QJsonObject &trace)
{
    const DeepTraceStatus status = deeptrace::parseStatus(trace.value("status"_L1).toString());
    const qint64 total =
        trace.value("trace_details"_L1).toObject().value("session_length_minutes"_L1).toInteger() *
        60;
    switch (status) {
    case DeepTraceStatus::NotStarted:
    case DeepTraceStatus::Unknown:
        return tr("Waiting to start (%1)").arg(clock(total));
    case DeepTraceStatus::Completed:
        return tr("%1 of %2").arg(clock(total), clock(total));
    default:
        break;
    }
    if (deeptrace::isTerminal(status))
        return deeptrace::statusText(status);
    const QJsonValue left = trace.value("expected_time"_L1);
    const qint64 elapsed = left.isDouble() ? std::clamp<qint64>(total - left.toInteger(), 0, total)
                                           : total * deeptrace::progress(trace) / 100;
    return tr("%1 of %2").arg(clock(elapsed), clock(total));
}

void TraceProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QJsonObject trace = index.data(RecordTableModel::RawJsonRole).toJsonObject();
    if (trace.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, then the bar inside the cell's margins.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = deeptrace::progress(trace);
    bar.text = progressText(trace);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize TraceProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = progressText(index.data(RecordTableModel::RawJsonRole).toJsonObject());
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(text) + 32));
    return size;
}

} // namespace zc
