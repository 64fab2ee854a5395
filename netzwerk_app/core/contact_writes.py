"""Writing contacts, shared by the GUI and the command line: add, update (never over a change
made elsewhere), tags, photo, archive.

Every function takes the opened database first (or a contact id). Writes run in one
transaction and keep the search index current. Raises `ContactNotFound` / `InvalidInput` for
bad input and `ContactConflict` for a save that would overwrite a change made elsewhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.batches import IN_JSON, RAISE_REVISION
from netzwerk_app.core.bulk import checked_ids
from netzwerk_app.core.contacts import (
    RECORD_COLUMNS,
    LoadedContact,
    get_contact,
    record_of,
)
from netzwerk_app.core.edits import (
    FIELDS,
    MINE,
    ContactConflict,
    Resolution,
    changed_fields,
    changes_elsewhere,
    merged,
)
from netzwerk_app.core.history import REASON_NEW_CONTACT, record_position_change, set_tier
from netzwerk_app.core.models import (
    Address,
    Contact,
    ContactMethod,
    ContactTag,
    Photo,
    Position,
    RawProperty,
    Tag,
    TierChange,
    now,
)
from netzwerk_app.core.records import (
    AddressRecord,
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
    validate_tier,
)
from netzwerk_app.core.search import reindex_contacts

# The record's fields stored in the contact row as they are (the uid, the display name, the
# birthday and the tier are checked or converted first).
SCALAR_FIELDS: tuple[str, ...] = tuple(
    name for name in RECORD_COLUMNS if name not in ("uid", "display_name", "birthday", "tier")
)


def new_uid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def check_record(record: ContactRecord) -> str:
    """The display name the record gets; raises `InvalidInput` when it would have none."""
    name = record.computed_display_name()
    if not name:
        raise InvalidInput("a contact needs a name, an organization, an email or a phone number")
    return name


def stored_fields(record: ContactRecord) -> dict[str, object]:
    """The contact row's columns a record sets, but uid and tier: the display name (built when
    empty), the birthday as stored, and the plain fields."""
    return {
        "display_name": record.computed_display_name(),
        "birthday": record.birthday.isoformat() if record.birthday else None,
        **{name: getattr(record, name) for name in SCALAR_FIELDS},
    }


def add_contact(db: SqliteDatabase, record: ContactRecord, today: dt.date | None = None) -> int:
    """Create a contact from a record; returns its id."""
    today = today or clock.today()
    check_record(record)
    tier = validate_tier(record.tier)
    with db.atomic():
        contact = Contact.create(
            uid=record.uid or new_uid(),
            tier=tier,
            tier_since=today if tier else None,
            **stored_fields(record),
        )
        write_children(contact.id, record)
        if tier:
            TierChange.create(
                contact=contact, from_tier=None, to_tier=tier, reason=REASON_NEW_CONTACT
            )
        if record.organization or record.title:
            Position.create(
                contact=contact, organization=record.organization,
                department=record.department, title=record.title, recorded_on=today,
            )  # fmt: skip
        reindex_contacts(db, [contact.id])
    return contact.id


def pending_conflict(
    db: SqliteDatabase,
    contact_id: int,
    record: ContactRecord,
    base: LoadedContact,
    changed: Iterable[str] | None = None,
) -> ContactConflict | None:
    """The conflict a save of `record` would meet now (see `update_contact`), or None.

    Lets an editor say that the contact changed elsewhere before the user saves.
    """
    with db.atomic():
        contact = get_contact(contact_id)
        if contact.revision == base.revision:
            return None
        current = record_of(db, contact)
        mine_changed = (
            changed_fields(base.record, record) if changed is None else set(changed) & set(FIELDS)
        )
        elsewhere = changes_elsewhere(base.record, current, record, mine_changed)
        return ContactConflict(contact_id, elsewhere, contact.revision) if elsewhere else None


def update_contact(
    db: SqliteDatabase,
    contact_id: int,
    record: ContactRecord,
    today: dt.date | None = None,
    tier_reason: str = "",
    *,
    base: LoadedContact | None = None,
    changed: Iterable[str] | None = None,
    resolution: Resolution | None = None,
) -> int:
    """Write the user's changes to a contact; returns the contact's new revision.

    `base` is the contact as the user loaded it, `changed` the fields they changed (by default
    the fields where `record` differs from `base`, or from the stored contact without a base).
    Only those fields are written, onto the stored contact. When the contact was changed
    elsewhere since `base` was loaded, nothing is written and `ContactConflict` says what
    changed, unless `resolution` answers it: `MERGE` writes the user's changes onto the stored
    contact (lists item by item), `MINE` writes `record` as a whole.

    A changed tier is written to the tier history; a changed organization or title to the
    career history.
    """
    today = today or clock.today()
    check_record(record)
    validate_tier(record.tier)
    with db.atomic():
        contact = get_contact(contact_id)
        current = record_of(db, contact)
        before = base.record if base is not None else current
        mine_changed = (
            changed_fields(before, record) if changed is None else set(changed) & set(FIELDS)
        )
        if base is not None and contact.revision != base.revision:
            elsewhere = changes_elsewhere(before, current, record, mine_changed)
            if elsewhere and (resolution is None or resolution.revision != contact.revision):
                raise ContactConflict(contact_id, elsewhere, contact.revision)
        if resolution is not None and resolution.choice == MINE:
            target = dataclasses.replace(current, **{f: getattr(record, f) for f in FIELDS})
        else:
            target = merged(before, current, record, mine_changed)
            if "display_name" not in mine_changed and current.display_name == _auto_name(current):
                target.display_name = ""  # it was built from the name: build it again
        target.display_name = check_record(target)
        target.tier = validate_tier(target.tier)
        _write_changes(db, contact, current, target, today, tier_reason)
        return Contact.get_by_id(contact_id).revision


def _auto_name(record: ContactRecord) -> str:
    return dataclasses.replace(record, display_name="").computed_display_name()


def _write_changes(
    db: SqliteDatabase,
    contact: Contact,
    current: ContactRecord,
    target: ContactRecord,
    today: dt.date,
    tier_reason: str,
) -> None:
    """Write the fields where `target` differs from the stored `current` (one transaction)."""
    differs = changed_fields(current, target)
    if not differs:
        return
    cid = contact.id
    if {"organization", "title"} & differs:
        record_position_change(contact, target.organization, target.department, target.title, today)
    values = {name: value for name, value in stored_fields(target).items() if name in differs}
    Contact.update(**values, updated_at=now()).where(Contact.id == cid).execute()
    if "methods" in differs:
        ContactMethod.delete().where(ContactMethod.contact == cid).execute()
        _insert_methods(cid, target.methods)
    if "addresses" in differs:
        Address.delete().where(Address.contact == cid).execute()
        _insert_addresses(cid, target.addresses)
    if "tags" in differs:
        set_tags(cid, target.tags)
    if "raw_properties" in differs:
        RawProperty.delete().where(RawProperty.contact == cid).execute()
        _insert_raw(cid, target.raw_properties)
    if {"photo", "photo_mime"} & differs:
        set_photo(cid, target.photo, target.photo_mime)
    if "tier" in differs:
        set_tier(db, [cid], target.tier, tier_reason, today=today)
    reindex_contacts(db, [cid])


# ---------------------------------------------------------------- parts of a contact


def write_children(contact_id: int, record: ContactRecord) -> None:
    """Replace methods, addresses, tags, photo and raw properties with the record's."""
    ContactMethod.delete().where(ContactMethod.contact == contact_id).execute()
    Address.delete().where(Address.contact == contact_id).execute()
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    RawProperty.delete().where(RawProperty.contact == contact_id).execute()
    _insert_methods(contact_id, record.methods)
    _insert_addresses(contact_id, record.addresses)
    set_tags(contact_id, record.tags)
    _insert_raw(contact_id, record.raw_properties)
    set_photo(contact_id, record.photo, record.photo_mime)


