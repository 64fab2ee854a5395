"""The tray: an icon with the number of due touchpoints, its menu, and the daily reminder.

`CareTray` is the `QSystemTrayIcon`: a badge with the count of due and overdue items drawn on
the app icon, a tooltip naming the first few, and a menu rebuilt each time it opens (Open
Netzwerk; today's items, each with Open, Done and Snooze until tomorrow; Snooze all until
tomorrow; Quit).

`TrayReminders` wires it to the window: it announces new due items at start and at the user's
reminder time (what is announced when is decided by ``core.reminders``), refreshes the counts
when data changes, at midnight and after the machine woke, keeps the app running in the tray
when the window closes, and without a tray keeps the window as the way in with a banner.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from peewee import SqliteDatabase
from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from netzwerk_app.core import clock, reminders
from netzwerk_app.core.contacts import ContactRow
from netzwerk_app.core.due import DueItem
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.dialogs.phone_import_dialog import action_text as phone_action_text
from netzwerk_app.ui.icons import app_icon
from netzwerk_app.ui.notifiers import (
    BannerNotifier,
    DBusNotifier,
    NotifierChain,
    NotifierFactory,
    TrayNotifier,
)
from netzwerk_app.ui.preferences import Preferences
from netzwerk_app.ui.text import plain_tooltip

log = logging.getLogger(__name__)

KEY_CLOSE_HINT_SHOWN = "tray/closeHintShown"
KEY_NO_TRAY_NOTICE_SHOWN = "tray/noTrayNoticeShown"
MENU_ITEMS = 10  # due items listed in the menu; the rest are behind "more in the agenda"
TOOLTIP_NAMES = 3
BADGE_SIZES = (16, 22, 24, 32, 48, 64, 128)
HEARTBEAT = dt.timedelta(minutes=1)  # the slow timer that notices the machine woke up
HEARTBEAT_SLACK = dt.timedelta(seconds=45)


# ---------------------------------------------------------------- the icon


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


# ---------------------------------------------------------------- the words


class ReminderWording(QObject):
    """How due items are named in the tray, the notification and the banner."""

    def what_label(self, what: str) -> str:
        labels = {
            "meeting": self.tr("meeting"),
            "lunch": self.tr("lunch"),
            "call": self.tr("call"),
            "message": self.tr("message"),
            "email": self.tr("email"),
            "event": self.tr("event"),
            "greeting": self.tr("greeting"),
            "introduction": self.tr("introduction"),
            "other": self.tr("touchpoint"),
            "birthday": self.tr("birthday"),
        }
        return labels.get(what, what)

    def entry_text(self, entry: reminders.SummaryEntry) -> str:
        """ "Anna Schär (A, lunch)"."""
        what = self.what_label(entry.what)
        detail = f"{entry.tier}, {what}" if entry.tier else what
        return f"{entry.name} ({detail})"

    def summary_texts(self, summary: reminders.Summary) -> tuple[str, str]:
        """The notification's title and text: "3 touchpoints due", "Anna Schär (A, lunch), …"."""
        title = self.tr("%n touchpoint(s) due", "", summary.total)
        names = ", ".join(self.entry_text(e) for e in summary.entries)
        if summary.more:
            names += self.tr(", and %n more", "", summary.more)
        return title, names


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


# ---------------------------------------------------------------- the reminder


