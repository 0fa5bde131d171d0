#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Builds everything once more with AddressSanitizer (LeakSanitizer on) and
# UndefinedBehaviorSanitizer into build-asan/ (or $ZC_ASAN_BUILD_DIR; see
# scripts/ci-asan-configure.sh), with clang, and runs the whole test suite in it as
# scripts/test.sh does (private keychain session, offscreen widgets, the same ctest
# parallelism). Any report fails the test that made it: UBSan does not recover
# (-fno-sanitize-recover=all), ASan halts on the first error. Suppressions cover third-party
# code only (scripts/sanitizers/*.supp, each explained).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ZC_ASAN_BUILD_DIR:-$here/build-asan}
start=$(date +%s)

ZC_ASAN_BUILD_DIR="$build" "$here/scripts/ci-asan-configure.sh"
cmake --build "$build" --parallel "${ZC_JOBS:-$(nproc)}"
built=$(date +%s)

supp="$here/scripts/sanitizers"
# llvm-14's symbolizer by its full path: Debian names it llvm-symbolizer only in the llvm package.
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
status=0
"$here/scripts/with-keychain.sh" ctest --test-dir "$build" --output-on-failure --parallel 2 \
    --timeout 600 "$@" || status=$?
echo "ci-sanitizers: build $((built - start)) s, tests $(($(date +%s) - built)) s."
exit $status
