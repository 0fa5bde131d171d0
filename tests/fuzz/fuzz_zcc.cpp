// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZCC's answers into its models: devices (times, OS, states, hostname filter) and a device's
// OTPs, which are secrets: the model never shows one unless revealed.
#include "FuzzSupport.h"
#include "zcc/DeviceModel.h"
#include "zcc/OtpModel.h"
#include "zcc/ZccService.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument answer = zc::fuzz::json(zc::fuzz::bytes(data, size));
    const QJsonArray devices = zc::fuzz::records(answer);

    zc::DeviceModel model(nullptr);
    zc::fuzz::exercise(&model, [&] { model.setRecords(devices); });
    ZC_FUZZ_CHECK(zc::zcc::filterByHostname(devices, u"a"_s).size() <= devices.size());
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        for (auto it = device.begin(); it != device.end(); ++it)
            zc::zccTime(it.value());
        zc::zcc::registrationStateName(device.value("registrationState"_L1));
    }

    zc::OtpSet otps = zc::OtpSet::fromJson(answer.object());
    for (const zc::OtpEntry &entry : otps.entries())
        ZC_FUZZ_CHECK(!zc::OtpSet::kindName(entry.key).isEmpty() || entry.key.isEmpty());
    zc::OtpModel otpModel;
    zc::fuzz::exercise(&otpModel, [&] { otpModel.setOtps(std::move(otps)); });
    // Masked until revealed: no value reaches the display role of its column.
    for (int row = 0; row < otpModel.rowCount(); ++row) {
        const QModelIndex cell = otpModel.index(row, zc::OtpModel::ValueColumn);
        const QString value = cell.data(zc::OtpModel::ValueRole).toString();
        ZC_FUZZ_CHECK(!otpModel.isRevealed(row));
        ZC_FUZZ_CHECK(value.isEmpty() || value == zc::OtpModel::kMask ||
                      cell.data().toString() != value);
    }
    return 0;
}
