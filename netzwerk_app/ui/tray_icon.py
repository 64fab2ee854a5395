"""The tray icon: the app icon with a badge of due items, a tooltip naming the first few, and a
menu rebuilt each time it opens (Open Netzwerk; today's items, each with Open, Done and Snooze
until tomorrow; Snooze all until tomorrow; From your phone; Quit).

`CareTray` only shows and emits: `TrayReminders` (``ui/tray.py``) connects its signals to the
window and decides when it refreshes.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from netzwerk_app.core import clock, reminders
from netzwerk_app.core.due import DueItem
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.dialogs.phone_action import action_text as phone_action_text
from netzwerk_app.ui.icons import app_icon
from netzwerk_app.ui.reminder_wording import ReminderWording
from netzwerk_app.ui.text import plain_tooltip

if TYPE_CHECKING:  # (Peewee is imported after the first frame: `core.window_database`)
    from peewee import SqliteDatabase

log = logging.getLogger(__name__)

MENU_ITEMS = 10  # due items listed in the menu; the rest are behind "more in the agenda"
TOOLTIP_NAMES = 3
BADGE_SIZES = (16, 22, 24, 32, 48, 64, 128)


# ---------------------------------------------------------------- the badge


def badge_pixmap(base: QIcon, count: int, size: int) -> QPixmap:
    """The icon at `size` px with `count` in a red disc at its lower right (none for 0)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base.paint(painter, QRect(0, 0, size, size))
    if count > 0:
        text = str(count) if count < 100 else "99+"
        # small tray sizes get a larger share, or the digit is unreadable
        share = (0.56 if size > 24 else 0.64) if len(text) < 3 else 0.66
        diameter = max(9, round(size * share))
        width = diameter if len(text) == 1 else round(diameter * (1.25 if len(text) == 2 else 1.5))
        width = min(width, size)
        disc = QRect(size - width, size - diameter, width, diameter)
        painter.setPen(QColor("#ffffff"))
        painter.setBrush(QColor("#d32f2f"))
        painter.drawRoundedRect(disc.adjusted(0, 0, -1, -1), diameter / 2, diameter / 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, round(diameter * (0.72 if len(text) < 3 else 0.6))))
        painter.setFont(font)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def badge_icon(base: QIcon, count: int) -> QIcon:
    """The app icon with the count drawn on it, at the sizes trays ask for."""
    result = QIcon()
    for size in BADGE_SIZES:
        result.addPixmap(badge_pixmap(base, count, size))
    return result


# ---------------------------------------------------------------- the tray icon


