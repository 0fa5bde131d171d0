// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CloudPathDiagram.h"

#include "widgets/ChartStyle.h"
#include "zdx/CloudPathModel.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr qreal kMargin = 12;
constexpr qreal kCardGap = 10;

QString ms(double v)
{
    return QLocale().toString(v, 'f', 1);
}

// A frame of `width` along the inside of a snapped rectangle.
void frame(QPainter &painter, const QRectF &r, qreal width, const QColor &color)
{
    painter.fillRect(QRectF(r.left(), r.top(), r.width(), width), color);
    painter.fillRect(QRectF(r.left(), r.bottom() - width, r.width(), width), color);
    painter.fillRect(QRectF(r.left(), r.top(), width, r.height()), color);
    painter.fillRect(QRectF(r.right() - width, r.top(), width, r.height()), color);
}

} // namespace

CloudPathDiagram::CloudPathDiagram(CloudPathModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Cloud path diagram"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(model, &QAbstractItemModel::modelReset, this, &CloudPathDiagram::modelChanged);
    modelChanged();
}

QStringList CloudPathDiagram::nodeRoles(int legs)
{
    if (legs == 3)
        return {tr("Client"), tr("Egress"), tr("Zscaler"), tr("Application")};
    QStringList roles{tr("Client")};
    for (int i = 1; i < legs; ++i)
        roles << tr("Hop %1").arg(i);
    if (legs > 0)
        roles << tr("Application");
    return roles;
}

void CloudPathDiagram::modelChanged()
{
    setAccessibleDescription(summary());
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    updateGeometry();
    update();
}

CloudPathDiagram::Layout CloudPathDiagram::layoutFor(qreal width) const
{
    Layout layout;
    const QList<CloudPathModel::Leg> &legs = m_model->legs();
    const QFontMetricsF fm(font());
    const int count = int(legs.size());
    if (count == 0) {
        layout.height = 4 * fm.height();
        return layout;
    }
    const qreal inner = std::max<qreal>(200, width - 2 * kMargin);
    const qreal nodeWidth = std::clamp(inner / (count + 1) - 14, 96.0, 200.0);
    const qreal nodeHeight = std::ceil(2 * fm.height() + 14);
    const qreal step = (inner - nodeWidth) / count;
    const auto centre = [&](int k) { return kMargin + nodeWidth / 2 + k * step; };
    for (int k = 0; k <= count; ++k)
        layout.nodes << QRectF(centre(k) - nodeWidth / 2, kMargin, nodeWidth, nodeHeight);
    const qreal cardWidth = std::min<qreal>(step - 14, 280);
    // Narrow cards put what stands out on a line of its own rather than cut the IP short.
    layout.compact = cardWidth < 250;
    const qreal cardHeight = std::ceil((layout.compact ? 3 : 2) * fm.height() + 14);
    const qreal labelTop = kMargin + nodeHeight + 10;
    qreal bottom = labelTop + fm.height() + 8;
    layout.hops = QList<QRectF>(m_model->rowCount());
    for (int k = 0; k < count; ++k) {
        const qreal mid = (centre(k) + centre(k + 1)) / 2;
        layout.legLabels << QRectF(mid - step / 2 + 4, labelTop, step - 8, fm.height() + 2);
        qreal y = labelTop + fm.height() + 14;
        const CloudPathModel::Leg &leg = legs.at(k);
        for (int r = leg.firstRow; r < leg.firstRow + leg.rowCount && r < layout.hops.size(); ++r) {
            layout.hops[r] = QRectF(mid - cardWidth / 2, y, cardWidth, cardHeight);
            y += cardHeight + kCardGap;
        }
        bottom = std::max(bottom, y);
    }
    layout.height = std::ceil(bottom + kMargin);
    return layout;
}

QRectF CloudPathDiagram::nodeRect(int node) const
{
    const Layout layout = layoutFor(width());
    return node >= 0 && node < layout.nodes.size() ? layout.nodes.at(node) : QRectF();
}

