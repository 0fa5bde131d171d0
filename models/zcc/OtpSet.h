// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zc {

// One OTP kind of a device: the API's key and the value. The value is a secret: never
// logged, never put into an error; OtpSet wipes it when dropped.
struct OtpEntry
{
    QString key;      // "exitOtp"
    QByteArray value; // UTF-8; may be empty (the tenant sent "")
};

// The OTPs of one device, in the portal's order (unknown kinds last). Move-only so that the
// values have a single owner, wiped (zc::secureWipe) on destruction and clear().
class OtpSet
{
public:
    OtpSet() = default;
    ~OtpSet();
    OtpSet(OtpSet &&other) noexcept;
    OtpSet &operator=(OtpSet &&other) noexcept;
    OtpSet(const OtpSet &) = delete;
    OtpSet &operator=(const OtpSet &) = delete;

    // Every member of a getOtp answer whose value is a string.
    static OtpSet fromJson(const QJsonObject &answer);

    const QList<OtpEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear();

    // The known kinds in the portal's order: otp, exitOtp, logoutOtp, ...
    static const QStringList &knownKinds();
    // A translated readable name: "Exit", "Disable ZIA", "Disable Endpoint DLP (ZDP)"...; the
    // key itself for a kind this version does not know.
    static QString kindName(const QString &key);

private:
    QList<OtpEntry> m_entries;
};

} // namespace zc
