#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# The Linux packages, checked as a user meets them: builds build/ (or $ZC_BUILD_DIR), makes
# zconsole_<version>_<arch>.deb and the .tar.gz with CPack, checks the .deb with lintian
# (any error or warning fails; installer/README.md), installs it with apt-get, validates the
# installed desktop entry and metainfo, runs
# the installed zconsole-cli, zconsole-sim and zconsole --version with no display, and
# removes the package again. For CI (.ci/run), as root or with sudo: it installs and removes
# a system package.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ZC_BUILD_DIR:-$here/build}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

if dpkg-query -W -f='${Status}' zconsole 2>/dev/null | grep -q "install ok installed"; then
    echo "A zconsole package is installed already; this check would replace and remove it." >&2
    exit 1
fi

"$here/scripts/install-deps.sh"
tools=(lintian desktop-file-utils appstream dpkg-dev fakeroot file)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
"$here/scripts/build.sh"

echo "== cpack"
rm -f "$build"/zconsole_*.deb "$build"/zconsole-*.tar.gz
(cd "$build" && cpack -G DEB && cpack -G TGZ)
debs=("$build"/zconsole_*_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "cpack made no zconsole_<version>_<arch>.deb" >&2; exit 1; }
echo "Package: $deb"
dpkg-deb --info "$deb"
tarballs=("$build"/zconsole-*.tar.gz)
contents=$(tar -tzf "${tarballs[0]}")
grep -q "/bin/zconsole-cli$" <<<"$contents" ||
    { echo "${tarballs[0]} has no bin/zconsole-cli" >&2; exit 1; }

echo "== lintian"
lintian --fail-on error,warning --info "$deb"

echo "== apt-get install"
cleanup() { DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq --purge zconsole >/dev/null 2>&1 || true; }
trap cleanup EXIT
# A path with a slash: apt-get installs the file and what it depends on.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
id=$(dpkg -L zconsole | sed -n 's|^/usr/share/applications/\(.*\)\.desktop$|\1|p')
[ -n "$id" ] || { echo "the package installs no desktop entry" >&2; exit 1; }
desktop-file-validate "/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml"
for f in "/usr/share/icons/hicolor/16x16/apps/$id.png" "/usr/share/icons/hicolor/scalable/apps/$id.svg" \
         /usr/share/man/man1/zconsole-cli.1.gz /usr/share/bash-completion/completions/zconsole-cli; do
    [ -f "$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done

echo "== the installed programs, without a display"
version=$(sed -n 's/^project(ZConsole VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
(
    unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
    cd /
    for program in zconsole-cli zconsole-sim zconsole; do
        out=$("/usr/bin/$program" --version)
        echo "$program --version: $out"
        [[ $out == *"$version"* ]] || { echo "$program does not say $version" >&2; exit 1; }
    done
    /usr/bin/zconsole --help | grep -q -- "--version"
)

echo "== apt-get remove"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq --purge zconsole
trap - EXIT
for program in zconsole zconsole-cli zconsole-sim; do
    [ ! -e "/usr/bin/$program" ] || { echo "/usr/bin/$program is still there" >&2; exit 1; }
done
echo "Packages built, checked, installed, run and removed: $deb ${tarballs[0]}"
