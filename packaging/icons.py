"""Render the app icon (one SVG) into the PNG, ICO and ICNS files the platforms need.

The source is ``netzwerk_app/resources/icons/netzwerk.svg`` (the running app uses it too); the
results go to ``resources/icons/`` and are committed, so a build needs no renderer. ICO and ICNS
are written here (PNG entries, as Windows Vista+ and macOS 10.7+ read them), because Qt's
ICNS writer is not part of PySide6-Essentials.

    QT_QPA_PLATFORM=offscreen python packaging/icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "netzwerk_app" / "resources" / "icons" / "netzwerk.svg"
TARGET = ROOT / "resources" / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn at `size`×`size` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs (ICONDIR, one ICONDIRENTRY each, then the data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' + total length, then (type, length, PNG) elements."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(renderer, size) for size in PNG_SIZES}
    for size, blob in pngs.items():
        (TARGET / f"netzwerk-{size}.png").write_bytes(blob)
    (TARGET / "netzwerk.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (TARGET / "netzwerk.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(pngs)} PNGs, netzwerk.ico and netzwerk.icns to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
