#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# The one build both CI passes share: installs what scripts/install-deps.sh installs plus
# clang 14, its runtimes (ASan, UBSan, LSan, libFuzzer) and llvm-14 (llvm-symbolizer: reports
# with file and line), then configures build-asan/ (or
# $ZC_ASAN_BUILD_DIR) with clang, AddressSanitizer + UndefinedBehaviorSanitizer on everything
# and the fuzz targets of tests/fuzz (ZCONSOLE_FUZZ). scripts/ci-sanitizers.sh builds it all
# and runs the suite; scripts/ci-fuzz.sh then only adds what is missing, usually nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ZC_ASAN_BUILD_DIR:-$here/build-asan}

"$here/scripts/install-deps.sh"
missing=()
for p in clang-14 libclang-rt-14-dev llvm-14; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# UBSan does not recover: the first report ends the program, so that no test can pass with one.
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# -O1 and line tables only: what sanitizer reports need (file and line of every frame), and
# about a third less compile time than -O2 -g on the CI's two cores. No benchmarks: neither
# pass runs them (scripts/bench.sh does, in the normal build).
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DZCONSOLE_BUILD_BENCH=OFF \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DZCONSOLE_FUZZ=ON >/dev/null
