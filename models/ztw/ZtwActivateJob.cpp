// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZtwActivateJob.h"

#include "net/ApiClient.h"
#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZtwActivateJob::ZtwActivateJob(ApiClient *client, QObject *parent)
    : ClientJob(client, parent)
{}

void ZtwActivateJob::run()
{
    send("POST");
}

void ZtwActivateJob::send(const QByteArray &method)
{
    if (clientGone())
        return;
    m_method = method;
    const QStringList path{u"ecAdminActivateStatus"_s, u"activate"_s};
    const ApiRequest request = method == "PUT" ? ApiRequest::put(Product::Ztw, path)
                                               : ApiRequest::post(Product::Ztw, path);
    follow(
        client()->send(request.expecting(ApiRequest::Expect::JsonObject)),
        [this](ApiJob *job) {
            m_result = job->json().object();
            succeed();
        },
        [this](const ApiError &error) {
            if (error.httpStatus != 405 || m_method != "POST")
                return false;
            send("PUT"); // the SDKs' method
            return true;
        });
}

} // namespace zc
