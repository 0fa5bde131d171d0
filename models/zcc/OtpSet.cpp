// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "OtpSet.h"

#include "auth/Credentials.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace zc {

namespace {

struct OtpKind
{
    const char *key;
    const char *name;
};
// The portal's labels (oneapi-notes.md, "Device OTPs"), in its order; the API adds the last
// two.
constexpr std::array kOtpKinds{
    OtpKind{"otp", QT_TRANSLATE_NOOP("zc::OtpSet", "One-time password")},
    OtpKind{"exitOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Exit")},
    OtpKind{"logoutOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Logout")},
    OtpKind{"uninstallOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Uninstall")},
    OtpKind{"revertOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Revert")},
    OtpKind{"ziaDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable ZIA")},
    OtpKind{"zpaDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable ZPA")},
    OtpKind{"zdxDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable ZDX")},
    OtpKind{"zdpDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable Endpoint DLP (ZDP)")},
    OtpKind{"antiTemperingDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable anti-tampering")},
    OtpKind{"deceptionSettingsOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Deception settings")},
};

} // namespace

OtpSet::~OtpSet()
{
    clear();
}

OtpSet::OtpSet(OtpSet &&other) noexcept
    : m_entries(std::move(other.m_entries))
{
    other.m_entries.clear();
}

OtpSet &OtpSet::operator=(OtpSet &&other) noexcept
{
    if (this != &other) {
        clear();
        m_entries = std::move(other.m_entries);
        other.m_entries.clear();
    }
    return *this;
}

void OtpSet::clear()
{
    for (OtpEntry &entry : m_entries)
        secureWipe(entry.value);
    m_entries.clear();
}

const QStringList &OtpSet::knownKinds()
{
    static const QStringList kinds = [] {
        QStringList list;
        for (const OtpKind &kind : kOtpKinds)
            list.append(QLatin1StringView(kind.key));
        return list;
    }();
    return kinds;
}

QString OtpSet::kindName(const QString &key)
{
    for (const OtpKind &kind : kOtpKinds) {
        if (key == QLatin1StringView(kind.key))
            return QCoreApplication::translate("zc::OtpSet", kind.name);
    }
    return key;
}

namespace {

// The value as UTF-8, with the intermediate string wiped.
QByteArray otpValue(const QJsonValue &value)
{
    QString text = value.toString();
    QByteArray bytes = text.toUtf8();
    secureWipe(text);
    return bytes;
}

} // namespace

OtpSet OtpSet::fromJson(const QJsonObject &answer)
{
    OtpSet set;
    for (const QString &kind : knownKinds()) {
        const QJsonValue value = answer.value(kind);
        if (value.isString())
            set.m_entries.append({kind, otpValue(value)});
    }
    QStringList others;
    for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
        if (it.value().isString() && !knownKinds().contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    for (const QString &key : std::as_const(others))
        set.m_entries.append({key, otpValue(answer.value(key))});
    return set;
}

} // namespace zc
