// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SimLog.h"

namespace zc::sim {

Q_LOGGING_CATEGORY(lcSim, "zconsole.sim", QtInfoMsg)

} // namespace zc::sim
