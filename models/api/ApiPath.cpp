// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiPath.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::ApiPath)
};

struct Base
{
    QLatin1StringView path;
    Product product;
};

// ZPA publishes three trees: the management API in v1 and v2, and the user portal's.
constexpr std::array<Base, 8> kBases{{
    {"/zia/api/v1"_L1, Product::Zia},
    {"/zpa/mgmtconfig/v1"_L1, Product::Zpa},
    {"/zpa/mgmtconfig/v2"_L1, Product::Zpa},
    {"/zpa/userconfig/v1"_L1, Product::Zpa},
    {"/zcc/papi/public/v1"_L1, Product::Zcc},
    {"/ztw/api/v1"_L1, Product::Ztw},
    {"/zdx/v1"_L1, Product::Zdx},
    {"/ziam/admin/api/v1"_L1, Product::Zid},
}};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    return pattern;
}

// The setting a placeholder stands for; false for a placeholder the explorer does not know.
bool placeholderValue(const QString &name, const ConnectionSettings &settings, QString *value)
{
    if (name == "customerId"_L1)
        *value = settings.zpaCustomerId.trimmed();
    else if (name == "microtenantId"_L1)
        *value = settings.zpaMicrotenantId.trimmed();
    else
        return false;
    return true;
}

} // namespace

QStringList ApiPath::basePaths()
{
    QStringList paths;
    for (const Base &base : kBases)
        paths.append(base.path);
    return paths;
}

bool ApiPath::productOf(const QString &text, Product *productOut, QString *basePathOut)
{
    const QString path = text.trimmed().section(u'?', 0, 0);
    for (const Base &base : kBases) {
        if (path == base.path ||
            (path.startsWith(base.path) && path.at(base.path.size()) == u'/')) {
            if (productOut)
                *productOut = base.product;
            if (basePathOut)
                *basePathOut = base.path;
            return true;
        }
    }
    return false;
}

QString ApiPath::expanded(const QString &text, const ConnectionSettings &settings)
{
    QString result = text;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    // Right to left, so that earlier offsets stay valid.
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const QRegularExpressionMatch &match : std::as_const(matches)) {
        QString value;
        if (placeholderValue(match.captured(1), settings, &value) && !value.isEmpty())
            result.replace(match.capturedStart(), match.capturedLength(),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return result;
}

bool ApiPath::parse(const QString &text, const ConnectionSettings &settings, ApiPath *out,
                    QString *error)
{
    const QString trimmed = text.trimmed();
    QString base;
    Product found = Product::Zia;
    if (!productOf(trimmed, &found, &base)) {
        *error = Tr::tr("The path must start with a product's base path: %1.")
                     .arg(basePaths().join(u", "_s));
        return false;
    }
    const QRegularExpressionMatch match = placeholderPattern().match(expanded(trimmed, settings));
    if (match.hasMatch()) {
        QString value;
        *error = placeholderValue(match.captured(1), settings, &value)
                     ? Tr::tr("The path needs {%1}, which the connection settings do not set.")
                           .arg(match.captured(1))
                     : Tr::tr("Unknown placeholder {%1}: only {customerId} and {microtenantId} "
                              "are filled in.")
                           .arg(match.captured(1));
        return false;
    }
    const QString full = expanded(trimmed, settings);
    const qsizetype mark = full.indexOf(u'?');
    const QString rest = full.left(mark < 0 ? full.size() : mark).mid(base.size());

    ApiPath result;
    result.product = found;
    result.basePath = base;
    // Segments are decoded here and encoded again when sent, so "%2F" in a name survives.
    for (const QString &segment : rest.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == "."_L1 || segment == ".."_L1) {
            *error = Tr::tr("The path may not contain \".\" or \"..\" segments.");
            return false;
        }
        result.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    }
    if (mark >= 0) {
        const QUrlQuery items(full.mid(mark + 1));
        for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded))
            result.query.append({key, value});
    }
    *out = result;
    return true;
}

} // namespace zc
