"""The background sync: runs the engine off the GUI thread at start, every N minutes, shortly
after an edit and on Sync Now; a status-bar label tells how it went.

Offline or a refused connection is a quiet status text, never a dialog. A password the server
refuses (or one that is missing, with no keyring to hold it) shows a button in the status bar
that asks for it again, without blocking anything.
"""

from __future__ import annotations

import datetime as dt
import logging

from peewee import SqliteDatabase
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QToolButton, QWidget

from netzwerk_app.core import clock
from netzwerk_app.core.models import SyncAccount, SyncConflict
from netzwerk_app.ui.sync.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

KEY_INTERVAL = "sync/intervalMinutes"
DEFAULT_INTERVAL_MINUTES = 15
START_DELAY_MS = 3000  # after the window is up
EDIT_DELAY_MS = 20000  # an edit is sent this long after the last change
TICK_MS = 30000  # "Synced 2 min ago" stays true


def stored_accounts(db: SqliteDatabase) -> list[SyncAccount]:
    """The sync accounts. The sync's own code (httpx, keyring) is loaded only once there is
    one: a window without accounts starts as fast as before."""
    if not SyncAccount.select().exists():
        return []
    from netzwerk_app.sync import accounts

    return accounts.accounts(db)


def fingerprint(db: SqliteDatabase) -> tuple[int, int]:
    """Changes here since it was taken change it: the number of contacts and their revisions."""
    row = db.execute_sql("SELECT count(*), coalesce(sum(revision), 0) FROM contact").fetchone()
    return int(row[0]), int(row[1])


