"""Dates and birthdays as people read them (and type them), in one place for the board,
triage, calendar and the dialogs.

"27 Nov" / "27. Nov." (German), with the year when it is known ("27 Nov 1980"): a birthday
without a year never shows an age or a made-up year.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from netzwerk_app.core.records import Birthday


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def edit_date_format() -> str:
    """The locale's short date format, with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_edit(day: dt.date | QDate) -> QDateEdit:
    """An editor of a day in the locale's short format (four-digit year), with a calendar."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(edit_date_format())
    edit.setDate(day if isinstance(day, QDate) else to_qdate(day))
    return edit


def day_month(
    day: dt.date | QDate, locale: QLocale | None = None, year: bool = False, weekday: bool = False
) -> str:
    """A short date: "27 Nov" / "27. Nov." (German), optionally with year and weekday."""
    locale = locale or QLocale()
    date = day if isinstance(day, QDate) else to_qdate(day)
    fmt = "d. MMM" if locale.language() == QLocale.Language.German else "d MMM"
    if year:
        fmt += " yyyy"
    if weekday:
        fmt = "ddd " + fmt
    return locale.toString(date, fmt)


def long_date(day: dt.date, locale: QLocale | None = None) -> str:
    """The day written out: "Thursday, 26 November 2026"."""
    return (locale or QLocale()).toString(to_qdate(day), QLocale.FormatType.LongFormat)


def birthday_text(birthday: Birthday | None, locale: QLocale | None = None) -> str:
    """ "27 Nov" without a year, "27 Nov 1980" with one, "" without a birthday."""
    if birthday is None:
        return ""
    if birthday.year is None:  # a leap year, so that 29 Feb is a date
        return day_month(QDate(2000, birthday.month, birthday.day), locale)
    return day_month(QDate(birthday.year, birthday.month, birthday.day), locale, year=True)
