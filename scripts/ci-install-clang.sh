#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Installs what the sanitizer and fuzzing steps need besides scripts/install-deps.sh: clang 14
# and its runtime libraries (ASan, UBSan, LSan, libFuzzer). As root, or with sudo.
set -euo pipefail
missing=()
for p in clang-14 libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
