#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# CI: the desktop application builds without the demo tenant (ZCONSOLE_WITH_DEMO=OFF), links
# no simulator code, and its --help offers no --demo. Build folder: build-demo-off/ (or
# $ZC_DEMO_OFF_BUILD_DIR).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ZC_DEMO_OFF_BUILD_DIR:-$here/build-demo-off}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DZCONSOLE_WITH_DEMO=OFF -DZCONSOLE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target zconsole --parallel "${ZC_JOBS:-2}"
help=$(QT_QPA_PLATFORM=offscreen "$build/app/gui/zconsole" --help)
if grep -q -- "--demo" <<<"$help"; then
    echo "zconsole --help offers --demo in a build without the demo tenant" >&2
    exit 1
fi
if nm -C "$build/app/gui/zconsole" | grep -q "zc::sim::"; then
    echo "zconsole links simulator code in a build without the demo tenant" >&2
    exit 1
fi
echo "Demo-off build: zconsole builds without the simulator and offers no --demo."
