// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RawHttpWriter.h"

#include <QTcpSocket>

namespace zc::sim {

QByteArray RawHttpWriter::head(const HttpResponse &response, qint64 contentLength, bool close)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    for (const auto &h : response.headers) {
        if (isNamed(h, "Content-Length") || isNamed(h, "Connection"))
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

void RawHttpWriter::write(QTcpSocket *socket, const HttpResponse &response, Mode mode,
                          bool headOnly, bool close)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (mode) {
    case Mode::Drop:
        socket->abort();
        return;
    case Mode::Truncate: {
        const qsizetype sent = response.body.size() / 2;
        socket->write(head(response, response.body.size(), true) + response.body.left(sent));
        socket->disconnectFromHost();
        return;
    }
    case Mode::Complete:
        socket->write(head(response, response.body.size(), close) +
                      (headOnly ? QByteArray() : response.body));
        if (close)
            socket->disconnectFromHost();
        return;
    }
}

} // namespace zc::sim
