// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SafeNumbers.h"

#include <QString>

#include <cmath>
#include <limits>

namespace zc {

std::optional<qint64> saturatedInt64(double value)
{
    if (std::isnan(value))
        return std::nullopt;
    // 2^63 is exactly representable as a double; every double below it converts safely.
    constexpr double limit = 9223372036854775808.0;
    if (value >= limit)
        return std::numeric_limits<qint64>::max();
    if (value <= -limit)
        return std::numeric_limits<qint64>::min();
    return static_cast<qint64>(value);
}

int saturatedInt(qint64 value)
{
    if (value > std::numeric_limits<int>::max())
        return std::numeric_limits<int>::max();
    if (value < std::numeric_limits<int>::min())
        return std::numeric_limits<int>::min();
    return static_cast<int>(value);
}

std::optional<qint64> jsonWholeNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return saturatedInt64(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool ok = false;
    const qint64 whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    // Too long for qint64, or written as a decimal ("3.0", "1e30"): read it as a double.
    const double number = text.toDouble(&ok);
    return ok ? saturatedInt64(number) : std::nullopt;
}

} // namespace zc
