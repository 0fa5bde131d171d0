// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RetryAfter.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// Seconds in a year: RateLimit-Reset values below this are deltas, above it epochs.
constexpr qint64 kEpochThreshold = 365LL * 24 * 3600;

int ceilSeconds(double seconds)
{
    if (std::isnan(seconds) || seconds < 0)
        return -1;
    if (seconds > kMaxServerWaitSeconds)
        return kMaxServerWaitSeconds;
    return static_cast<int>(std::ceil(seconds));
}

// A decimal number of seconds. One too large for a double ("1e400", a thousand digits) is
// read as infinite, i.e. the longest wait, not as unreadable: a server asking for forever must
// not be retried after the default second.
std::optional<double> readNumber(const QString &text)
{
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    if (ok || std::isinf(number))
        return number;
    return std::nullopt;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return -1;
    // "1", "2.5", "13s", "13 s", "1 seconds", "1 second", "10 sec"
    static const QRegularExpression number(
        uR"(^(\d+(?:\.\d+)?)\s*(?:s|sec|secs|second|seconds)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = number.match(text);
    if (match.hasMatch())
        return ceilSeconds(readNumber(match.captured(1)).value_or(-1));
    // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime date = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return -1;
    date.setTimeSpec(Qt::UTC);
    const qint64 delta = now.secsTo(date);
    return delta < 0 ? 0 : static_cast<int>(std::min<qint64>(delta, kMaxServerWaitSeconds));
}

int parseResetSeconds(const QByteArray &value)
{
    return ceilSeconds(readNumber(QString::fromLatin1(value)).value_or(-1));
}

int parseResetEpoch(const QByteArray &value, const QDateTime &now)
{
    const double number = readNumber(QString::fromLatin1(value)).value_or(-1);
    if (std::isnan(number) || number < 0)
        return -1;
    if (number < kEpochThreshold)
        return ceilSeconds(number);
    const double delta = number - static_cast<double>(now.toSecsSinceEpoch());
    return delta <= 0 ? 0 : ceilSeconds(delta);
}

int serverRequestedWait(const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QJsonObject &body, const QDateTime &now)
{
    if (const QByteArray v = headerValue(headers, "retry-after"); !v.isEmpty()) {
        if (const int s = parseRetryAfter(v, now); s >= 0)
            return s;
    }
    if (const QByteArray v = headerValue(headers, "x-ratelimit-reset"); !v.isEmpty()) {
        if (const int s = parseResetSeconds(v); s >= 0)
            return s;
    }
    if (const QByteArray v = headerValue(headers, "ratelimit-reset"); !v.isEmpty()) {
        if (const int s = parseResetEpoch(v, now); s >= 0)
            return s;
    }
    const QJsonValue inBody = body.value("Retry-After"_L1);
    if (inBody.isString())
        return parseRetryAfter(inBody.toString().toLatin1(), now);
    if (inBody.isDouble())
        return ceilSeconds(inBody.toDouble());
    return -1;
}

} // namespace zc
