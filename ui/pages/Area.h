// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QList>
#include <QString>

namespace zc {

// The areas of the main window, in navigation order (Ctrl+1 .. Ctrl+9).
enum class Area
{
    DeviceOtp,
    DeepTraces,
    UrlLookup,
    AppSegments,
    ConnectorGroups,
    Users,
    Activation,
    ApiExplorer,
    Snapshots
};

QList<Area> allAreas();
// The product whose API the area talks to (its rate budget shows in the status bar); for the
// API explorer, which talks to all of them, the product it starts with.
Product areaProduct(Area area);
// Untranslated key for settings and object names: "device-otp", "deep-traces"...
QString areaKey(Area area);
// Translated navigation title: "Device OTP".
QString areaTitle(Area area);

} // namespace zc
