#!/usr/bin/env python3
"""Packs the rendered PNG icons into a Windows .ico and a macOS .icns.

Both formats may hold PNG data directly (ICO since Vista, ICNS types ic07-ic10), so no image
library is needed. Usage: make-ico-icns.py HICOLOR_DIR OUT.ico OUT.icns
"""
import struct
import sys
from pathlib import Path

APP_ID = "dev.managed.Desktop"


def png(hicolor: Path, size: int) -> bytes:
    data = (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{size}px icon is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        raise SystemExit(f"{size}px icon is {width}x{height}")
    return data


def write_ico(hicolor: Path, out: Path) -> None:
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [png(hicolor, s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    out.write_bytes(header + entries + blobs)


def write_icns(hicolor: Path, out: Path) -> None:
    # ic11/ic12/ic13/ic14 are the @2x variants of 16/32/128/256.
    types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
             (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]
    body = b""
    for kind, size in types:
        data = png(hicolor, size)
        body += kind + struct.pack(">I", len(data) + 8) + data
    out.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main() -> None:
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    hicolor = Path(sys.argv[1])
    write_ico(hicolor, Path(sys.argv[2]))
    write_icns(hicolor, Path(sys.argv[3]))


if __name__ == "__main__":
    main()
