"""Three-way comparison of contact records: what the user changed, what changed elsewhere
meanwhile, and how both combine without losing either.

Pure functions on `ContactRecord`s, no database: `contact_writes.update_contact` uses them to write
only the fields the user changed, against the revision the card loaded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from netzwerk_app.core.records import ContactRecord, NetzwerkError

# Every field of a record but its uid, in the order the contact card shows them.
FIELDS: tuple[str, ...] = (
    "prefix", "given_name", "additional_names", "family_name", "suffix", "display_name",
    "nickname", "organization", "department", "title", "birthday", "methods", "addresses",
    "met_where", "met_on", "notes", "tier", "they_offer", "i_offer", "interests", "tags",
    "photo", "photo_mime", "photo_url", "raw_properties",
)  # fmt: skip
LIST_FIELDS: frozenset[str] = frozenset({"methods", "addresses", "tags", "raw_properties"})

MERGE = "merge"  # their changes and mine together; where both changed a field, mine
MINE = "mine"  # the record as the user saw and edited it, as a whole


@dataclass(frozen=True)
class FieldChange:
    """One field changed elsewhere since the user loaded the contact."""

    field: str
    before: object  # as the user loaded it
    theirs: object  # as stored now
    mine: object  # as the user has it now
    both: bool  # the user changed it too, to something else


class ContactConflict(NetzwerkError):
    """The contact changed elsewhere since it was loaded; nothing was written.

    `changes` says what changed there; `revision` is the stored revision they were read at
    (a `Resolution` names it to confirm the user saw them).
    """

    def __init__(self, contact_id: int, changes: list[FieldChange], revision: int) -> None:
        names = ", ".join(c.field.replace("_", " ") for c in changes)
        super().__init__(f"contact {contact_id} was changed elsewhere meanwhile ({names})")
        self.contact_id = contact_id
        self.changes = changes
        self.revision = revision


@dataclass(frozen=True)
class Resolution:
    """The user's answer to a conflict: `MERGE` or `MINE`, for the revision they were shown."""

    choice: str
    revision: int

    def __post_init__(self) -> None:
        if self.choice not in (MERGE, MINE):
            raise ValueError(f"unknown resolution {self.choice!r}")


def changed_fields(before: ContactRecord, after: ContactRecord) -> set[str]:
    """The fields whose values differ between two records."""
    return {f for f in FIELDS if getattr(before, f) != getattr(after, f)}


def _key(field: str, item: object) -> object:
    if field == "tags":
        return str(item).strip().casefold()
    if dataclasses.is_dataclass(item):
        return dataclasses.astuple(item)  # type: ignore[arg-type]
    return item


def merge_list(field: str, before: list, theirs: list, mine: list) -> list:
    """Their list with the user's additions and removals applied (each item once)."""
    before_keys = {_key(field, x) for x in before}
    removed = before_keys - {_key(field, x) for x in mine}
    result = [x for x in theirs if _key(field, x) not in removed]
    present = {_key(field, x) for x in result}
    for item in mine:
        key = _key(field, item)
        if key not in before_keys and key not in present:
            result.append(item)
            present.add(key)
    return result


def merged(
    before: ContactRecord, theirs: ContactRecord, mine: ContactRecord, mine_changed: Iterable[str]
) -> ContactRecord:
    """The stored record with the user's changes applied: lists merge item by item, other
    fields take the user's value."""
    values: dict[str, Any] = {}
    for field in mine_changed:
        if field in LIST_FIELDS:
            values[field] = merge_list(
                field, getattr(before, field), getattr(theirs, field), getattr(mine, field)
            )
        else:
            values[field] = getattr(mine, field)
    return dataclasses.replace(theirs, **values)


def changes_elsewhere(
    before: ContactRecord, theirs: ContactRecord, mine: ContactRecord, mine_changed: Iterable[str]
) -> list[FieldChange]:
    """What changed in the stored record since `before`, each marked when the user changed it
    too (to a different value)."""
    mine_set = set(mine_changed)
    return [
        FieldChange(
            field,
            getattr(before, field),
            getattr(theirs, field),
            getattr(mine, field),
            field in mine_set and getattr(mine, field) != getattr(theirs, field),
        )
        for field in FIELDS
        if getattr(before, field) != getattr(theirs, field)
    ]
