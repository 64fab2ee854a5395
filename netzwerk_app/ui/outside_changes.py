"""Noticing changes that other processes (the command line, a second window) made to the
database while the window is open.

SQLite's data version moves when another connection commits; a check costs one PRAGMA. The
window checks when it is activated and on a slow timer. A window left open over midnight also
makes the new day's backup here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from netzwerk_app.core import clock
from netzwerk_app.core.connections import is_database_error
from netzwerk_app.core.database import data_version

if TYPE_CHECKING:  # (Peewee is imported after the first frame: `core.window_database`)
    from peewee import SqliteDatabase

OUTSIDE_CHECK_MS = 3000  # how often to look for changes made by other processes


class OutsideChanges(QObject):
    """Emits `changed` when another process committed to the database since the last check."""

    changed = Signal()

    def __init__(
        self, db: SqliteDatabase, new_day: Callable[[], None], parent: QObject | None = None
    ) -> None:
        """`new_day` runs at the first check of each new day (the window: the day's backup)."""
        super().__init__(parent)
        self.db, self.new_day = db, new_day
        self._data_version = data_version(db)
        self._backup_day = clock.today()  # the app's start made (or is making) today's backup
        self.timer = QTimer(self)
        self.timer.setInterval(OUTSIDE_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """Emit `changed` when another process changed the database; True if it did."""
        if clock.today() != self._backup_day:
            self._backup_day = clock.today()
            self.new_day()
        try:
            version = data_version(self.db)
        except Exception as exc:
            if not is_database_error(exc):
                raise
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        self.changed.emit()
        return True
