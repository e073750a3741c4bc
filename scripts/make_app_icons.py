"""Render the application logo into the platform icon files that build.spec uses.

Usage: python scripts/make_app_icons.py

Reads ``src/oppdesk/resources/icons/oppdesk.svg`` and writes, next to it:
    oppdesk.png    256 px (Linux .desktop icon, README)
    oppdesk.ico    Windows: PNG images at 16…256 px in an ICO container
    oppdesk.icns   macOS: PNG images at 16…1024 px (ic07–ic14, icp4–icp6)

Every size is rendered from the vector by Qt (sharper small sizes than down-scaling one
bitmap, and no Pillow needed); both containers are written here. The output is
deterministic, so re-running it without changing the SVG leaves git clean.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "src" / "oppdesk" / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types holding PNG data, with their pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file embedding PNG images (Windows Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length incl. 8-byte header, PNG)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(sizes: set[int]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImageWriter  # noqa: PLC0415

    from oppdesk.views.icons import render_svg  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = (ICONS / "oppdesk.svg").read_bytes()
    out = {}
    for size in sorted(sizes):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(b"png"))
        if not writer.write(render_svg(svg, size)):
            raise RuntimeError(f"could not encode the {size} px PNG: {writer.errorString()}")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def main() -> int:
    pngs = render_pngs({256, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    outputs = {
        "oppdesk.png": pngs[256],
        "oppdesk.ico": ico_bytes({size: pngs[size] for size in ICO_SIZES}),
        "oppdesk.icns": icns_bytes(pngs),
    }
    for name, data in outputs.items():
        (ICONS / name).write_bytes(data)
        print(f"{(ICONS / name).relative_to(ROOT)}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