QRectF CloudPathDiagram::hopRect(int row) const
{
    const Layout layout = layoutFor(width());
    return row >= 0 && row < layout.hops.size() ? layout.hops.at(row) : QRectF();
}

int CloudPathDiagram::hopAt(const QPointF &pos) const
{
    const Layout layout = layoutFor(width());
    for (int row = 0; row < layout.hops.size(); ++row) {
        if (layout.hops.at(row).contains(pos))
            return row;
    }
    return -1;
}

QString CloudPathDiagram::hopToolTip(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const QJsonObject hop = m_model->record(row);
    QStringList lines;
    const QString ip = hop.value("ip"_L1).toString();
    lines << tr("Hop %1 of %2 → %3: %4")
                 .arg(hop.value("hop"_L1).toInt())
                 .arg(hop.value("leg_src"_L1).toString(), hop.value("leg_dst"_L1).toString(),
                      ip.isEmpty() ? u"*"_s : ip);
    const QString vendor = hop.value("gw_mac_vendor"_L1).toString();
    if (!vendor.isEmpty() || !hop.value("gw_mac"_L1).toString().isEmpty())
        lines << tr("Gateway: %1 %2").arg(vendor, hop.value("gw_mac"_L1).toString()).trimmed();
    if (hop.value("latency_avg"_L1).isDouble())
        lines << tr("Latency: min %1, avg %2, max %3 ms; adds %4 ms")
                     .arg(ms(hop.value("latency_min"_L1).toDouble()),
                          ms(hop.value("latency_avg"_L1).toDouble()),
                          ms(hop.value("latency_max"_L1).toDouble()),
                          ms(hop.value("latency_diff"_L1).toDouble()));
    if (hop.value("pkt_sent"_L1).isDouble())
        lines << tr("%1 of %n probe(s) answered (%2 % lost)", nullptr,
                    hop.value("pkt_sent"_L1).toInt())
                     .arg(hop.value("pkt_rcvd"_L1).toInteger())
                     .arg(ms(hop.value("loss"_L1).toDouble()));
    const QString flags = CloudPathModel::flagsText(m_model->hopFlags(row));
    if (!flags.isEmpty())
        lines << flags;
    return lines.join(u'\n');
}

QString CloudPathDiagram::summary() const
{
    const QList<CloudPathModel::Leg> &legs = m_model->legs();
    if (legs.isEmpty())
        return tr("This deep trace ran no cloud-path probe, or it has no samples yet.");
    const QStringList roles = nodeRoles(int(legs.size()));
    QStringList parts;
    for (qsizetype k = 0; k < legs.size(); ++k) {
        const CloudPathModel::Leg &leg = legs.at(k);
        parts << tr("%1 → %2 (%3 → %4): %5 ms, %6 % loss, %n hop(s)", nullptr, leg.rowCount)
                     .arg(roles.value(k), roles.value(k + 1), leg.src, leg.dst, ms(leg.latency),
                          ms(leg.loss));
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CloudPathModel::HopFlags flags = m_model->hopFlags(row);
        if (flags == CloudPathModel::HopFlag::None)
            continue;
        const QJsonObject hop = m_model->record(row);
        parts << tr("hop %1 %2: %3")
                     .arg(hop.value("hop"_L1).toInt())
                     .arg(hop.value("ip"_L1).toString(), CloudPathModel::flagsText(flags));
    }
    return parts.join(u". "_s) + u'.';
}

