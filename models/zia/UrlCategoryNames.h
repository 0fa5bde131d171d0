// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace zc {

// Readable names for ZIA's URL category, security-alert and cloud-application codes:
// "NEWS_AND_MEDIA" -> "News and Media". Well-known codes have their proper (translatable)
// names; any other code is title-cased word by word, keeping short joining words lower-case
// ("SOME_NEW_CATEGORY" -> "Some New Category").
namespace UrlCategoryNames {

QString name(const QString &code);
// Each code of a JSON array (or a single string) named, joined with ", ".
QString names(const QJsonValue &codes);
QStringList codes(const QJsonValue &codes);
// The fallback: "TRADING_AND_CRYPTO" -> "Trading and Crypto".
QString titleCase(const QString &code);

} // namespace UrlCategoryNames

} // namespace zc
