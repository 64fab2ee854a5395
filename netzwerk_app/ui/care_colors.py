"""Colours, icons and short texts for care states, agenda kinds and cadences (board, calendar).

A contact is a plant in a bed: the water drop beside a card is full when all is fine and
empties as the next touchpoint comes due; an overdue card shows an empty red drop.

The core returns codes ("overdue", "birthday", "months"); the words for them live here.
Agenda kinds differ in hue *and* lightness, so that they stay apart for colour-blind users
(birthday a light pink-violet, overdue a dark red, cadence a dark blue, planned amber).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from netzwerk_app.ui.i18n import translated_label

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
    "birthday": "#e58be0",  # light pink-violet
    "cadence": "#1e56b8",  # dark blue
    "planned": "#e0a100",  # amber
    "overdue": "#a11a1a",  # dark red
}
TODAY_COLOUR = "#1565c0"

STATE_LABELS = {
    "fine": QT_TRANSLATE_NOOP("Care", "Fine"),
    "due_soon": QT_TRANSLATE_NOOP("Care", "Due soon"),
    "due": QT_TRANSLATE_NOOP("Care", "Due today"),
    "overdue": QT_TRANSLATE_NOOP("Care", "Overdue"),
    "none": QT_TRANSLATE_NOOP("Care", "Nothing due"),
}
REASON_LABELS = {
    "birthday": QT_TRANSLATE_NOOP("Care", "Birthday"),
    "cadence": QT_TRANSLATE_NOOP("Care", "Care cadence"),
    "planned": QT_TRANSLATE_NOOP("Care", "Planned"),
    "overdue": QT_TRANSLATE_NOOP("Care", "Overdue"),
}


class Care(QObject):
    """The "Care" translation context's plural texts (lupdate sees plurals only in tr())."""

    def overdue(self, days: int) -> str:
        return self.tr("%n d overdue", "", days)

    def due_in(self, days: int) -> str:
        return self.tr("in %n d", "", days)

    def every(self, count: int, unit: str) -> str:
        # one text for 1 and one for more: right in English even without a translator
        if unit == "days":
            return self.tr("every day") if count == 1 else self.tr("every %n days", "", count)
        if unit == "weeks":
            return self.tr("every week") if count == 1 else self.tr("every %n weeks", "", count)
        if unit == "years":
            return self.tr("every year") if count == 1 else self.tr("every %n years", "", count)
        return self.tr("every month") if count == 1 else self.tr("every %n months", "", count)


@cache
def _plurals() -> Care:
    return Care()


def state_colour(state: str) -> QColor:
    return QColor(STATE_COLOURS.get(state, STATE_COLOURS["none"]))


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS["cadence"]))


def state_label(state: str) -> str:
    """The name of a care state, for legends and tooltips."""
    return translated_label(STATE_LABELS, state, "Care")


def cadence_text(count: int, unit: str, anchor: str = "touchpoint") -> str:
    """A tier's rhythm for people: "every 2 months", "alle 2 Monate", "on the birthday"."""
    if anchor == "birthday":
        return QCoreApplication.translate("Care", "on the birthday")
    return _plurals().every(count, unit)


def no_birthday_text(short: bool = False) -> str:
    """What a card says of a contact that its birthday tier never makes due."""
    if short:
        return QCoreApplication.translate("Care", "no birthday")
    return QCoreApplication.translate("Care", "no birthday: never due")


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
    """Why an agenda item is there: birthday, care cadence, planned, overdue."""
    return translated_label(REASON_LABELS, reason, "Care")


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