class SyncController(QObject):
    """Owns the sync's actions (`menu`), its status-bar widgets and the background runs.

    `window` must offer `db`, `statusBar()` and the signal `counts_changed`; its
    `check_outside_changes()` (or `refresh_all()`) is called after a sync changed data.
    """

    finished = Signal(object)  # the SyncSummary of a run
    conflicts_changed = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings | None = None,
        start: bool = True,
        menu: QMenu | None = None,
    ) -> None:
        """`menu`: the window's Sync menu, already in its menu bar (filled here); else the
        controller makes one (`menu`) for the window to add."""
        super().__init__(window)
        self.window = window
        self.db: SqliteDatabase = window.db  # type: ignore[attr-defined]
        preferences = getattr(window, "preferences", None)
        self.settings = settings or getattr(preferences, "settings", None) or QSettings()
        self.runner = TaskRunner(self._done, self._failed, self)
        self.running: Task | None = None
        self.pending = False
        self.last_sync: dt.datetime | None = None
        self.state = "idle"  # idle, syncing, synced, offline, problem, password
        self.open_conflicts = 0
        self.password_needed: list[int] = []  # account ids
        self.resolver: QWidget | None = None
        self.accounts_window: QWidget | None = None
        # what the last sync left (or the start found). Without accounts it is taken by the
        # first `sync_now` (3 s after the start), not on the way to the first frame: it reads
        # every contact row (20 ms at 100k contacts)
        self._fingerprint: tuple[int, int] | None = (
            fingerprint(self.db) if self.has_accounts() else None
        )
        self._create_actions(menu)
        self._create_status_widgets()
        self.interval_timer = QTimer(self)
        self.interval_timer.timeout.connect(self.sync_now)
        self.set_interval(self.interval_minutes())
        self.edit_timer = QTimer(self)
        self.edit_timer.setSingleShot(True)
        self.edit_timer.setInterval(EDIT_DELAY_MS)
        self.edit_timer.timeout.connect(self.sync_now)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self._show_status)
        self.tick_timer.start()
        changed = getattr(window, "counts_changed", None)
        if changed is not None:
            changed.connect(self.local_change)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._update_conflicts()
        if start:
            QTimer.singleShot(START_DELAY_MS, self, self.sync_now)

    # ------------------------------------------------------------ construction

    def _create_actions(self, menu: QMenu | None) -> None:
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(lambda _c=False: self.sync_now())
        self.accounts_action = QAction(self)
        self.accounts_action.triggered.connect(lambda _c=False: self.open_accounts())
        self.conflicts_action = QAction(self)
        self.conflicts_action.triggered.connect(lambda _c=False: self.open_resolver())
        self.menu = menu if menu is not None else QMenu(self.window)
        self.retranslate()
        self.window.installEventFilter(self)  # a language change: texts again
        self.menu.addAction(self.sync_action)
        self.menu.addAction(self.conflicts_action)
        self.menu.addSeparator()
        self.menu.addAction(self.accounts_action)
        self.window.addAction(self.sync_action)  # the shortcut works without the menu too

    def retranslate(self) -> None:
        self.sync_action.setText(self.tr("Sync &Now"))
        self.accounts_action.setText(self.tr("&Accounts…"))
        self.conflicts_action.setText(self.tr("Sync &Conflicts…"))
        self.menu.setTitle(self.tr("S&ync"))
        if hasattr(self, "label"):
            self._update_conflicts()
            self._show_status()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate)
        return False

    def _create_status_widgets(self) -> None:
        self.label = QLabel()
        self.label.setContentsMargins(8, 0, 8, 0)
        self.conflicts_button = QToolButton()
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.clicked.connect(self.open_resolver)
        self.conflicts_button.hide()
        self.password_button = QToolButton()
        self.password_button.setAutoRaise(True)
        self.password_button.clicked.connect(self.ask_password)
        self.password_button.hide()
        bar = self.window.statusBar()
        # left of what the window shows there (its counts), also when it came first
        for index, widget in enumerate((self.password_button, self.conflicts_button, self.label)):
            bar.insertPermanentWidget(index, widget)
        self.label.hide()

    # ------------------------------------------------------------ settings

    def interval_minutes(self) -> int:
        try:
            value = int(self.settings.value(KEY_INTERVAL, DEFAULT_INTERVAL_MINUTES))
        except (TypeError, ValueError):
            value = DEFAULT_INTERVAL_MINUTES
        return max(0, min(value, 24 * 60))

    def set_interval(self, minutes: int) -> None:
        """Sync every `minutes` (0: only at start, after edits and on Sync Now)."""
        self.settings.setValue(KEY_INTERVAL, int(minutes))
        if minutes > 0:
            self.interval_timer.start(minutes * 60 * 1000)
        else:
            self.interval_timer.stop()

    # ------------------------------------------------------------ running

    def has_accounts(self) -> bool:
        return bool(stored_accounts(self.db))

    def local_change(self) -> None:
        """Something changed in the window: sync a little later, once the edits settle."""
        if not self.has_accounts():
            return
        now = fingerprint(self.db)
        if self._fingerprint is None:  # the first account came meanwhile: its first sync sends all
            self._fingerprint = now
        elif now != self._fingerprint:
            self.edit_timer.start()

    def sync_now(self) -> bool:
        """Start a sync of every account with a password; False when none could start."""
        if self.running is not None:
            self.pending = True
            return False
        self.edit_timer.stop()
        self.password_needed = []
        accounts = stored_accounts(self.db)
        if not accounts:  # most users: nothing to import the engine for (0.25 s in this thread)
            if self._fingerprint is None:  # taken now, after the start (see __init__)
                self._fingerprint = fingerprint(self.db)
            self.state = "idle"
            self._show_status()
            return False
        from netzwerk_app.sync import engine
        from netzwerk_app.ui.sync import session

        pairs: list[tuple[int, str]] = []
        for account in accounts:
            password = session.password_for(account)
            if password is None and account.username:
                self.password_needed.append(account.id)
            else:
                pairs.append((account.id, password or ""))
        if not pairs:
            self.state = "password" if self.password_needed else "idle"
            self._show_status()
            return False
        db = self.db

        def work() -> tuple[object, tuple[int, int]]:
            chosen = [(SyncAccount.get_by_id(i), p) for i, p in pairs]  # read in this thread
            summary = engine.sync_all(db, chosen)
            return summary, fingerprint(db)

        self.running = self.runner.start(work, db)
        self.state = "syncing"
        self._show_status()
        return True

    def is_running(self) -> bool:
        return self.running is not None

    def _done(self, task: Task, result: object) -> None:
        if task is not self.running:
            return
        from netzwerk_app.ui.sync import session

        summary, self._fingerprint = result  # type: ignore[misc]
        self.running = None
        for account in stored_accounts(self.db):
            if account.id in summary.unauthorized:
                session.forget(account.url, account.username)
                self.password_needed.append(account.id)
        others = len(summary.errors) - len(summary.unreachable) - len(summary.unauthorized)
        if others > 0:
            self.state = "problem"
        elif summary.unauthorized:
            self.state = "password"
        elif summary.unreachable:
            self.state = "offline"
        else:
            self.state = "synced"
            self.last_sync = clock.now()
        self.label.setToolTip("\n".join(summary.errors))
        self._after_run()
        self.finished.emit(summary)

    def _failed(self, task: Task, exc: Exception) -> None:
        if task is not self.running:
            return
        self.running = None
        self.state = "problem"
        self.label.setToolTip(str(exc))
        self._after_run()

    def _after_run(self) -> None:
        refresh = getattr(self.window, "check_outside_changes", None) or getattr(
            self.window, "refresh_all", None
        )
        if refresh is not None:
            refresh()
        self._update_conflicts()
        self._show_status()
        if self.pending:
            self.pending = False
            QTimer.singleShot(0, self, self.sync_now)

    def shutdown(self) -> None:
        """Let a running sync end (the app quits)."""
        self.interval_timer.stop()
        self.edit_timer.stop()
        self.runner.wait()

    # ------------------------------------------------------------ status

    def _update_conflicts(self) -> None:
        count = SyncConflict.select().where(SyncConflict.resolved_at.is_null()).count()
        self.open_conflicts = count
        self.conflicts_button.setText(self.tr("%n sync conflict(s)", "", count))
        self.conflicts_button.setVisible(count > 0)
        self.conflicts_action.setEnabled(count > 0)
        self.conflicts_changed.emit(count)

    def status_text(self) -> str:
        if self.state == "syncing":
            return self.tr("Syncing…")
        if self.state == "offline":
            return self.tr("Offline: not synced")
        if self.state == "problem":
            return self.tr("Not synced (see the tooltip)")
        if self.state == "password":
            return self.tr("Not synced: password needed")
        if self.last_sync is None:
            return ""
        minutes = int((clock.now() - self.last_sync).total_seconds() // 60)
        if minutes < 1:
            return self.tr("Synced just now")
        if minutes < 60:
            return self.tr("Synced %n min ago", "", minutes)
        return self.tr("Synced at %1").replace("%1", self.last_sync.strftime("%H:%M"))

    def _show_status(self) -> None:
        text = self.status_text()
        self.label.setText(text)
        self.label.setVisible(bool(text))
        needed = [a for a in stored_accounts(self.db) if a.id in self.password_needed]
        if needed:
            who = f"{needed[0].username}@{_host(needed[0].url)}"
            self.password_button.setText(self.tr("Enter the password for %1…").replace("%1", who))
        self.password_button.setVisible(bool(needed))

    # ------------------------------------------------------------ windows

    def ask_password(self) -> QWidget | None:
        """A non-modal prompt for the first account whose password is needed."""
        from netzwerk_app.ui.sync.password_dialog import PasswordDialog

        needed = [a for a in stored_accounts(self.db) if a.id in self.password_needed]
        if not needed:
            return None
        dialog = PasswordDialog(needed[0], self.window)
        dialog.accepted.connect(self._password_given)
        dialog.show()
        self.password_dialog = dialog
        return dialog

    def _password_given(self) -> None:
        self.password_needed = []
        self.password_button.hide()
        self.sync_now()

    def open_accounts(self) -> QWidget:
        from netzwerk_app.ui.sync.accounts_dialog import AccountsDialog

        if self.accounts_window is None:
            self.accounts_window = AccountsDialog(self.db, self, self.window)
            self.accounts_window.finished.connect(self._accounts_closed)
        self.accounts_window.show()
        self.accounts_window.raise_()
        self.accounts_window.activateWindow()
        return self.accounts_window

    def _accounts_closed(self) -> None:
        self.accounts_window = None

    def accounts_changed(self) -> None:
        """An account was added, changed or removed: sync it soon."""
        self._update_conflicts()
        if self.has_accounts():
            QTimer.singleShot(0, self, self.sync_now)
        else:
            self.state, self.last_sync = "idle", None
            self._show_status()

    def open_resolver(self) -> QWidget:
        from netzwerk_app.ui.sync.conflicts_dialog import ConflictResolver

        if self.resolver is None:
            self.resolver = ConflictResolver(self.db, self.window)
            self.resolver.resolved.connect(self._resolved)
            self.resolver.finished.connect(self._resolver_closed)
        self.resolver.show()
        self.resolver.raise_()
        self.resolver.activateWindow()
        return self.resolver

    def _resolver_closed(self) -> None:
        self.resolver = None

    def _resolved(self) -> None:
        refresh = getattr(self.window, "refresh_all", None)
        if refresh is not None:
            refresh()
        self._update_conflicts()
        self.edit_timer.start()  # the next sync sends the answer


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or url
