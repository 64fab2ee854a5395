"""Plain data records exchanged between the core, the vCard layer, the CLI and the GUI.

These are Qt-free, database-free dataclasses: the vCard reader produces `ContactRecord`s,
the writer consumes them, and the core turns them into rows and back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

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


class NetzwerkError(Exception):
    """An error caused by the user's input or data, with a message fit to show to the user."""


class InvalidInput(NetzwerkError):
    """A value given by the user is not acceptable (bad date, unknown tier, …)."""


class ContactNotFound(NetzwerkError):
    """No contact with the given id exists."""

    def __init__(self, contact_id: int) -> None:
        super().__init__(f"no contact with id {contact_id}")
        self.contact_id = contact_id


_BDAY_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_BDAY_NOYEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


@dataclass(frozen=True, order=True)
class Birthday:
    """A birthday whose year may be unknown ("27 Nov" rather than an age)."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # Validate with a leap year when the year is unknown, so 29 Feb is allowed.
        try:
            dt.date(self.year if self.year is not None else 2000, self.month, self.day)
        except (ValueError, TypeError) as exc:
            year = "-" if self.year is None else self.year
            raise InvalidInput(f"invalid birthday: {year}-{self.month}-{self.day}") from exc

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


@dataclass
class ContactMethodRecord:
    """An email address, phone number, URL, social profile or messenger handle."""

    kind: str
    value: str
    label: str = ""
    preferred: bool = False


@dataclass
class AddressRecord:
    """A structured postal address (the seven ADR components)."""

    label: str = ""
    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    preferred: bool = False

    def is_empty(self) -> bool:
        return not any(
            (
                self.po_box,
                self.extended,
                self.street,
                self.locality,
                self.region,
                self.postal_code,
                self.country,
            )
        )


@dataclass
class ContactRecord:
    """Everything known about one contact, independent of storage and file format."""

    uid: str = ""
    prefix: str = ""
    given_name: str = ""
    additional_names: str = ""
    family_name: str = ""
    suffix: str = ""
    display_name: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""
    title: str = ""
    birthday: Birthday | None = None
    notes: str = ""
    tier: str | None = None
    met_where: str = ""
    met_on: dt.date | None = None
    they_offer: str = ""
    i_offer: str = ""
    interests: str = ""
    methods: list[ContactMethodRecord] = field(default_factory=list)
    addresses: list[AddressRecord] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: bytes | None = None
    photo_mime: str = ""
    photo_url: str = ""
    # Unmapped vCard properties, each one unfolded content line, kept for a lossless export.
    raw_properties: list[str] = field(default_factory=list)

    def emails(self) -> list[str]:
        return [m.value for m in self.methods if m.kind == "email"]

    def phones(self) -> list[str]:
        return [m.value for m in self.methods if m.kind == "phone"]

    def computed_display_name(self) -> str:
        """The display name, or one built from name parts, organization, email or phone."""
        if self.display_name.strip():
            return self.display_name.strip()
        return build_display_name(
            self.prefix,
            self.given_name,
            self.additional_names,
            self.family_name,
            self.suffix,
            fallbacks=[self.nickname, self.organization, *self.emails(), *self.phones()],
        )


def build_display_name(
    prefix: str = "",
    given: str = "",
    additional: str = "",
    family: str = "",
    suffix: str = "",
    fallbacks: list[str] | None = None,
) -> str:
    """Join name parts into a display name; fall back to the first non-empty fallback."""
    name = " ".join(p.strip() for p in (prefix, given, additional, family) if p and p.strip())
    if suffix and suffix.strip():
        name = f"{name}, {suffix.strip()}" if name else suffix.strip()
    if name:
        return name
    for candidate in fallbacks or []:
        if candidate and candidate.strip():
            return candidate.strip()
    return ""


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
