// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace zc::sim {

// "zconsole.sim": one debug line per request (method, path without query, status). Never
// tokens, secrets, Authorization headers, queries or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace zc::sim
