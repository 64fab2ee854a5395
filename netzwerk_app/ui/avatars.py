"""Round contact avatars: the photo, or the initials on a colour derived from the name."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

# Calm, readable background colours (white text on each has enough contrast).
PALETTE = (
    "#5c6bc0", "#26a69a", "#ef6c00", "#8e24aa", "#3949ab", "#00897b",
    "#c0392b", "#6d4c41", "#546e7a", "#2e7d32", "#ad1457", "#1565c0",
)  # fmt: skip


def initials(name: str) -> str:
    """Up to two letters: first letters of the first and last word ("Anna Maria Keller" -> "AK")."""
    words = [w for w in name.replace(",", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def colour_for(name: str) -> QColor:
    """A stable colour for a name (the same on every start)."""
    return QColor(PALETTE[zlib.crc32(name.encode("utf-8")) % len(PALETTE)])


def _rounded(image: QImage, size: int, ratio: float) -> QPixmap:
    px = int(size * ratio)
    result = QPixmap(px, px)
    result.fill(Qt.GlobalColor.transparent)
    scaled = image.scaled(
        px,
        px,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, px, px))
    painter.setClipPath(path)
    painter.drawImage(int((px - scaled.width()) / 2), int((px - scaled.height()) / 2), scaled)
    painter.end()
    result.setDevicePixelRatio(ratio)
    return result


def initials_avatar(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    px = int(size * ratio)
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour_for(name))
    painter.drawEllipse(QRectF(0, 0, px, px))
    font = QFont()
    font.setPixelSize(max(6, int(px * 0.4)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, px, px), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def avatar(name: str, photo: bytes | None, size: int, ratio: float = 1.0) -> QPixmap:
    """The photo cut to a circle, or initials when there is no readable photo."""
    if photo:
        image = QImage.fromData(photo)
        if not image.isNull():
            return _rounded(image, size, ratio)
    return initials_avatar(name, size, ratio)
