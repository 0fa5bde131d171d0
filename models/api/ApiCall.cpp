// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiCall.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::ApiCall)
};

// The query key that sets the page size in each style, so that a size the user chose wins.
QString pageSizeKey(PageStyle style)
{
    switch (style) {
    case PageStyle::Zpa:
        return u"pagesize"_s;
    case PageStyle::Zia:
    case PageStyle::Zcc:
        return u"pageSize"_s;
    case PageStyle::Zid:
    case PageStyle::Zdx:
        return u"limit"_s;
    }
    return {};
}

// ZDX names a list's array after what it lists ("devices", "users"): the path's last word.
QString zdxRecordsKey(const QStringList &segments)
{
    for (auto it = segments.crbegin(); it != segments.crend(); ++it) {
        bool number = false;
        it->toLongLong(&number);
        if (!number)
            return *it;
    }
    return paging::defaultRecordsKey(PageStyle::Zdx);
}

// Line and column of a byte offset, both from 1, for a message a person can act on.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

PageStyle pageStyleOf(Product product)
{
    switch (product) {
    case Product::Zia:
    case Product::Ztw:
        return PageStyle::Zia;
    case Product::Zpa:
        return PageStyle::Zpa;
    case Product::Zcc:
        return PageStyle::Zcc;
    case Product::Zdx:
        return PageStyle::Zdx;
    case Product::Zid:
        return PageStyle::Zid;
    }
    return PageStyle::Zia;
}

QStringList ApiCall::methods()
{
    return {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
}

bool ApiCall::isWrite() const
{
    return method != "GET";
}

bool ApiCall::parseBody(const QByteArray &text, QJsonDocument *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, parseError.offset);
        *error = Tr::tr("The body is not valid JSON: %1 at line %2, column %3.")
                     .arg(parseError.errorString())
                     .arg(line)
                     .arg(column);
        return false;
    }
    *out = document;
    return true;
}

bool ApiCall::parseQueryItem(const QString &text, std::pair<QString, QString> *out)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0)
        return false;
    *out = {text.left(equals), text.mid(equals + 1)};
    return true;
}

bool ApiCall::build(const ConnectionSettings &settings, Built *out, QString *error) const
{
    const QByteArray verb = method.trimmed().toUpper();
    if (!methods().contains(QString::fromLatin1(verb))) {
        *error = Tr::tr("Unknown method \"%1\": use %2.")
                     .arg(QString::fromUtf8(method), methods().join(u", "_s));
        return false;
    }
    ApiPath target;
    if (!ApiPath::parse(path, settings, &target, error))
        return false;

    Built built;
    built.request.product = target.product;
    if (target.basePath != productBasePath(target.product))
        built.request.basePath = target.basePath;
    built.request.method = verb;
    built.request.pathSegments = target.segments;
    built.request.query = target.query + query;
    // The raw answer is what the explorer shows; it parses the JSON itself.
    built.request.expect = ApiRequest::Expect::Nothing;

    if (!body.trimmed().isEmpty()) {
        if (verb == "GET") {
            *error = Tr::tr("A GET request sends no body.");
            return false;
        }
        if (!parseBody(body, &built.request.body, error))
            return false;
    }
    if (paginate && verb != "GET") {
        *error = Tr::tr("Only GET requests can fetch every page.");
        return false;
    }
    built.style = pageStyleOf(target.product);
    built.pageSize = paging::maxPageSize(built.style);
    const QString sizeKey = pageSizeKey(built.style);
    for (const auto &[key, value] : std::as_const(built.request.query)) {
        if (key == sizeKey && value.toInt() > 0)
            built.pageSize = std::min(value.toInt(), built.pageSize);
    }
    if (built.style == PageStyle::Zdx)
        built.recordsKey = zdxRecordsKey(target.segments);
    *out = built;
    return true;
}

} // namespace zc
