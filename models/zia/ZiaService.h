// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "UrlLookupJob.h"
#include "net/Service.h"

namespace zc {

// ZIA calls the console makes: URL lookup and configuration activation.
class ZiaService : public Service
{
    Q_OBJECT
public:
    explicit ZiaService(ApiClient *client, QObject *parent = nullptr);

    // urls must already be cleaned (UrlLookupInput::prepare). Started on the next turn.
    UrlLookupJob *lookupUrls(const QStringList &urls);
    // GET /status → {"status":"ACTIVE"|"PENDING"|...}
    ApiJob *activationStatus();
    // POST /status/activate
    ApiJob *activate();
};

} // namespace zc
