"""The calendar's month: coloured dots for what is due each day, today ringed, day tooltips.

Overdue items are marked on today, not in the past. Each dot has a ring in the base colour, so
that it stands out on the selected day's highlight too; a day's tooltip names who is due.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from PySide6.QtCore import QDate, QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QCalendarWidget, QTableView, QToolTip

from netzwerk_app.core import agenda_items, clock, due
from netzwerk_app.core.due import DueItem
from netzwerk_app.ui.care_colors import TODAY_COLOUR, kind_colour, reason_label
from netzwerk_app.ui.dates import from_qdate, long_date
from netzwerk_app.ui.text import plain_tooltip

MARK_ORDER = ("overdue", "birthday", "cadence", "planned")
TOOLTIP_NAMES = 6


def is_overdue(item: DueItem, today: dt.date) -> bool:
    """Still open and late (a past birthday listed for information is not overdue)."""
    return due.is_overdue(item, today)


def mark_kind(item: DueItem, today: dt.date) -> str:
    return due.mark_kind(item, today)


def marks_by_day(items: Sequence[DueItem], today: dt.date) -> dict[dt.date, Counter]:
    """What to mark on each day: overdue items count on today, not in the past. An agenda
    read from the database counts them without making its items (`agenda_items.Agenda.marks`)."""
    if isinstance(items, agenda_items.Agenda):
        return items.marks(today)
    marks: dict[dt.date, Counter] = {}
    for item in items:
        day = today if is_overdue(item, today) else item.due_date
        marks.setdefault(day, Counter())[mark_kind(item, today)] += 1
    return marks


def items_by_day(items: Sequence[DueItem], today: dt.date) -> Mapping[dt.date, list[DueItem]]:
    """The items marked on each day (overdue ones on today), for the days' tooltips; of an
    agenda read from the database, a day's items are made when its tooltip asks for them."""
    if isinstance(items, agenda_items.Agenda):
        return MarkedDays(items, today)
    days: dict[dt.date, list[DueItem]] = {}
    for item in items:
        days.setdefault(today if is_overdue(item, today) else item.due_date, []).append(item)
    return days


class MarkedDays(Mapping[dt.date, list[DueItem]]):
    """`items_by_day` of a `agenda_items.Agenda`: each day's items made when first asked for."""

    def __init__(self, agenda: agenda_items.Agenda, today: dt.date) -> None:
        self.agenda = agenda
        self.today = today
        self.days = agenda.marks(today)
        self._made: dict[dt.date, list[DueItem]] = {}

    def __getitem__(self, day: dt.date) -> list[DueItem]:
        if day not in self.days:
            raise KeyError(day)
        found = self._made.get(day)
        if found is None:
            found = self._made[day] = self.agenda.marked_on(day, self.today)
        return found

    def __iter__(self) -> Iterator[dt.date]:
        return iter(self.days)

    def __len__(self) -> int:
        return len(self.days)


