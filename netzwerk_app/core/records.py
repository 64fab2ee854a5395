"""Plain data records exchanged between the core, the vCard layer, the CLI and the GUI.

These are Qt-free, database-free dataclasses: the vCard reader produces `ContactRecord`s,
the writer consumes them, and the core turns them into rows and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The errors, vocabularies, the birthday and the validators live in modules without
# dataclasses (whose import of `inspect` is a fifth of a quick command's start); they are
# named here as before.
from netzwerk_app.core.errors import ContactNotFound, InvalidInput, NetzwerkError  # noqa: F401
from netzwerk_app.core.values import (  # noqa: F401
    ANCHORS,
    CADENCE_UNITS,
    CHANNELS,
    METHOD_KINDS,
    STATUSES,
    TIERS,
    TOUCHPOINT_KINDS,
    Birthday,
    parse_date,
    parse_stored_birthday,
    validate_choice,
    validate_tier,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt


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
