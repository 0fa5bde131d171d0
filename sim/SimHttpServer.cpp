// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SimHttpServer.h"

#include "HttpResponse.h"
#include "RawHttpWriter.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_handler)
        return false;
    m_handler(request, socket);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    RawHttpWriter::write(socket,
                         HttpResponse::error(404, u"RESOURCE_NOT_FOUND"_s, u"No such resource."_s));
}

} // namespace zc::sim
