#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Installs dependencies, builds, and starts ZConsole on the demo tenant: the embedded tenant
# simulator on loopback, signed in with a generated private key (`zconsole --demo`).
# Without a display (or with ZC_DEMO_CLI=1) it shows the demo tenant through zconsole-cli
# instead and leaves you in a shell signed in to it (type `exit` to stop the simulator).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build=${ZC_BUILD_DIR:-$here/build}
if [ -z "${ZC_DEMO_CLI:-}" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/app/gui/zconsole" --demo
fi
echo "No display found: showing the demo tenant through zconsole-cli."
work=$(mktemp -d /tmp/zconsole-demo.XXXXXX)
"$build/app/sim/zconsole-sim" --env-file "$work/demo.env" >"$work/sim.log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/demo.env" ] && break; sleep 0.1; done
[ -s "$work/demo.env" ] || { cat "$work/sim.log"; echo "the simulator did not start" >&2; exit 1; }
cat "$work/sim.log"
# shellcheck disable=SC1091
. "$work/demo.env"
export PATH="$build/app/cli:$PATH"
run() { echo; echo "\$ $*"; "$@" || true; }
run zconsole-cli auth test
run zconsole-cli zia url-lookup viruses.org facebook.com bbc.com malware-test.example.com
run zconsole-cli zia activation status
run zconsole-cli zpa segments --search example
run zconsole-cli zcc devices --user bbb@bbc.com
if [ -t 0 ]; then
    echo
    echo "zconsole-cli is signed in to the demo tenant in this shell; try 'zconsole-cli --help'."
    echo "Type 'exit' to stop the simulator."
    bash --norc -i || true
fi
