// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The token endpoint's answers: a 200 body read for its access token (TokenResponse), and an
// error body read for the OAuth error and its description (readServerError).
#include "FuzzSupport.h"
#include "auth/TokenResponse.h"
#include "net/ApiError.h"
#include "net/NetworkErrors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = zc::fuzz::bytes(data, size);

    const zc::TokenResponse response = zc::TokenResponse::parse(input);
    if (response.isUsable()) {
        ZC_FUZZ_CHECK(response.expiresInSeconds > 0 &&
                      response.expiresInSeconds <= zc::TokenResponse::kMaxLifetimeSeconds);
        for (const char c : response.accessToken)
            ZC_FUZZ_CHECK(c > 0x20 && c < 0x7f); // nothing that could split a header
    } else {
        ZC_FUZZ_CHECK(response.accessToken.isEmpty());
    }

    zc::ApiError error;
    error.kind = zc::ApiError::Kind::Authentication;
    error.duringSignIn = true;
    zc::readServerError(input, &error);
    ZC_FUZZ_CHECK(error.serverMessage.size() <= 500);
    ZC_FUZZ_CHECK(!error.message().isEmpty());
    return 0;
}
