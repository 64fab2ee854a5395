"""The user's application preferences kept in QSettings (not in the database).

Keys are constants so other parts of the GUI (the tray reminder) read the same values.
Tests redirect QSettings to a temp folder, so they never touch the user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTime

KEY_LANGUAGE = "language"  # "system", "de", "en"; applied on restart
KEY_REMINDERS_ENABLED = "reminders/enabled"
KEY_REMINDER_TIME = "reminders/time"  # "HH:MM"
KEY_REVIEW_MONTHS = "review/months"  # re-check a tier after this many months without review
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/splitter"
KEY_HEADER = "window/contactHeader"
KEY_LAST_VIEW = "window/lastView"
KEY_TIER_FILTER = "window/tierFilter"
KEY_LAST_IMPORT_DIR = "paths/lastImportDir"
KEY_LAST_EXPORT_DIR = "paths/lastExportDir"

DEFAULT_REMINDER_TIME = QTime(9, 0)


class Preferences:
    """Typed access to the preferences."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    def _str(self, key: str, default: str) -> str:
        value = self.settings.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def language(self) -> str:
        value = self._str(KEY_LANGUAGE, "system")
        return value if value in ("system", "de", "en") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue(KEY_LANGUAGE, value)

    @property
    def reminders_enabled(self) -> bool:
        value = self.settings.value(KEY_REMINDERS_ENABLED, True)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    @reminders_enabled.setter
    def reminders_enabled(self, value: bool) -> None:
        self.settings.setValue(KEY_REMINDERS_ENABLED, bool(value))

    @property
    def reminder_time(self) -> QTime:
        time = QTime.fromString(self._str(KEY_REMINDER_TIME, ""), "HH:mm")
        return time if time.isValid() else QTime(DEFAULT_REMINDER_TIME)

    @reminder_time.setter
    def reminder_time(self, value: QTime) -> None:
        self.settings.setValue(KEY_REMINDER_TIME, value.toString("HH:mm"))

    @property
    def review_months(self) -> int:
        """Months without a review after which a contact's tier asks to be re-checked."""
        try:
            value = int(self.settings.value(KEY_REVIEW_MONTHS, 12))
        except (TypeError, ValueError):
            return 12
        return min(max(value, 1), 120)

    @review_months.setter
    def review_months(self, value: int) -> None:
        self.settings.setValue(KEY_REVIEW_MONTHS, int(value))

    def value(self, key: str, default: object = None) -> object:
        return self.settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()
