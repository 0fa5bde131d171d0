// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ChartPanel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace zc {

double ChartPanel::niceStep(double rough)
{
    if (!(rough > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double f = rough / magnitude;
    return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * magnitude;
}

double ChartPanel::value(qsizetype layer, qsizetype i) const
{
    if (layer < 0 || layer >= layers.size() || i < 0 || i >= layers.at(layer).values.size())
        return std::numeric_limits<double>::quiet_NaN();
    return layers.at(layer).values.at(i);
}

bool ChartPanel::hasData(qsizetype i) const
{
    for (qsizetype l = 0; l < layers.size(); ++l) {
        if (!std::isnan(value(l, i)))
            return true;
    }
    return false;
}

double ChartPanel::stackTotal(qsizetype i) const
{
    double sum = 0;
    for (qsizetype l = 0; l < layers.size(); ++l) {
        if (!std::isnan(value(l, i)))
            sum += value(l, i);
    }
    return sum;
}

bool ChartPanel::inBand(double v) const
{
    return std::any_of(bands.cbegin(), bands.cend(),
                       [v](const Band &b) { return v >= b.from && v <= b.to; });
}

std::pair<double, double> ChartPanel::range(qsizetype samples) const
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (qsizetype i = 0; i < samples; ++i) {
        if (kind == Kind::StackedBars) {
            lo = 0;
            hi = std::max(hi, stackTotal(i));
            continue;
        }
        for (qsizetype l = 0; l < layers.size(); ++l) {
            const double v = value(l, i);
            if (!std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (lo > hi) { // nothing to show
        lo = minimum.value_or(0);
        hi = maximum.value_or(lo + 1);
    }
    for (const Band &b : bands) {
        for (double edge : {b.from, b.to}) {
            if (std::isfinite(edge)) {
                lo = std::min(lo, edge);
                hi = std::max(hi, edge);
            }
        }
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const double step = niceStep((hi - lo) / 4);
    lo = minimum && *minimum <= lo ? *minimum : std::floor(lo / step) * step;
    hi = maximum && *maximum >= hi ? *maximum : std::ceil(hi / step) * step;
    return {lo, hi};
}

QString ChartPanel::valueText(double v) const
{
    const QString number = QLocale().toString(v, 'f', decimals);
    return unit.isEmpty()
               ? number
               : QCoreApplication::translate("zc::TimeSeriesChart", "%1 %2", "value unit")
                     .arg(number, unit);
}

} // namespace zc
