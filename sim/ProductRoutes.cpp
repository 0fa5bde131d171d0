// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProductRoutes.h"

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

HttpResponse methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response =
        HttpResponse::error(405, u"METHOD_NOT_ALLOWED"_s,
                            u"This resource accepts %1 only."_s.arg(QString::fromLatin1(allowed)));
    response.setHeader("Allow", allowed);
    return response;
}

} // namespace zc::sim
