"""The calendar's agenda: the due items of a day or week, one painted line each.

A line shows the kind's colour, the contact's avatar (the photo where there is one), the name
and "reason · tier · date or lateness"; its tooltip holds the whole text, also where it is cut.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from netzwerk_app.core import clock, contacts
from netzwerk_app.core.agenda_items import Agenda
from netzwerk_app.core.due import DueItem
from netzwerk_app.ui.card.avatars import PhotoCache, paint_avatar
from netzwerk_app.ui.care_colors import kind_colour, reason_label
from netzwerk_app.ui.dates import day_month, to_qdate
from netzwerk_app.ui.models.item_list_model import ItemListModel
from netzwerk_app.ui.pages.month_view import is_overdue, mark_kind
from netzwerk_app.ui.text import plain_tooltip

if TYPE_CHECKING:
    from netzwerk_app.ui.pages.calendar_view import CalendarPage

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
AGENDA_AVATAR = 32


class AgendaModel(ItemListModel):
    """The due items of the selected day or week."""

    item_role = ITEM_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: Sequence[DueItem] = []
        self.today = clock.today()
        self.detail: Callable[[DueItem, dt.date], str] | None = None

    def set_items(self, items: Sequence[DueItem], today: dt.date) -> None:
        """Show `items`; an agenda read from the database is kept as it is
        (`agenda_items.Agenda`): the view makes only the lines it paints."""
        self.beginResetModel()
        self.items = items if isinstance(items, Agenda) else list(items)
        self.today = today
        self.endResetModel()

    def item_name(self, item: DueItem) -> str:
        return item.display_name

    def item_tooltip(self, item: DueItem) -> str:
        """The whole line, also where the painted name or detail is cut."""
        detail = self.detail(item, self.today) if self.detail else ""
        return plain_tooltip("\n".join(t for t in (item.display_name, detail) if t))


class AgendaDelegate(QStyledItemDelegate):
    """One agenda line: kind colour, avatar, name, and reason · tier · date or lateness."""

    HEIGHT = 52

    def __init__(self, page: CalendarPage) -> None:
        super().__init__(page)
        self.page = page
        self.photos = PhotoCache(_load_photo, AGENDA_AVATAR)

    def sizeHint(self, option, index) -> QSize:
        return QSize(max(200, option.rect.width()), self.HEIGHT)

    def detail_text(self, item: DueItem, today: dt.date) -> str:
        parts = [reason_label(item.reason)]
        parts.append(
            self.tr("Tier %1").replace("%1", item.tier) if item.tier else self.tr("Unsorted")
        )
        if is_overdue(item, today):
            parts.append(self.tr("%n d overdue", "", item.overdue_days))
        elif self.page.range_mode == "week":
            parts.append(day_month(to_qdate(item.due_date), weekday=True))
        if item.snoozed and item.due_date >= today:
            parts.append(self.tr("snoozed"))
        if item.note:
            parts.append(item.note.splitlines()[0])
        return " · ".join(parts)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        item: DueItem | None = index.data(ITEM_ROLE)
        if item is None:
            super().paint(painter, option, index)
            return
        today = index.model().today
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = QRectF(option.rect).adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(55)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 5, 5)
        colour = kind_colour(mark_kind(item, today))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(
            QRectF(rect.left() + 2, rect.top() + 6, 4, rect.height() - 12), 2, 2
        )
        side = AGENDA_AVATAR
        avatar = QRectF(rect.left() + 14, rect.top() + (rect.height() - side) / 2, side, side)
        paint_avatar(painter, avatar, item.display_name, self.photos.get(item.contact_id))
        left = avatar.right() + 10
        width = max(10, int(rect.right() - left - 6))
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRectF(left, rect.top() + 6, width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine,
            metrics.elidedText(item.display_name, Qt.TextElideMode.ElideRight, width),
        )
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.9))
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(
            colour if is_overdue(item, today) else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        painter.drawText(
            QRectF(left, rect.top() + 8 + metrics.height(), width, small_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine,
            small_metrics.elidedText(
                self.detail_text(item, today), Qt.TextElideMode.ElideRight, width
            ),
        )
        painter.restore()


def _load_photo(contact_id: int) -> bytes | None:
    found = contacts.photo_of(contact_id)
    return found[0] if found else None
