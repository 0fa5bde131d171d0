// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ChartPanel.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

namespace zc {

// Small multiples on a shared time axis, drawn with QPainter: one panel per metric, stacked
// vertically, each with its own value axis, threshold bands and title; the times run along
// the bottom. A sample with no data leaves a gap in the line and a hatched column ("no
// data"). The crosshair follows the pointer (or Left/Right, Home/End with the keyboard; Esc
// hides it) across every panel and each panel's title row says the values under it.
//
// It follows the palette (light or dark) and is sharp at any scale (ChartStyle). The
// accessible name is the chart's title; the accessible description sums up every panel (range,
// samples without data, samples inside a band) and, while the crosshair shows, what it reads.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    // Epoch seconds, one per sample; every panel's layers have one value per time.
    void setData(const QList<qint64> &times, const QList<ChartPanel> &panels);
    void clear();
    QList<qint64> times() const { return m_times; }
    const QList<ChartPanel> &panels() const { return m_panels; }
    // Said when there is nothing to draw ("No samples yet.").
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // The sample under the crosshair, -1 when it is hidden.
    int crosshair() const { return m_crosshair; }
    void setCrosshair(int index);
    // What the crosshair reads in a panel: "10:42  CPU 93.2 %", "10:40  no data"; empty when
    // it is hidden.
    QString crosshairText(int panel) const;
    // A sample time as the axis shows it: the locale's short time without seconds.
    static QString shortTime(qint64 epochSeconds);
    QString timeText(int index) const; // of sample `index`, empty when there is none
    // The sample under a point of the widget, -1 outside the plots.
    int sampleAt(const QPointF &pos) const;

    // Geometry, in widget coordinates at the current size (tests probe the pixels).
    QRectF plotRect(int panel) const;
    double slotCenter(int index) const; // x of a sample
    double valueY(int panel, double value) const;
    // The value axis' ends as drawn.
    std::pair<double, double> valueRange(int panel) const;

    // The chart without the crosshair, `logicalSize` (the widget's size when empty) at this
    // device pixel ratio.
    QImage toImage(qreal devicePixelRatio = 2.0, QSize logicalSize = {}) const;
    // The summary the accessible description holds.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void crosshairChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();

    QList<qint64> m_times;
    QList<ChartPanel> m_panels;
    QList<std::pair<double, double>> m_ranges; // per panel
    QString m_emptyText;
    int m_crosshair = -1;
};

} // namespace zc
