// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

#include <array>

namespace zc {

// The six OneAPI products ZConsole talks to. Each has its own base path under the API host
// and its own published rate limits.
enum class Product
{
    Zia,
    Zpa,
    Zcc,
    Ztw,
    Zdx,
    Zid
};

inline constexpr std::array<Product, 6> allProducts{Product::Zia, Product::Zpa, Product::Zcc,
                                                    Product::Ztw, Product::Zdx, Product::Zid};

// Path appended to the API host, e.g. "/zia/api/v1".
QString productBasePath(Product product);
// Short, untranslated product name as Zscaler spells it ("ZIA", "ZIdentity").
QString productName(Product product);
// Lower-case key used on command lines, in settings and in the simulator ("zia", "zid").
QString productKey(Product product);
// Parses productKey() or productName() case-insensitively.
bool parseProduct(const QString &text, Product *out);

} // namespace zc

Q_DECLARE_METATYPE(zc::Product)
