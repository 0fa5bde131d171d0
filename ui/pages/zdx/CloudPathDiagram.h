// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace zc {

class ChartStyle;
class CloudPathModel;

// The cloud path as a picture: the nodes along the top (client → egress → Zscaler →
// application, named as ZDX names them), an arrow per leg with its latency, loss and tunnel,
// and under each leg its hops in order, each a card with its IP and latency min / avg / max.
// What stands out is drawn so: a hop that loses packets in the alert colour with its loss, the
// hop that adds the most latency in the warning colour with what it adds, a hop that never
// answers dashed and greyed; a leg holding such a hop has its arrow in that colour. Hovering a
// hop shows all its numbers. Follows the model (not owned), the palette and the scale.
class CloudPathDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit CloudPathDiagram(CloudPathModel *model, QWidget *parent = nullptr);

    // What the nodes are, for a path of this many legs ("Client", "Egress", "Zscaler",
    // "Application" for three; "Client" … "Application" otherwise), translated.
    static QStringList nodeRoles(int legs);

    // Geometry at the current width, in widget coordinates (tests probe the pixels).
    QRectF nodeRect(int node) const;
    QRectF hopRect(int row) const;
    int hopAt(const QPointF &pos) const;
    QString hopToolTip(int row) const;
    // The legs and what stands out, in words (the accessible description).
    QString summary() const;

    QImage toImage(qreal devicePixelRatio = 2.0, int logicalWidth = 0) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout
    {
        QList<QRectF> nodes;
        QList<QRectF> legLabels;
        QList<QRectF> hops; // one per model row
        qreal height = 0;
        bool compact = false; // three lines a hop: narrow cards
    };
    Layout layoutFor(qreal width) const;
    void paint(QPainter &painter, const QSize &size) const;
    void paintHop(QPainter &painter, const ChartStyle &style, const QRectF &card, int row,
                  bool compact) const;
    void modelChanged();

    CloudPathModel *m_model;
};

} // namespace zc
