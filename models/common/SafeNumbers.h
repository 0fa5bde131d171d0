// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QtGlobal>

#include <optional>

namespace zc {

// Numbers from outside (JSON answers, headers, files) turned into integers without undefined
// behaviour: converting a double beyond an integer's range is undefined in C++, and a broken
// or hostile server may send 1e300, -1e300, or a count over 2^31.

// A double as qint64: fractions are cut toward zero, values past qint64's range saturate to
// its limits. nullopt for NaN.
std::optional<qint64> saturatedInt64(double value);

// A qint64 as int, saturated to int's limits.
int saturatedInt(qint64 value);

// The whole number a JSON value holds, as a number (3, 3.0, 1e300) or as a numeric string
// ("3", " 42 ", "1e3"), converted as saturatedInt64() does. nullopt when it holds no number.
std::optional<qint64> jsonWholeNumber(const QJsonValue &value);

} // namespace zc
