// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace zc::sim {

// The socket side of the simulator: Qt's HTTP parser in front, every parsed request handed
// to one callback together with its socket, which the callback answers by hand (see
// RawHttpWriter). No routing here: SimServer decides everything, including 404s.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace zc::sim
