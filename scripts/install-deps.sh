#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Installs what ZConsole needs to build, test and run on Debian 12 (as root, or with sudo).
set -euo pipefail
packages=(
    build-essential cmake ninja-build ccache pkg-config clang-format
    qt6-base-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libssl-dev libxkbcommon-dev
    libgl-dev
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
    desktop-file-utils appstream zsh
    fonts-noto-cjk
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "All build and test dependencies are installed."
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
