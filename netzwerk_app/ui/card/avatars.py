"""Round contact avatars, painted in one place: the photo cut to a circle, or the initials on a
colour derived from the name. The list, the card, the board, the triage and the agenda all use
`paint_avatar` (directly or through `avatar`), and `PhotoCache` keeps their decoded photos.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from collections.abc import Callable

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


# the formats a photo is told by its first bytes: Qt then loads only that format's plugin
# (asked without one, it probes the plugins in turn: the window's first photo took about 3 ms
# instead of 1)
_SIGNATURES = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF8", "GIF"))


def image_format(photo: bytes) -> str | None:
    """The photo's format by its first bytes (whatever its vCard said), or None when not
    one of the common ones (WebP, BMP …: Qt then finds it out itself)."""
    for signature, name in _SIGNATURES:
        if photo.startswith(signature):
            return name
    return None


def photo_image(photo: bytes | None) -> QImage | None:
    """The photo as an image, or None when there is none or it cannot be read."""
    if not photo:
        return None
    name = image_format(photo)
    # a file with a format's signature that its reader cannot read, no other reads either
    # (PySide 6.11 takes the format's name as a str only, though its stub says bytes)
    image = QImage.fromData(photo, name) if name else QImage.fromData(photo)  # type: ignore[arg-type]
    return None if image.isNull() else image


def paint_avatar(painter: QPainter, rect: QRectF, name: str, photo: QImage | None) -> None:
    """Paint a round avatar into `rect`: the photo cut to a circle, or the initials on a colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QPainterPath()
    circle.addEllipse(rect)
    if photo is not None and not photo.isNull():
        painter.setClipPath(circle)
        scale = max(1.0, painter.device().devicePixelRatioF()) if painter.device() else 1.0
        side = max(1, round(max(rect.width(), rect.height()) * scale))
        scaled = photo.scaled(
            side, side,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
        source = QRectF((scaled.width() - side) / 2, (scaled.height() - side) / 2, side, side)
        painter.drawImage(rect, scaled, source)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour_for(name))
        painter.drawEllipse(rect)
        font = QFont(painter.font())
        font.setPixelSize(max(6, int(rect.height() * 0.4)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def avatar(name: str, photo: bytes | None, size: int, ratio: float = 1.0) -> QPixmap:
    """The avatar as a pixmap of `size` logical pixels (photo, or initials without one)."""
    px = max(1, int(size * ratio))
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_avatar(painter, QRectF(0, 0, px, px), name, photo_image(photo))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class PhotoCache:
    """Decoded photos by contact id, loaded on first use and kept for the most recent `limit`."""

    def __init__(self, loader: Callable[[int], bytes | None] | None, size: int, limit: int = 400):
        self._loader = loader
        self._size = size
        self._limit = limit
        self._images: OrderedDict[int, QImage | None] = OrderedDict()

    def clear(self) -> None:
        self._images.clear()

    def get(self, contact_id: int) -> QImage | None:
        if self._loader is None:
            return None
        if contact_id in self._images:
            self._images.move_to_end(contact_id)
            return self._images[contact_id]
        image = photo_image(self._loader(contact_id))
        if image is not None:
            side = self._size * 2  # sharp on high-density screens
            image = image.scaled(
                side, side,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )  # fmt: skip
        self._images[contact_id] = image
        if len(self._images) > self._limit:
            self._images.popitem(last=False)
        return image
