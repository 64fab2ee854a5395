"""Birthdays as the card shows and reads them: typed in the locale's order (27.11.1980, 27.11.,
11/27/1980 in the US), shown in the locale's words (27 Nov 1980)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from netzwerk_app.core.records import Birthday, InvalidInput

_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})?$")
_NUMERIC = re.compile(r"^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4})?)?$")


def _month_first(locale: QLocale) -> bool:
    """Whether the locale writes the month before the day (11/27/1980 in the US)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return 0 <= fmt.find("M") < fmt.find("d")


def _separator(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return next((c for c in fmt if c in "./-"), "/")


def parse_birthday_text(text: str, locale: QLocale | None = None) -> Birthday | None:
    """A birthday typed by the user as the card shows it: ``27.11.1980``, ``27.11.``,
    ``27/11/1980``, ``27/11`` (``11/27/1980`` where the locale puts the month first), or
    ``1980-11-27`` and ``--11-27``.

    Empty text is no birthday; anything else raises InvalidInput.
    """
    text = text.strip()
    if not text:
        return None
    if m := _DOTTED.match(text):
        return Birthday(int(m[2]), int(m[1]), int(m[3]) if m[3] else None)
    if m := _NUMERIC.match(text):
        first, second = int(m[1]), int(m[3])
        if m[2] != "." and _month_first(locale or QLocale()):
            first, second = second, first
        try:
            return Birthday(second, first, int(m[4]) if m[4] else None)
        except ValueError as exc:
            raise InvalidInput(f"not a date: {text}") from exc
    return Birthday.parse(text)


def birthday_text(birthday: Birthday | None, locale: QLocale | None = None) -> str:
    """The text to edit a birthday in, in the locale's order and separator: "27.11.1980"
    and "27.11." in German, "27/11/1980" and "27/11" in British English."""
    if birthday is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.German:
        year = str(birthday.year) if birthday.year else ""
        return f"{birthday.day:02d}.{birthday.month:02d}.{year}"
    sep = _separator(locale)
    parts = [f"{birthday.day:02d}", f"{birthday.month:02d}"]
    if _month_first(locale):
        parts.reverse()
    if birthday.year:
        parts.append(str(birthday.year))
    return sep.join(parts)


def birthday_display(birthday: Birthday) -> str:
    """ "27 Nov" or "27 Nov 1980" in the locale's words."""
    locale = QLocale()
    month = locale.monthName(birthday.month, QLocale.FormatType.ShortFormat)
    de = locale.language() == QLocale.Language.German
    text = f"{birthday.day}. {month}" if de else f"{birthday.day} {month}"
    return f"{text} {birthday.year}" if birthday.year else text