class CareTray(QSystemTrayIcon):
    """The tray icon and its menu; the actions are signals `TrayReminders` connects."""

    open_requested = Signal()
    contact_requested = Signal(int)
    agenda_requested = Signal()
    phone_requested = Signal()
    quit_requested = Signal()
    data_changed = Signal()

    def __init__(
        self,
        db: SqliteDatabase,
        parent: QObject | None = None,
        today: Callable[[], dt.date] = clock.today,
        items: Callable[[], list[DueItem]] | None = None,
    ) -> None:
        """`items` reads today's due and overdue items (by default all contacts are read)."""
        super().__init__(parent)
        self.db = db
        self._today = today
        self._read_items = items or (lambda: reminders.due_today(self.db, self._today()))
        self.items: list[DueItem] = []
        self.count = 0
        self.base_icon = app_icon()
        self.wording = ReminderWording(self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.set_due(0, 0, [])

    # ---- what it shows

    def set_due(self, due_today: int, overdue: int, names: Sequence[str]) -> None:
        """The numbers of the status bar (contacts due today, overdue) on the badge, and the
        first names in the tooltip."""
        self.count = due_today + overdue
        self.setIcon(badge_icon(self.base_icon, self.count))
        if not self.count:
            self.setToolTip(plain_tooltip(self.tr("Netzwerk: nothing due today")))
            return
        parts = []
        if due_today:
            parts.append(self.tr("%n due today", "", due_today))
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        shown = ", ".join(names[:TOOLTIP_NAMES])
        if self.count > len(names[:TOOLTIP_NAMES]):
            shown += ", …"
        # names come from outside: shown literally, never as rich text
        self.setToolTip(plain_tooltip(f"Netzwerk: {', '.join(parts)}\n{shown}"))

    def set_items(self, items: Sequence[DueItem]) -> None:
        """Show `items` (today's due and overdue ones) on the badge and in the tooltip."""
        self.items = list(items)
        overdue = {i.contact_id for i in items if i.overdue_days}
        due_today = {i.contact_id for i in items} - overdue
        names = list(dict.fromkeys(i.display_name for i in items))
        self.set_due(len(due_today), len(overdue), names)

    # ---- the menu

    def rebuild_menu(self) -> None:
        """Fill the menu from the database now (called each time it opens)."""
        try:
            self.items = self._read_items()
        except Exception:  # a menu must open even when the database is busy
            log.exception("reading the due items for the tray menu failed")
        menu = self.menu
        menu.clear()
        open_action = menu.addAction(self.tr("Open Netzwerk"))
        font = open_action.font()
        font.setBold(True)
        open_action.setFont(font)
        open_action.triggered.connect(self.open_requested)
        menu.addSeparator()
        if self.items:
            header = menu.addAction(self.tr("Due today and overdue"))
        else:
            header = menu.addAction(self.tr("Nothing due today"))
        header.setEnabled(False)
        summary = reminders.summary_of(self.db, self.items[:MENU_ITEMS], MENU_ITEMS)
        for item, entry in zip(self.items, summary.entries, strict=False):
            self._add_item_menu(item, entry)
        hidden = len(self.items) - MENU_ITEMS
        if hidden > 0:
            more = menu.addAction(self.tr("%n more in the agenda…", "", hidden))
            more.triggered.connect(self.agenda_requested)
        agenda = menu.addAction(self.tr("Open the Agenda"))
        agenda.triggered.connect(self.agenda_requested)
        snooze_all = menu.addAction(self.tr("Snooze All until Tomorrow"))
        snooze_all.setEnabled(bool(self.items))
        snooze_all.triggered.connect(self.snooze_all)
        menu.addSeparator()
        phone = menu.addAction(phone_action_text())
        phone.triggered.connect(self.phone_requested)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.quit_requested)

    def _add_item_menu(self, item: DueItem, entry: reminders.SummaryEntry) -> None:
        text = self.wording.entry_text(entry)
        if item.overdue_days:
            text += " · " + self.tr("overdue %n day(s)", "", item.overdue_days)
        submenu = self.menu.addMenu(text.replace("&", "&&"))
        open_card = submenu.addAction(self.tr("Open Card"))
        open_card.triggered.connect(lambda _c=False, cid=item.contact_id: self._open(cid))
        done = submenu.addAction(self.tr("Done"))
        done.triggered.connect(lambda _c=False, i=item: self.mark_done(i))
        snooze = submenu.addAction(self.tr("Snooze until Tomorrow"))
        snooze.triggered.connect(lambda _c=False, i=item: self.snooze([i]))

    def item_menus(self) -> list[QMenu]:
        """The submenus of the listed items (for tests and screenshots)."""
        return [a.menu() for a in self.menu.actions() if a.menu() is not None]

    def action(self, text: str) -> QAction | None:
        """The menu's action with this text (mnemonics ignored), or None."""
        for action in self.menu.actions():
            if action.text().replace("&&", "&") == text:
                return action
        return None

    # ---- acting

    def _open(self, contact_id: int) -> None:
        self.contact_requested.emit(contact_id)

    def mark_done(self, item: DueItem) -> None:
        try:
            reminders.mark_done(self.db, item, self._today())
        except NetzwerkError as exc:
            log.warning("Done from the tray failed: %s", exc)
        self.data_changed.emit()

    def snooze(self, items: Sequence[DueItem]) -> None:
        try:
            reminders.snooze_until_tomorrow(self.db, items, self._today())
        except NetzwerkError as exc:
            log.warning("Snooze from the tray failed: %s", exc)
        self.data_changed.emit()

    def snooze_all(self) -> None:
        self.snooze(self._read_items())

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
