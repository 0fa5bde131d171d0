// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace zc {

// One small chart of a TimeSeriesChart: a line per layer, or the layers stacked as bars, over
// the chart's times; and what it takes to read it (values, totals, bands, the axis' range).
struct ChartPanel
{
    enum class Kind
    {
        Lines,
        StackedBars,
    };
    // Values inside [from, to] are out of the ordinary (CPU above 80 %, Wi-Fi below
    // -70 dBm): the band is shaded and its edge drawn. An open end is ±infinity.
    struct Band
    {
        double from;
        double to;
        QString label; // "above 80 %"
    };
    struct Layer
    {
        QString name;
        QList<double> values; // one per time of the chart; NaN: no data
    };

    QString title;
    QString unit;
    Kind kind = Kind::Lines;
    QList<Layer> layers;
    QList<Band> bands;
    std::optional<double> minimum; // the value axis' ends when the data fits inside them
    std::optional<double> maximum;
    int decimals = 1;
    double weight = 1;      // the panel's share of the height, relative to the others
    int highlight = -1;     // a sample drawn emphasised (the slowest), -1: none
    QString highlightLabel; // said above it ("Slowest")

    // A layer's value at sample i; NaN when it has none.
    double value(qsizetype layer, qsizetype i) const;
    // Whether any layer has a value at sample i.
    bool hasData(qsizetype i) const;
    // The sum of the layers' values at sample i (what a stacked bar reaches).
    double stackTotal(qsizetype i) const;
    bool inBand(double v) const;
    // The value axis' ends for `samples` samples: the data, the bands' edges and the fixed
    // ends, rounded out to round numbers.
    std::pair<double, double> range(qsizetype samples) const;
    // "93.2 %", in the user's locale.
    QString valueText(double v) const;

    // 1, 2 or 5 times a power of ten, near `rough`: a step between axis labels.
    static double niceStep(double rough);
};

} // namespace zc
