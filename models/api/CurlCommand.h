// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiRequest.h"

#include <QString>
#include <QUrl>

namespace zc {

// "Copy as curl": the request as a POSIX shell command line. The bearer token is written as
// $ZSCALER_TOKEN for the shell to fill in; the token itself never appears, nor any other
// secret (the request holds none).
QString curlCommand(const ApiRequest &request, const QUrl &url);

// `text` quoted for a POSIX shell: in single quotes, with each ' written as '\''.
QString shellQuoted(const QString &text);

} // namespace zc
