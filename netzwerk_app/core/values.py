"""The vocabularies (tiers, kinds, channels, …), the birthday and the validators of user input.

Plain Python without dataclasses: the quick commands (`contacts --search`, `--json`) import
this and `core.errors`, not `core.records`, whose dataclasses import `inspect`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from netzwerk_app.core.errors import InvalidInput

TIERS: tuple[str, ...] = ("A", "B", "C", "D")
METHOD_KINDS: tuple[str, ...] = ("email", "phone", "url", "social", "messenger")
TOUCHPOINT_KINDS: tuple[str, ...] = (
    "meeting",
    "lunch",
    "call",
    "message",
    "email",
    "event",
    "greeting",
    "introduction",
    "other",
)
CHANNELS: tuple[str, ...] = ("in_person", "phone", "written", "online")
STATUSES: tuple[str, ...] = ("planned", "done", "skipped")
CADENCE_UNITS: tuple[str, ...] = ("days", "weeks", "months", "years")
ANCHORS: tuple[str, ...] = ("touchpoint", "birthday")


_BDAY_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_BDAY_NOYEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


class Birthday:
    """A birthday whose year may be unknown ("27 Nov" rather than an age).

    Immutable, equal and hashed by its parts, ordered by (month, day, year): what a frozen,
    ordered dataclass would give, written out so that this module needs no dataclasses.
    """

    __slots__ = ("day", "month", "year")
    month: int
    day: int
    year: int | None

    def __init__(self, month: int, day: int, year: int | None = None) -> None:
        # Validate with a leap year when the year is unknown, so 29 Feb is allowed.
        try:
            dt.date(year if year is not None else 2000, month, day)
        except (ValueError, TypeError) as exc:
            shown = "-" if year is None else year
            raise InvalidInput(f"invalid birthday: {shown}-{month}-{day}") from exc
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "year", year)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Birthday cannot be changed (tried to set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Birthday cannot be changed (tried to delete {name!r})")

    def _parts(self) -> tuple[int, int, int | None]:
        return (self.month, self.day, self.year)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._parts() == other._parts()

    def __hash__(self) -> int:
        return hash(self._parts())

    def __lt__(self, other: Birthday) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._parts() < other._parts()

    def __le__(self, other: Birthday) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._parts() <= other._parts()

    def __gt__(self, other: Birthday) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._parts() > other._parts()

    def __ge__(self, other: Birthday) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._parts() >= other._parts()

    def __reduce__(self) -> tuple[type[Birthday], tuple[int, int, int | None]]:
        return (self.__class__, self._parts())  # pickle and copy make it anew

    def __repr__(self) -> str:
        return f"Birthday(month={self.month!r}, day={self.day!r}, year={self.year!r})"

    @classmethod
    def parse(cls, text: str) -> Birthday:
        """Parse ``YYYY-MM-DD`` or ``--MM-DD`` (also ``--MMDD``)."""
        text = text.strip()
        if m := _BDAY_FULL.match(text):
            return cls(int(m[2]), int(m[3]), int(m[1]))
        if m := _BDAY_NOYEAR.match(text):
            return cls(int(m[1]), int(m[2]))
        raise InvalidInput(f"invalid birthday {text!r}: use YYYY-MM-DD or --MM-DD")

    @classmethod
    def from_date(cls, value: dt.date) -> Birthday:
        return cls(value.month, value.day, value.year)

    def isoformat(self) -> str:
        """``YYYY-MM-DD``, or ``--MM-DD`` when the year is unknown."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.year is not None else None

    def __str__(self) -> str:
        return self.isoformat()


@lru_cache(maxsize=8192)
def parse_stored_birthday(text: str | None) -> Birthday | None:
    """A stored birthday ("YYYY-MM-DD" / "--MM-DD"), or None when absent or unreadable (cached)."""
    if not text:
        return None
    try:
        return Birthday.parse(text)
    except InvalidInput:
        return None


def validate_tier(value: str | None) -> str | None:
    """Return a canonical tier ('A'..'D') or None for unsorted; raise InvalidInput otherwise."""
    if value is None:
        return None
    text = value.strip().upper()
    if text in ("", "NONE", "UNSORTED", "-", "0"):
        return None
    if text in TIERS:
        return text
    raise InvalidInput(f"unknown tier {value!r}: use A, B, C, D or none")


def validate_choice(value: str, choices: tuple[str, ...], what: str) -> str:
    text = value.strip().lower().replace("-", "_").replace(" ", "_")
    if text in choices:
        return text
    raise InvalidInput(f"unknown {what} {value!r}: use one of {', '.join(choices)}")


def parse_date(text: str, what: str = "date") -> dt.date:
    """Parse an ISO date (YYYY-MM-DD) given by the user."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(f"invalid {what} {text!r}: use YYYY-MM-DD") from exc
