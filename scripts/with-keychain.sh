#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Runs a command with a real, unlocked Secret Service (gnome-keyring) on a private D-Bus
# session bus, with HOME and XDG dirs in a throw-away folder: nothing touches the user's own
# keyring or settings. Usage: scripts/with-keychain.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${ZC_KEYCHAIN_INNER:-}" ]; then
    tmp=$(mktemp -d /tmp/zconsole-keychain.XXXXXX)
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/runtime"
    chmod 700 "$tmp/runtime"
    export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
           XDG_RUNTIME_DIR="$tmp/runtime" ZC_KEYCHAIN_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi
# Inside the private bus: start the keyring daemon unlocked with a throw-away password.
eval "$(echo -n zconsole-test | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
