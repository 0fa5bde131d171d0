// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Product.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

QString productBasePath(Product product)
{
    switch (product) {
    case Product::Zia:
        return u"/zia/api/v1"_s;
    case Product::Zpa:
        return u"/zpa/mgmtconfig/v1"_s;
    case Product::Zcc:
        return u"/zcc/papi/public/v1"_s;
    case Product::Ztw:
        return u"/ztw/api/v1"_s;
    case Product::Zdx:
        return u"/zdx/v1"_s;
    case Product::Zid:
        return u"/ziam/admin/api/v1"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString productName(Product product)
{
    switch (product) {
    case Product::Zia:
        return u"ZIA"_s;
    case Product::Zpa:
        return u"ZPA"_s;
    case Product::Zcc:
        return u"ZCC"_s;
    case Product::Ztw:
        return u"ZTW"_s;
    case Product::Zdx:
        return u"ZDX"_s;
    case Product::Zid:
        return u"ZIdentity"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString productKey(Product product)
{
    switch (product) {
    case Product::Zia:
        return u"zia"_s;
    case Product::Zpa:
        return u"zpa"_s;
    case Product::Zcc:
        return u"zcc"_s;
    case Product::Ztw:
        return u"ztw"_s;
    case Product::Zdx:
        return u"zdx"_s;
    case Product::Zid:
        return u"zid"_s;
    }
    Q_UNREACHABLE();
    return {};
}

bool parseProduct(const QString &text, Product *out)
{
    for (Product p : allProducts) {
        if (text.compare(productKey(p), Qt::CaseInsensitive) == 0 ||
            text.compare(productName(p), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = p;
            return true;
        }
    }
    return false;
}

} // namespace zc
