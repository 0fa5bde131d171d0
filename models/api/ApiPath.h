// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/ConnectionSettings.h"
#include "oneapi/Product.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace zc {

// A full OneAPI path as a person types it ("/zpa/mgmtconfig/v1/admin/customers/{customerId}/
// application?page=2"), split into what the engine needs: the product its base path names,
// that base path, the segments below it (decoded) and the query items written in the path.
struct ApiPath
{
    Product product = Product::Zia;
    QString basePath;
    QStringList segments;
    QList<std::pair<QString, QString>> query;

    // Parses `text` after filling in {customerId} and {microtenantId} from `settings`.
    // A path outside the six products, an unknown placeholder or a placeholder whose setting
    // is empty: false, with a translated sentence in *error.
    static bool parse(const QString &text, const ConnectionSettings &settings, ApiPath *out,
                      QString *error);
    // `text` with the placeholders filled in, leaving unknown or unset ones as they are.
    static QString expanded(const QString &text, const ConnectionSettings &settings);
    // The product whose base path starts `text` (placeholders need not be filled in).
    static bool productOf(const QString &text, Product *product, QString *basePath = nullptr);
    // Every base path the explorer accepts, in the products' order.
    static QStringList basePaths();
};

} // namespace zc
