// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaEnum>
#include <QString>

namespace zc {

// An enumerator's name in snake case ("RateLimited" -> "rate_limited"): the stable key that
// logs, exports and scripts read. The name is the one place that defines it, so a new
// enumerator has its key without a table to keep in step.
QString snakeCaseKey(const char *enumeratorName);

// The key of a Q_ENUM value; `fallback` for a value the enum does not name.
template<typename Enum> QString enumKey(Enum value, const QString &fallback = {})
{
    const char *name = QMetaEnum::fromType<Enum>().valueToKey(int(value));
    return name ? snakeCaseKey(name) : fallback;
}

} // namespace zc
