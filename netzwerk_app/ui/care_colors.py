"""Colours, icons and short texts for care states and agenda kinds, shared by board and calendar.

A contact is a plant in a bed: the water drop beside a card is full when all is fine and
empties as the next touchpoint comes due; an overdue card shows an empty red drop.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from netzwerk_app.ui.avatars import colour_for, initials

STATE_COLOURS = {
    "fine": "#2e7d32",
    "due_soon": "#c49000",
    "due": "#e65100",
    "overdue": "#c62828",
    "none": "#9e9e9e",
}
# How full the drop is: the plant's water.
STATE_WATER = {"fine": 1.0, "due_soon": 0.55, "due": 0.2, "overdue": 0.0, "none": 0.0}

KIND_COLOURS = {
    "birthday": "#d81b60",
    "cadence": "#1565c0",
    "planned": "#2e7d32",
    "overdue": "#c62828",
}


class Care(QObject):
    """The "Care" translation context's plural texts (lupdate sees plurals only in tr())."""

    def overdue(self, days: int) -> str:
        return self.tr("%n d overdue", "", days)

    def due_in(self, days: int) -> str:
        return self.tr("in %n d", "", days)


@cache
def _plurals() -> Care:
    return Care()


def state_colour(state: str) -> QColor:
    return QColor(STATE_COLOURS.get(state, STATE_COLOURS["none"]))


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS["cadence"]))


def state_label(state: str) -> str:
    """The name of a care state, for legends and tooltips."""
    return {
        "fine": QCoreApplication.translate("Care", "Fine"),
        "due_soon": QCoreApplication.translate("Care", "Due soon"),
        "due": QCoreApplication.translate("Care", "Due today"),
        "overdue": QCoreApplication.translate("Care", "Overdue"),
        "none": QCoreApplication.translate("Care", "Nothing due"),
    }.get(state, state)


def state_text(state: str, days_left: int | None) -> str:
    """The short text on a card: "12 d overdue", "due today", "in 5 d"."""
    if state == "none" or days_left is None:
        return ""
    if state == "overdue":
        return _plurals().overdue(-days_left)
    if state == "due":
        return QCoreApplication.translate("Care", "due today")
    return _plurals().due_in(days_left)


def reason_label(reason: str) -> str:
    return {
        "birthday": QCoreApplication.translate("Care", "Birthday"),
        "cadence": QCoreApplication.translate("Care", "Care cadence"),
        "planned": QCoreApplication.translate("Care", "Planned"),
        "overdue": QCoreApplication.translate("Care", "Overdue"),
    }.get(reason, reason)


def drop_path(rect: QRectF) -> QPainterPath:
    """A water drop filling `rect` (point at the top, round at the bottom)."""
    w, h = rect.width(), rect.height()
    x, y = rect.x(), rect.y()
    r = min(w / 2, h * 0.36)
    cx, cy = x + w / 2, y + h - r
    path = QPainterPath(QPointF(cx, y))
    path.cubicTo(QPointF(cx + r * 0.25, y + h * 0.3), QPointF(cx + r, cy - r * 0.5),
                 QPointF(cx + r, cy))  # fmt: skip
    path.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), 0, -180)
    path.cubicTo(QPointF(cx - r, cy - r * 0.5), QPointF(cx - r * 0.25, y + h * 0.3),
                 QPointF(cx, y))  # fmt: skip
    path.closeSubpath()
    return path


def paint_drop(painter: QPainter, rect: QRectF, state: str) -> None:
    """Paint the care state's water drop into `rect`."""
    colour = state_colour(state)
    path = drop_path(rect.adjusted(1, 1, -1, -1))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    level = STATE_WATER.get(state, 0.0)
    if level > 0:
        painter.setClipRect(
            QRectF(rect.x(), rect.bottom() - rect.height() * level, rect.width(), rect.height())
        )
        painter.fillPath(path, colour)
        painter.setClipping(False)
    painter.setPen(QPen(colour, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if state == "overdue":
        painter.setPen(QPen(colour, 1.6))
        mid = rect.center().x()
        painter.drawLine(QPointF(mid, rect.top() + rect.height() * 0.42),
                         QPointF(mid, rect.top() + rect.height() * 0.68))  # fmt: skip
        painter.drawPoint(QPointF(mid, rect.top() + rect.height() * 0.8))
    painter.restore()


def paint_avatar(painter: QPainter, rect: QRectF, name: str, photo: QImage | None) -> None:
    """A round avatar: the photo cut to a circle, or the initials on a colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QPainterPath()
    circle.addEllipse(rect)
    if photo is not None and not photo.isNull():
        painter.setClipPath(circle)
        scaled = photo.scaled(
            int(rect.width()) * 2,
            int(rect.height()) * 2,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        source = QRectF(
            (scaled.width() - rect.width() * 2) / 2,
            (scaled.height() - rect.height() * 2) / 2,
            rect.width() * 2,
            rect.height() * 2,
        )
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


def day_month(date: QDate, locale: QLocale | None = None, year: bool = False,
              weekday: bool = False) -> str:  # fmt: skip
    """A short date for people: "27 Nov" / "27. Nov." (German), optionally year and weekday."""
    locale = locale or QLocale()
    fmt = "d. MMM" if locale.language() == QLocale.Language.German else "d MMM"
    if year:
        fmt += " yyyy"
    if weekday:
        fmt = "ddd " + fmt
    return locale.toString(date, fmt)
