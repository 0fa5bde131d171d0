#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Installs dependencies, builds, and runs every test. Tests that need the OS keychain run
# against a real gnome-keyring on a private D-Bus session (scripts/with-keychain.sh);
# widgets run offscreen. Nothing is skipped for want of a service.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build=${ZC_BUILD_DIR:-$here/build}
export QT_QPA_PLATFORM=offscreen
exec "$here/scripts/with-keychain.sh" \
    ctest --test-dir "$build" --output-on-failure --parallel 2 --timeout 300 "$@"
