// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "OpenSslExit.h"

#include <openssl/crypto.h>

namespace zc {

void leaveOpenSslStateToProcessExit()
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace zc
