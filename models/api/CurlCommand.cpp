// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CurlCommand.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString curlCommand(const ApiRequest &request, const QUrl &url)
{
    QStringList parts{u"curl"_s};
    if (request.method != "GET")
        parts << u"-X"_s << QString::fromLatin1(request.method);
    parts << shellQuoted(url.toString(QUrl::FullyEncoded));
    parts << u"-H"_s << shellQuoted(u"Accept: application/json"_s);
    // Double quotes, so that the shell expands the variable and the token stays out of the text.
    parts << u"-H"_s << u"\"Authorization: Bearer $ZSCALER_TOKEN\""_s;
    if (!request.body.isNull()) {
        parts << u"-H"_s << shellQuoted(u"Content-Type: application/json"_s);
        parts << u"--data-raw"_s
              << shellQuoted(QString::fromUtf8(request.body.toJson(QJsonDocument::Compact)));
    }
    return parts.join(u' ');
}

} // namespace zc
