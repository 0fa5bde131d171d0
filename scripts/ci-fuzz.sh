#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets of tests/fuzz in the sanitizer build, build-asan/ (or
# $ZC_ASAN_BUILD_DIR; see scripts/ci-asan-configure.sh), and runs each for ZC_FUZZ_SECONDS
# seconds (default 20) from its seeds: answers of the tenant simulator (zc_fuzz_seeds) and the
# hand-written inputs of tests/fuzz/corpus/<target>/.
# Fails at the first crash, hang, leak or sanitizer report; the input that caused it is left
# in build-asan/artifacts/ (replay: build-asan/tests/fuzz/<target> <file>).
# Usage: scripts/ci-fuzz.sh [TARGET...]   (all targets when none is named)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ZC_ASAN_BUILD_DIR:-$here/build-asan}
seconds=${ZC_FUZZ_SECONDS:-20}
start=$(date +%s)

ZC_ASAN_BUILD_DIR="$build" "$here/scripts/ci-asan-configure.sh"
cmake --build "$build" --target zc_fuzz --parallel "${ZC_JOBS:-$(nproc)}"
built=$(date +%s)

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for source in "$here"/tests/fuzz/fuzz_*.cpp; do
        targets+=("$(basename "$source" .cpp)")
    done
fi

# As in scripts/ci-sanitizers.sh; abort_on_error makes a report a crash libFuzzer keeps.
supp="$here/scripts/sanitizers"
# llvm-14's symbolizer by its full path: Debian names it llvm-symbolizer only in the llvm package.
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

rm -rf "$build/seeds" "$build/artifacts"
mkdir -p "$build/seeds" "$build/artifacts"
"$build/tests/fuzz/zc_fuzz_seeds" "$build/seeds"

for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus" "$build/seeds/$target"
    seeds=("$build/seeds/$target")
    [ -d "$here/tests/fuzz/corpus/$target" ] && seeds+=("$here/tests/fuzz/corpus/$target")
    options=()
    case "$target" in
    fuzz_url_list | fuzz_headers | fuzz_private_key | fuzz_sim_http_request) ;;
    *) options+=(-dict="$here/tests/fuzz/json.dict") ;;
    esac
    echo "== $target: ${seconds} s"
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "${options[@]}" "$corpus" "${seeds[@]}" 2>"$build/$target.log" || {
        tail -n 60 "$build/$target.log"
        echo "ci-fuzz: $target failed; the input is in $build/artifacts/" >&2
        exit 1
    }
    grep -E "^stat::(number_of_executed_units|new_units_added|peak_rss_mb)|cov: " \
        "$build/$target.log" | tail -n 4
done
echo "ci-fuzz: ${#targets[@]} targets, no finding; build $((built - start)) s," \
     "runs $(($(date +%s) - built)) s."