def _insert_methods(contact_id: int, methods: Iterable[ContactMethodRecord]) -> None:
    for pos, m in enumerate(methods):
        if m.value.strip():
            ContactMethod.create(
                contact=contact_id, kind=m.kind, value=m.value.strip(), label=m.label,
                preferred=m.preferred, position=pos,
            )  # fmt: skip


def _insert_addresses(contact_id: int, addresses: Iterable[AddressRecord]) -> None:
    for pos, a in enumerate(addresses):
        if not a.is_empty():
            Address.create(
                contact=contact_id, label=a.label, po_box=a.po_box, extended=a.extended,
                street=a.street, locality=a.locality, region=a.region,
                postal_code=a.postal_code, country=a.country, preferred=a.preferred,
                position=pos,
            )  # fmt: skip


def _insert_raw(contact_id: int, lines: Iterable[str]) -> None:
    for pos, line in enumerate(lines):
        RawProperty.create(contact=contact_id, position=pos, line=line)


def _touch(contact_id: int) -> None:
    """Mark the contact changed (its revision rises: see `Contact`)."""
    Contact.update(updated_at=now()).where(Contact.id == contact_id).execute()


def set_tags(contact_id: int, names: Iterable[str]) -> None:
    """Give a contact exactly these tags (raises its revision)."""
    _touch(contact_id)
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    seen = set()
    for name in names:
        name = name.strip()
        if not name or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        tag, _ = Tag.get_or_create(name=name)
        ContactTag.create(contact=contact_id, tag=tag)


def set_photo(contact_id: int, data: bytes | None, mime: str = "") -> None:
    """Set or (with None) remove a contact's photo (raises its revision)."""
    _touch(contact_id)
    Photo.delete().where(Photo.contact == contact_id).execute()
    if data:
        Photo.create(contact=contact_id, data=data, mime=mime or "image/jpeg")


def archive_contacts(db: SqliteDatabase, ids: Iterable[int], archived: bool = True) -> int:
    """Archive contacts (hidden from lists and the agenda) or, with archived=False, bring back."""
    stamp = now()
    with db.atomic():
        id_list, in_json = checked_ids(db, ids)
        db.execute_sql(
            f"UPDATE contact SET archived = ?, updated_at = ?, {RAISE_REVISION} WHERE id {IN_JSON}",
            (1 if archived else 0, stamp, in_json),
        )
        return len(id_list)
