// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCoreApplication;

namespace zc {

// The source texts count with "%n row(s)"; the English catalogue (translations/zconsole_en.ts,
// embedded as :/i18n/zconsole_en.qm) turns that into "1 row" and "2 rows". Installs it on
// `app`, which owns it. False when the catalogue is missing from the resources.
bool installEnglishPlurals(QCoreApplication *app);

} // namespace zc