def first_shown_day(year: int, month: int, first_weekday: int = 1) -> dt.date:
    """The first day of the six weeks a month view shows (as QCalendarWidget lays them out).

    A month starting on the first weekday still gets a whole week of the previous month above.
    """
    first = dt.date(year, month, 1)
    offset = (first.isoweekday() - first_weekday) % 7 or 7
    return first - dt.timedelta(days=offset)


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of the week that holds `day`."""
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=6)


class MarkedCalendar(QCalendarWidget):
    """A month view that draws coloured dots for what is due on each day and rings today."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.marks: dict[dt.date, Counter] = {}
        self.day_items: Mapping[dt.date, list[DueItem]] = {}
        self.today = clock.today()
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setMinimumSize(QSize(300, 260))
        self.grid = self.findChild(QTableView)
        self.grid.viewport().installEventFilter(self)

    def set_marks(
        self, marks: dict[dt.date, Counter], today: dt.date,
        day_items: Mapping[dt.date, list[DueItem]] | None = None,
    ) -> None:  # fmt: skip
        self.marks = marks
        self.today = today
        self.day_items = day_items or {}
        self.updateCells()

    def first_shown(self) -> dt.date:
        return first_shown_day(self.yearShown(), self.monthShown(), self.firstDayOfWeek().value)

    def date_at(self, pos) -> dt.date | None:
        """The day under `pos` (in the grid's viewport), or None over the headers."""
        index = self.grid.indexAt(pos)
        if not index.isValid() or index.row() < 1 or index.column() < 1:
            return None
        return self.first_shown() + dt.timedelta(days=7 * (index.row() - 1) + index.column() - 1)

    def cell_rect(self, day: dt.date) -> QRect:
        """Where `day` is drawn, in the grid's viewport (empty when it is not shown)."""
        offset = (day - self.first_shown()).days
        if not 0 <= offset < 42:
            return QRect()
        index = self.grid.model().index(offset // 7 + 1, offset % 7 + 1)
        return self.grid.visualRect(index)

    def day_tooltip(self, day: dt.date) -> str:
        """The day and who is due on it, by kind (names shown literally)."""
        lines = [long_date(day)]
        if isinstance(self.day_items, MarkedDays):  # counted, the first names made
            found = self.day_items.agenda.marked_names(day, self.today, TOOLTIP_NAMES)
        else:
            found = {}
            for item in self.day_items.get(day, []):
                total, names = found.get(mark_kind(item, self.today), (0, []))
                found[mark_kind(item, self.today)] = (total + 1, [*names, item.display_name])
        for kind in MARK_ORDER:
            total, names = found.get(kind, (0, []))
            if not total:
                continue
            shown = ", ".join(names[:TOOLTIP_NAMES])
            if total > TOOLTIP_NAMES:
                more = self.tr("and %n more", "", total - TOOLTIP_NAMES)
                shown += ", " + more
            lines.append(f"{reason_label(kind)}: {shown}")
        if len(lines) == 1:
            lines.append(self.tr("Nothing due"))
        return plain_tooltip("\n".join(lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched is self.grid.viewport():
            day = self.date_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_tooltip(day), self.grid)
            return True
        return super().eventFilter(watched, event)

    def kinds_on(self, day: dt.date) -> list[str]:
        counts = self.marks.get(day, Counter())
        return [kind for kind in MARK_ORDER if counts.get(kind)]

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        day = from_qdate(date)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = date == self.selectedDate()
        base = self.palette().color(QPalette.ColorRole.Base)
        if day == self.today:
            # on the selected day's highlight the ring is drawn in the base colour
            pen = QPen(base if selected else QColor(TODAY_COLOUR), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 5, 5)
        counts = self.marks.get(day)
        if counts:
            kinds = self.kinds_on(day)
            size = max(6.0, min(10.0, rect.height() / 7))
            gap = size + 4
            total_width = gap * len(kinds) - 4
            x = rect.center().x() - total_width / 2 + 0.5
            line = QFontMetrics(self.font()).height()
            y = min(rect.center().y() + line * 0.5 + 4, rect.bottom() - size - 3)
            # each dot has a ring in the base colour: it stands out on the selection too
            painter.setPen(QPen(base, 2 if selected else 1.2))
            for kind in kinds:
                painter.setBrush(kind_colour(kind))
                painter.drawEllipse(QRectF(x, y, size, size))
                x += gap
            total = sum(counts.values())
            if total > len(kinds):
                font = QFont(painter.font())
                font.setPixelSize(max(8, int(size + 3)))
                painter.setFont(font)
                role = (
                    QPalette.ColorRole.HighlightedText
                    if selected
                    else QPalette.ColorRole.PlaceholderText
                )
                painter.setPen(self.palette().color(role))
                painter.drawText(
                    QRectF(x, y - 3, 30, size + 6),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    str(total),
                )
        painter.restore()
