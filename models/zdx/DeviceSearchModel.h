// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

namespace zc {

// The devices DeviceFinder found: device name, user (e-mail), user name and ZDX device ID.
class DeviceSearchModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit DeviceSearchModel(QObject *parent = nullptr);
};

} // namespace zc