void CloudPathDiagram::paint(QPainter &painter, const QSize &size) const
{
    const ChartStyle style(palette(), painter.device()->devicePixelRatio());
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), style.background());
    painter.setFont(font());
    const QList<CloudPathModel::Leg> &legs = m_model->legs();
    if (legs.isEmpty()) {
        painter.setPen(style.mutedText());
        painter.drawText(QRectF(QPointF(0, 0), QSizeF(size)), Qt::AlignCenter | Qt::TextWordWrap,
                         summary());
        return;
    }
    const Layout layout = layoutFor(size.width());
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QStringList roles = nodeRoles(int(legs.size()));

    // The legs: an arrow between two nodes, their figures below, a rail through the hops.
    for (qsizetype k = 0; k < legs.size(); ++k) {
        const CloudPathModel::Leg &leg = legs.at(k);
        CloudPathModel::HopFlags worst;
        for (int r = leg.firstRow; r < leg.firstRow + leg.rowCount; ++r)
            worst |= m_model->hopFlags(r);
        const QColor color = worst.testFlag(CloudPathModel::HopFlag::Lossy) ? style.alert()
                             : worst.testFlag(CloudPathModel::HopFlag::AddsMostLatency)
                                 ? style.warning()
                                 : style.axis();
        const QRectF from = layout.nodes.at(k), to = layout.nodes.at(k + 1);
        const qreal y = from.center().y();
        const qreal thick = 2 * style.hairline();
        painter.fillRect(style.snapped(QRectF(QPointF(from.right() + 4, y - thick / 2),
                                              QPointF(to.left() - 9, y + thick / 2))),
                         color);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        QPainterPath head(QPointF(to.left() - 3, y));
        head.lineTo(to.left() - 11, y - 5);
        head.lineTo(to.left() - 11, y + 5);
        head.closeSubpath();
        painter.fillPath(head, color);
        painter.restore();

        const QRectF label = layout.legLabels.at(k);
        QStringList figures{tr("%1 ms").arg(ms(leg.latency)), tr("%1 % loss").arg(ms(leg.loss))};
        if (!leg.tunnelType.isEmpty() && leg.tunnelType.compare("none"_L1, Qt::CaseInsensitive))
            figures << leg.tunnelType;
        painter.setPen(leg.loss > 0 ? style.alert() : style.mutedText());
        painter.drawText(label, Qt::AlignCenter,
                         fm.elidedText(figures.join(u" · "_s), Qt::ElideRight, label.width()));
        if (leg.rowCount > 0) {
            const QRectF first = layout.hops.at(leg.firstRow);
            const QRectF last = layout.hops.at(leg.firstRow + leg.rowCount - 1);
            style.verticalLine(painter, first.center().x(), label.bottom() + 2, last.bottom(),
                               style.grid());
        }
    }

    // The nodes.
    for (qsizetype n = 0; n < layout.nodes.size(); ++n) {
        const QRectF box = style.snapped(layout.nodes.at(n));
        painter.fillRect(box, ChartStyle::mix(style.background(), style.text(), 0.055));
        frame(painter, box, style.hairline(), style.axis());
        const QString name = n == 0 ? legs.first().src : legs.at(n - 1).dst;
        const QRectF text = box.adjusted(6, 5, -6, -5);
        painter.setFont(bold);
        painter.setPen(style.text());
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop, roles.value(n));
        painter.setFont(font());
        painter.setPen(style.mutedText());
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignBottom,
                         fm.elidedText(name, Qt::ElideMiddle, text.width()));
    }

    for (int row = 0; row < layout.hops.size(); ++row) {
        if (!layout.hops.at(row).isEmpty())
            paintHop(painter, style, style.snapped(layout.hops.at(row)), row, layout.compact);
    }
}

