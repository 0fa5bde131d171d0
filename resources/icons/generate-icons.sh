#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Renders zconsole.svg into the icons the packages and the application use, beside this script:
#   png/zconsole-N.png  N = 16 22 24 32 48 64 128 256 512 (hicolor theme, Qt resources)
#   zconsole.ico        16-256, for the Windows executable and installer
#   zconsole.icns       16-512 and their @2x (1024), for the macOS bundle
# The outputs are committed; run this again after changing the SVG. It installs what it needs
# on Debian (rsvg-convert from librsvg2-bin, python3) when they are missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/png"
for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" "$here/zconsole.svg" -o "$work/$size.png"
done
for size in 16 22 24 32 48 64 128 256 512; do
    cp "$work/$size.png" "$here/png/zconsole-$size.png"
done

# ICO and ICNS are containers of PNG images: an index, then the PNG files as they are
# (Windows reads PNG entries since Vista, macOS since 10.7).
python3 - "$work" "$here" <<'PY'
import struct, sys
work, out = sys.argv[1], sys.argv[2]
def png(size):
    with open(f"{work}/{size}.png", "rb") as f:
        return f.read()

# ICO: ICONDIR, one ICONDIRENTRY per image (a width or height of 0 means 256), the images.
sizes = [16, 24, 32, 48, 64, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
ico = struct.pack("<HHH", 0, 1, len(sizes))
for size, data in zip(sizes, images):
    edge = 0 if size == 256 else size
    ico += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(f"{out}/zconsole.ico", "wb") as f:
    f.write(ico + b"".join(images))

# ICNS: "icns" and the total length, then (type, length with its 8-byte header, PNG) blocks.
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
         ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
         ("ic14", 512)]
blocks = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
with open(f"{out}/zconsole.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks)
PY
echo "Wrote $here/png/zconsole-*.png, zconsole.ico and zconsole.icns."
