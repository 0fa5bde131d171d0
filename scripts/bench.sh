#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Runs the project's benchmarks and prints their figures as Markdown (BENCHMARKS.md holds a
# run): fetch-all under the published limits and without them (bench/FetchBench.cpp), the
# UI thread while 100,000 users load and are filtered (bench/UiStallBench.cpp), the time to
# the first painted window of `zconsole --demo` against a minimal Qt window
# (bench/ColdStartBench.cpp), the record models' heap per row (bench/ModelMemoryBench.cpp), then
# the CLI against a sequential Python `requests` script (bench/fetch_all.py) for CPU time and
# peak memory. Needs a build (ZC_BUILD_DIR, default build/) and python3-requests. Not a test:
# it asserts nothing, and takes a few minutes.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ZC_BUILD_DIR:-$here/build}
ninja -C "$build" -j2 zc-bench-fetch zc-bench-ui zc-bench-coldstart zc-bench-minimal-window \
    zc-bench-memory zconsole zconsole-sim zconsole-cli >/dev/null
# The request log on stderr costs CPU the figures should not include.
export QT_LOGGING_RULES="zconsole.*=false"
sim="$build/app/sim/zconsole-sim"
cli="$build/app/cli/zconsole-cli"
python=/usr/bin/python3

echo "# Benchmark run"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$here" rev-parse --short HEAD)"
echo "- machine: $(uname -srm), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'), $($python --version), requests $($python -c 'import requests; print(requests.__version__)')"
echo

"$build/bench/zc-bench-fetch" "$sim" 0 150
echo
"$build/bench/zc-bench-coldstart" "$build/app/gui/zconsole" "$build/bench/zc-bench-minimal-window" 21
echo
"$build/bench/zc-bench-memory"
echo
QT_QPA_PLATFORM=offscreen "$build/bench/zc-bench-ui" "$sim" 100000
echo
# The same table sorted by login before the users load, as a saved layout that sorts has it.
QT_QPA_PLATFORM=offscreen "$build/bench/zc-bench-ui" "$sim" 100000 sorted

# The CLI against the Python script: the same 20,000 segments from a simulator without
# limits on loopback, printed as JSON; CPU time and peak memory of the whole process.
work=$(mktemp -d)
trap 'kill "$simpid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$sim" --no-rate-limits --segments 20000 --microtenants 0 --env-file "$work/env" >/dev/null 2>&1 &
simpid=$!
for _ in $(seq 1 600); do [[ -s "$work/env" ]] && break; sleep 0.1; done
# shellcheck disable=SC1091
source "$work/env"
export ZSCALER_CLOUD ZSCALER_CLIENT_ID ZSCALER_CLIENT_SECRET ZSCALER_TOKEN_URL ZSCALER_API_URL ZPA_CUSTOMER_ID

measure() { # label command...: the best of three runs
    local label=$1 best="" line
    shift
    for _ in 1 2 3; do
        line=$(/usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >"$work/out.json" | tail -1)
        read -r wall user sys rss <<<"$line"
        cpu=$(echo "$user + $sys" | bc)
        if [[ -z $best ]] || (($(echo "$cpu < ${best%% *}" | bc))); then
            best="$cpu $wall $rss $(stat -c %s "$work/out.json")"
        fi
    done
    read -r cpu wall rss bytes <<<"$best"
    echo "| $label | $wall | $cpu | $((rss / 1024)) | $bytes |"
}

echo
echo "## CLI against a sequential Python requests script (20,000 ZPA segments, no limits, loopback)"
echo
echo "| client | wall s | CPU s (user+sys) | peak RSS MiB | output bytes |"
echo "|---|---|---|---|---|"
measure "zconsole-cli zpa segments --format json" "$cli" zpa segments --format json
measure "python3 bench/fetch_all.py" "$python" "$here/bench/fetch_all.py"