void CloudPathDiagram::paintHop(QPainter &painter, const ChartStyle &style, const QRectF &card,
                                int row, bool compact) const
{
    const QJsonObject hop = m_model->record(row);
    const CloudPathModel::HopFlags flags = m_model->hopFlags(row);
    const bool unresponsive = flags.testFlag(CloudPathModel::HopFlag::Unresponsive);
    const bool lossy = flags.testFlag(CloudPathModel::HopFlag::Lossy);
    const bool slowest = flags.testFlag(CloudPathModel::HopFlag::AddsMostLatency);
    const QColor accent = lossy ? style.alert() : slowest ? style.warning() : style.axis();
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);

    painter.fillRect(card, lossy || slowest ? ChartStyle::mix(style.background(), accent, 0.13)
                                            : style.background());
    if (unresponsive) {
        QPen dashed(style.mutedText(), style.hairline(), Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(card.adjusted(style.hairline() / 2, style.hairline() / 2,
                                       -style.hairline() / 2, -style.hairline() / 2));
    } else {
        frame(painter, card, (lossy || slowest ? 2 : 1) * style.hairline(), accent);
    }

    const QRectF text = card.adjusted(8, 5, -8, -5);
    // The badge: what makes the hop stand out.
    QString badge;
    QColor badgeColor = style.mutedText();
    if (unresponsive) {
        badge = tr("no answer");
    } else if (lossy) {
        badge = tr("%1 % loss").arg(ms(hop.value("loss"_L1).toDouble()));
        badgeColor = style.alert();
    } else if (slowest) {
        badge = tr("+%1 ms").arg(ms(hop.value("latency_diff"_L1).toDouble()));
        badgeColor = style.warning();
    }
    const QFontMetricsF boldMetrics(bold);
    const qreal line = fm.height();
    painter.setFont(bold);
    const qreal badgeWidth =
        badge.isEmpty() || compact ? 0 : boldMetrics.horizontalAdvance(badge) + 8;
    if (!badge.isEmpty()) {
        painter.setPen(badgeColor);
        painter.drawText(compact ? QRectF(text.left(), text.top() + 2 * line, text.width(), line)
                                 : text,
                         (compact ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop,
                         boldMetrics.elidedText(badge, Qt::ElideRight, text.width()));
    }
    const QString ip = hop.value("ip"_L1).toString();
    const QString title =
        u"%1  %2"_s.arg(hop.value("hop"_L1).toInt()).arg(ip.isEmpty() ? u"*"_s : ip);
    painter.setPen(unresponsive ? style.mutedText() : style.text());
    painter.drawText(QRectF(text.left(), text.top(), text.width() - badgeWidth, line),
                     Qt::AlignLeft | Qt::AlignTop,
                     boldMetrics.elidedText(title, Qt::ElideRight, text.width() - badgeWidth));
    painter.setFont(font());
    painter.setPen(style.mutedText());
    const double lo = hop.value("latency_min"_L1).toDouble();
    const double avg = hop.value("latency_avg"_L1).toDouble();
    const double hi = hop.value("latency_max"_L1).toDouble();
    QString detail =
        unresponsive ? tr("%n probe(s), none answered", nullptr, hop.value("pkt_sent"_L1).toInt())
                     : tr("min %1 · avg %2 · max %3 ms").arg(ms(lo), ms(avg), ms(hi));
    if (!unresponsive && fm.horizontalAdvance(detail) > text.width())
        detail = tr("%1 / %2 / %3 ms", "min / avg / max").arg(ms(lo), ms(avg), ms(hi));
    painter.drawText(QRectF(text.left(), text.top() + line, text.width(), line),
                     Qt::AlignLeft | Qt::AlignTop,
                     fm.elidedText(detail, Qt::ElideRight, text.width()));
}

QImage CloudPathDiagram::toImage(qreal devicePixelRatio, int logicalWidth) const
{
    const int width = logicalWidth > 0 ? logicalWidth : std::max(this->width(), 640);
    const QSize size(width, int(layoutFor(width).height));
    return ChartStyle::render(size, devicePixelRatio, palette().color(QPalette::Base),
                              [&](QPainter &painter) { paint(painter, size); });
}

QSize CloudPathDiagram::sizeHint() const
{
    return QSize(880, heightForWidth(880));
}

QSize CloudPathDiagram::minimumSizeHint() const
{
    return QSize(480, heightForWidth(480));
}

int CloudPathDiagram::heightForWidth(int width) const
{
    return int(layoutFor(width).height);
}

void CloudPathDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, size());
}

bool CloudPathDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = hopAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), hopToolTip(row), this, hopRect(row).toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CloudPathDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace zc
