#!/usr/bin/env bash
# Renders the committed PNG icons (hicolor sizes), the Windows .ico and the macOS .icns from the
# SVG sources. Run after editing an SVG and commit the results: the build itself needs no
# renderer. Needs rsvg-convert (Debian package librsvg2-bin) and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=dev.managed.Desktop
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }

for size in 16 22 24 32 48 64 128 256 512; do
    src=$here/$id.svg
    # Below 32 px the full design turns to mush; a simplified drawing stays legible.
    [ "$size" -le 24 ] && src=$here/$id-small.svg
    out=$here/hicolor/${size}x${size}/apps/$id.png
    mkdir -p "$(dirname "$out")"
    rsvg-convert -w "$size" -h "$size" "$src" -o "$out"
done
# 512 px only feeds the .icns (Retina); hicolor stops at 256.
python3 "$here/make-ico-icns.py" "$here/hicolor" "$here/$id.ico" "$here/$id.icns"
rm -r "$here/hicolor/512x512"
echo "render-icons: done"