class TrayReminders(QObject):
    """The tray (when the desktop has one), the daily reminder and the window's way back.

    `window` is the main window: it offers `banner`, `open_contact`, `show_agenda`,
    `refresh_all`, `quit`, the signals `counts_changed`, `closed_to_tray`, `quit_requested`,
    and the flag `close_to_tray`.
    """

    def __init__(
        self,
        db: SqliteDatabase,
        window: QWidget,
        preferences: Preferences,
        *,
        tray_available: bool | None = None,
        notifiers: Sequence[NotifierFactory] | None = None,
        now: Callable[[], dt.datetime] = clock.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.window = window
        self.preferences = preferences
        self._now = now
        self.wording = ReminderWording(self)
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: CareTray | None = None
        if tray_available:
            self.tray = CareTray(db, self, today=lambda: self._now().date(), items=self.due_items)
            self.tray.open_requested.connect(self.bring_to_front)
            self.tray.contact_requested.connect(self.open_contact)
            self.tray.agenda_requested.connect(self.open_agenda)
            self.tray.phone_requested.connect(self.import_from_phone)
            self.tray.quit_requested.connect(window.quit)
            self.tray.data_changed.connect(self._tray_changed)
            window.close_to_tray = True
            window.closed_to_tray.connect(self._closed_to_tray)
        factories = notifiers if notifiers is not None else self.default_notifiers()
        self.chain = NotifierChain(factories, self)
        self.chain.clicked.connect(self.open_agenda)
        window.banner.action_clicked.connect(self.open_agenda)
        window.banner.closed.connect(self._banner_closed)
        self._banner_hidden_on: dt.date | None = None
        self._notice = ""  # says once that the desktop has no tray, until the banner is closed
        window.counts_changed.connect(self.schedule_refresh)
        self.last_summary: tuple[str, str] | None = None

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setSingleShot(True)
        self.reminder_timer.timeout.connect(self._reminder_time)
        self.midnight_timer = QTimer(self)
        self.midnight_timer.setSingleShot(True)
        self.midnight_timer.timeout.connect(self._new_day)
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.timeout.connect(self.announce)
        self.heartbeat = QTimer(self)
        self.heartbeat.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.heartbeat.setInterval(int(HEARTBEAT.total_seconds() * 1000))
        self.heartbeat.timeout.connect(self._heartbeat)
        self._last_tick = self._now()

    def default_notifiers(self) -> list[NotifierFactory]:
        """Tray message, then a D-Bus desktop notification, then the window's banner."""
        return [
            lambda: TrayNotifier(self.tray, clickable_only=True),
            lambda: DBusNotifier(),
            lambda: TrayNotifier(self.tray),
            lambda: BannerNotifier(self.window.banner),
        ]

    # ---- start

    def start(self, minimized: bool = False, announce_after_ms: int = 1500) -> None:
        """Show the tray (and the window unless `minimized` with a tray), refresh, schedule,
        and announce what is due (after a moment, so the tray icon is in place)."""
        if self.tray is not None:
            self.tray.show()
        if minimized and self.tray is not None:
            self.window.hide()
        else:
            self.window.show()
        if self.tray is None:
            self._say_no_tray_once()
        self.refresh()
        self.schedule()
        self._last_tick = self._now()
        self.heartbeat.start()
        if announce_after_ms >= 0:
            self.start_timer.start(announce_after_ms)

    def stop(self) -> None:
        timers = (self.start_timer, self._refresh_timer, self.reminder_timer, self.midnight_timer)
        for timer in (*timers, self.heartbeat):
            timer.stop()
        if self.tray is not None:
            self.tray.hide()

    # ---- counts

    def schedule_refresh(self) -> None:
        """Data changed: refresh soon (several changes in a row refresh once)."""
        self._refresh_timer.start()

    def rows(self) -> list[ContactRow]:
        """The contact list's rows (read by the window already; no query)."""
        return self.window.model.active_rows()

    def due_items(self) -> list[DueItem]:
        """Today's due and overdue items, reading only the contacts that can have one."""
        return reminders.due_today(self.db, self._now().date(), self.rows())

    def refresh(self) -> None:
        """Today's numbers on the badge and in the tooltip; without a tray, in the banner."""
        today = self._now().date()
        if self.tray is not None:
            due = reminders.due_contacts(self.rows(), today)
            due_today = sum(1 for r in due if r.next_due == today)
            names = [r.display_name for r in due[:TOOLTIP_NAMES]]
            self.tray.set_due(due_today, len(due) - due_today, names)
            return
        try:
            items = self.due_items()
        except Exception:  # the database may be busy for a moment; the next refresh retries
            log.exception("reading the due items failed")
            return
        banner = self.window.banner
        if items and self._banner_hidden_on != today:
            text = self.due_text(items)
            banner.show_message(f"{self._notice}\n{text}" if self._notice else text)
        elif not items and not self._notice:
            banner.hide()

    def _banner_closed(self) -> None:
        """The user hid the banner: it stays hidden for the day, and the notice is said."""
        self._banner_hidden_on = self._now().date()
        self._notice = ""

    def due_text(self, items: Sequence[DueItem]) -> str:
        summary = reminders.summary_of(self.db, items, TOOLTIP_NAMES)
        title, names = self.wording.summary_texts(summary)
        return f"{title}: {names}"

    def _tray_changed(self) -> None:
        self.window.refresh_all()
        self.refresh()

    # ---- announcing

    def announce(self) -> str | None:
        """Announce the items not yet announced today; returns the notifier used, if any."""
        if not self.preferences.reminders_enabled:
            return None
        try:
            summary = reminders.announce(self.db, self._now().date(), rows=self.rows())
        except Exception:
            log.exception("announcing the due items failed")
            return None
        if summary is None:
            return None
        title, text = self.wording.summary_texts(summary)
        self.last_summary = (title, text)
        return self.chain.show(title, text)

    def reminder_time(self) -> dt.time:
        time = self.preferences.reminder_time
        return dt.time(time.hour(), time.minute())

    @staticmethod
    def _ms_until(moment: dt.datetime, now: dt.datetime) -> int:
        return max(1000, int((moment - now).total_seconds() * 1000) + 1000)

    def schedule(self) -> None:
        """Set the timers to the next reminder time and the next midnight."""
        now = self._now()
        self.reminder_timer.stop()
        if self.preferences.reminders_enabled:
            moment = reminders.next_reminder(now, self.reminder_time())
            self.reminder_timer.start(self._ms_until(moment, now))
        self.midnight_timer.start(self._ms_until(reminders.next_midnight(now), now))

    def _reminder_time(self) -> None:
        self.refresh()
        self.announce()
        self.schedule()

    def _new_day(self) -> None:
        self.window.refresh_all()  # "today" moved: the list's next due dates and counts too
        self.refresh()
        self.schedule()

    def _heartbeat(self) -> None:
        """The slow timer: a wall-clock jump means the machine slept (or the clock changed)."""
        now = self._now()
        last, self._last_tick = self._last_tick, now
        if not reminders.clock_jumped(last, now, HEARTBEAT, HEARTBEAT_SLACK):
            return
        self.woke_up(last, now)

    def woke_up(self, before: dt.datetime, now: dt.datetime) -> None:
        """After sleep: refresh, reschedule, and announce when the reminder time passed."""
        if before.date() != now.date():
            self.window.refresh_all()
        self.refresh()
        self.schedule()
        if self.preferences.reminders_enabled and reminders.reminder_passed(
            before, now, self.reminder_time()
        ):
            self.announce()

    def preferences_changed(self) -> None:
        """The reminder time or switch changed in Settings."""
        self.schedule()

    # ---- the window

    def bring_to_front(self, files: Sequence[str] = ()) -> None:
        """Show the window in front (from the tray, or a second start with files)."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if files:
            window.open_import(list(files))

    def open_contact(self, contact_id: int) -> None:
        self.bring_to_front()
        self.window.open_contact(contact_id)

    def open_agenda(self) -> None:
        self.bring_to_front()
        self.window.show_agenda()

    def import_from_phone(self) -> None:
        """The tray's "From your phone…": the window comes forward with the phone dialog."""
        self.bring_to_front()
        self.window.import_from_phone()

    def _closed_to_tray(self) -> None:
        if self.preferences.value(KEY_CLOSE_HINT_SHOWN, False) in (True, "true"):
            return
        self.preferences.set_value(KEY_CLOSE_HINT_SHOWN, True)
        self.preferences.sync()
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(
                self.tr("Netzwerk keeps running"),
                self.tr(
                    "Netzwerk stays in the tray to remind you of due touchpoints. "
                    "Quit it from the tray's menu."
                ),
                self.tray.icon(),
                10000,
            )

    def _say_no_tray_once(self) -> None:
        """Without a tray, say once (ever) that the window is the way in."""
        if self.preferences.value(KEY_NO_TRAY_NOTICE_SHOWN, False) in (True, "true"):
            return
        self.preferences.set_value(KEY_NO_TRAY_NOTICE_SHOWN, True)
        self.preferences.sync()
        self._notice = self.tr(
            "Your desktop shows no system tray: Netzwerk reminds you of due touchpoints here "
            "while this window is open."
        )
        self.window.banner.show_message(self._notice, with_action=False)
