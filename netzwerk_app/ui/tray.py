"""The daily reminder and the window's way back: `TrayReminders`.

It shows the tray icon (``ui/tray_icon.py``) when the desktop has a tray and wires it to the
window: it announces new due items at start and at the user's reminder time (what is announced
when is decided by ``core.reminders``; how it is worded by ``ui/reminder_wording.py``; where it
appears by ``ui/notifiers.py``), refreshes the counts when data changes, at midnight and after
the machine woke, keeps the app running in the tray when the window closes, and without a tray
keeps the window as the way in with a banner.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from netzwerk_app.core import clock, reminders
from netzwerk_app.core.contacts import ContactRow
from netzwerk_app.core.due import DueItem
from netzwerk_app.ui.notifiers import (
    BannerNotifier,
    DBusNotifier,
    NotifierChain,
    NotifierFactory,
    TrayNotifier,
)
from netzwerk_app.ui.preferences import Preferences
from netzwerk_app.ui.reminder_wording import ReminderWording
from netzwerk_app.ui.startup_probe import after_first_paint
from netzwerk_app.ui.tray_icon import TOOLTIP_NAMES, CareTray

if TYPE_CHECKING:  # (Peewee is imported after the first frame: `core.window_database`)
    from peewee import SqliteDatabase

log = logging.getLogger(__name__)

KEY_CLOSE_HINT_SHOWN = "tray/closeHintShown"
KEY_NO_TRAY_NOTICE_SHOWN = "tray/noTrayNoticeShown"
HEARTBEAT = dt.timedelta(minutes=1)  # the slow timer that notices the machine woke up
HEARTBEAT_SLACK = dt.timedelta(seconds=45)
RETRY_AFTER_MS = 5000  # a failed read of the due items (the database busy) is tried again


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

    def start(
        self, minimized: bool = False, announce_after_ms: int = 1500, after_paint: bool = False
    ) -> None:
        """Show the tray (and the window unless `minimized` with a tray), refresh, schedule,
        and announce what is due (after a moment, so the tray icon is in place).

        With `after_paint` (the app's start), the first refresh waits for the window's first
        frame: the list is on screen before the due items are read."""
        if self.tray is not None:
            self.tray.show()
        if minimized and self.tray is not None:
            self.window.hide()
        else:
            self.window.show()
        if self.tray is None:
            self._say_no_tray_once()
        if after_paint:
            after_first_paint(self.window, self.refresh)
        else:
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
        except Exception:  # the database may be busy for a moment: try again soon
            log.exception("reading the due items failed; trying again")
            QTimer.singleShot(RETRY_AFTER_MS, self, self.refresh)
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
