// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"

class QTcpSocket;

namespace zc::sim {

// Writes hand-made HTTP/1.1 answers straight to a server socket, so that the simulator can
// also answer badly: a body shorter than its Content-Length, or no answer at all.
class RawHttpWriter
{
public:
    enum class Mode
    {
        Complete, // status line, headers, Content-Length and the whole body
        Truncate, // Content-Length of the whole body, half of it sent, then the socket closes
        Drop,     // the connection is aborted without a byte
    };

    // `headOnly`: a HEAD request, the body is not sent (Content-Length still announces it).
    // `close`: close the connection after the answer (the client asked for it).
    static void write(QTcpSocket *socket, const HttpResponse &response, Mode mode = Mode::Complete,
                      bool headOnly = false, bool close = false);

    // The status line and headers, ending with the empty line.
    static QByteArray head(const HttpResponse &response, qint64 contentLength, bool close);
};

} // namespace zc::sim
