// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

namespace zc {

// ZDX devices from GET /devices: ID, name, user ID. Load with ZdxService::searchDevices().
class ZdxDeviceModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit ZdxDeviceModel(QObject *parent = nullptr);
    // The columns views show (and the CLI prints).
    static QList<RecordColumn> deviceColumns();
};

// ZDX users from GET /users: ID, name, e-mail, number of devices.
class ZdxUserModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit ZdxUserModel(QObject *parent = nullptr);
    // The columns views show (and the CLI prints).
    static QList<RecordColumn> userColumns();
};

} // namespace zc
