"""Queries and commands on contacts, shared by the GUI and the command line.

Every function takes the opened database first. Writes run in one transaction and keep the
search index current. Raises `ContactNotFound` / `InvalidInput` for bad input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock, due
from netzwerk_app.core.edits import (
    FIELDS,
    MINE,
    ContactConflict,
    Resolution,
    changed_fields,
    changes_elsewhere,
    merged,
)
from netzwerk_app.core.models import (
    Address,
    Contact,
    ContactMethod,
    ContactTag,
    Photo,
    Position,
    RawProperty,
    ReviewFlag,
    Tag,
    TierChange,
    Touchpoint,
    now,
)
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactNotFound,
    ContactRecord,
    InvalidInput,
    parse_stored_birthday,
    validate_tier,
)
from netzwerk_app.core.search import reindex_contacts, search_contact_ids
from netzwerk_app.core.ties import restore_ties, saved_ties

ALL_TIERS = object()  # sentinel for "no tier filter"
REASON_NEW_CONTACT = "new contact"  # tier history reason when a contact is created with a tier
CAREER_CHANGED = "career_changed"  # the review flag a change of organization or title raises


@dataclass(slots=True)
class ContactRow:
    """One line of the contact list: lean, no photo bytes."""

    id: int
    uid: str
    display_name: str
    organization: str
    title: str
    tier: str | None
    birthday: Birthday | None
    has_photo: bool
    archived: bool
    last_touchpoint: dt.date | None = None
    next_due: dt.date | None = None


@dataclass
class ContactSnapshot:
    """Everything needed to restore a deleted contact (undo)."""

    record: ContactRecord
    tier_since: dt.date | None
    created_at: dt.datetime
    last_reviewed: dt.date | None
    archived: bool
    touchpoints: list[dict] = field(default_factory=list)
    tier_changes: list[dict] = field(default_factory=list)
    positions: list[dict] = field(default_factory=list)
    contact_id: int | None = None  # restored under the same id (ids are never reused)
    ties: dict = field(default_factory=dict)  # links, introductions, events (see core.ties)


_birthday = parse_stored_birthday


def _get(contact_id: int) -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ContactNotFound(contact_id)
    return contact


def new_uid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


# ---------------------------------------------------------------- queries


def list_contacts(
    db: SqliteDatabase,
    tier: object = ALL_TIERS,
    search: str | None = None,
    include_archived: bool = False,
    today: dt.date | None = None,
    tag: str | None = None,
    ids: Iterable[int] | None = None,
) -> list[ContactRow]:
    """Contacts sorted by display name; `tier` "A".."D", None (unsorted) or ALL_TIERS.

    With `ids`, only those contacts (to refresh a few rows of a long list after an edit).
    """
    today = today or clock.today()
    where, params = [], []
    if ids is not None:
        where.append("c.id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in ids) + "]")
    if not include_archived:
        where.append("c.archived = 0")
    if tier is not ALL_TIERS:
        canonical = validate_tier(tier)  # type: ignore[arg-type]
        if canonical is None:
            where.append("c.tier IS NULL")
        else:
            where.append("c.tier = ?")
            params.append(canonical)
    if tag:
        where.append(
            "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            " WHERE t.name = ?)"
        )
        params.append(tag)
    if search and search.strip():
        ids = search_contact_ids(db, search)
        if ids is not None:
            where.append("c.id IN (SELECT value FROM json_each(?))")
            params.append("[" + ",".join(map(str, ids)) + "]")
    sql = (
        "SELECT c.id, c.uid, c.display_name, c.organization, c.title, c.tier, c.birthday,"
        " p.id IS NOT NULL, c.archived, c.tier_since FROM contact c"
        " LEFT JOIN photo p ON p.contact_id = c.id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.display_name COLLATE NOCASE, c.id"
    raw = db.execute_sql(sql, params).fetchall()
    states = care.care_states(db, facts=[(r[0], r[2], r[5], r[9], r[6]) for r in raw])
    rules = care.tier_rules(db)
    rows = []
    for r in raw:
        state = states[r[0]]
        rows.append(
            ContactRow(
                r[0], r[1], r[2], r[3], r[4], r[5], state.birthday, bool(r[7]), bool(r[8]),
                state.last_done, due.next_due(state, rules, today),
            )
        )  # fmt: skip
    return rows


def contact_rows(
    db: SqliteDatabase, ids: Iterable[int], today: dt.date | None = None
) -> dict[int, ContactRow]:
    """List rows of the given contacts keyed by id, archived ones included; unknown ids missing."""
    rows = list_contacts(db, include_archived=True, today=today, ids=ids)
    return {row.id: row for row in rows}


def load_contact(db: SqliteDatabase, contact_id: int, with_photo: bool = True) -> ContactRecord:
    """The full record of one contact."""
    c = _get(contact_id)
    return _records_for(db, [c], with_photo=with_photo)[0]


def load_contacts(
    db: SqliteDatabase, ids: Sequence[int] | None = None, with_photo: bool = True
) -> list[ContactRecord]:
    """Full records of the given contacts (all contacts when ids is None), in name order."""
    query = Contact.select().order_by(Contact.display_name, Contact.id)
    if ids is not None:
        query = query.where(Contact.id.in_(list(ids)))
    # named tuples, not model objects: a bulk read (an export) builds no Peewee object per row
    return _records_for(db, list(query.namedtuples()), with_photo=with_photo)


def _tuples(query: Any) -> Iterable[tuple[Any, ...]]:
    """A query's rows as plain tuples (Peewee's stubs type `.tuples()` rows as models)."""
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


def _records_for(db: SqliteDatabase, contacts: Sequence, with_photo: bool) -> list[ContactRecord]:
    """Records of contacts given as `Contact` objects or named tuples of all its columns."""
    ids = [c.id for c in contacts]
    methods: dict[int, list[ContactMethodRecord]] = {i: [] for i in ids}
    addresses: dict[int, list[AddressRecord]] = {i: [] for i in ids}
    tags: dict[int, list[str]] = {i: [] for i in ids}
    raws: dict[int, list[str]] = {i: [] for i in ids}
    photos: dict[int, tuple[bytes, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for cid, kind, value, label, preferred in _tuples(
            ContactMethod.select(
                ContactMethod.contact, ContactMethod.kind, ContactMethod.value,
                ContactMethod.label, ContactMethod.preferred,
            )
            .where(ContactMethod.contact.in_(chunk))
            .order_by(ContactMethod.position, ContactMethod.id)
        ):  # fmt: skip
            methods[cid].append(ContactMethodRecord(kind, value, label, bool(preferred)))
        for a in _tuples(
            Address.select(
                Address.contact, Address.label, Address.po_box, Address.extended, Address.street,
                Address.locality, Address.region, Address.postal_code, Address.country,
                Address.preferred,
            )
            .where(Address.contact.in_(chunk))
            .order_by(Address.position, Address.id)
        ):  # fmt: skip
            addresses[a[0]].append(
                AddressRecord(a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], bool(a[9]))
            )
        for ct in _tuples(
            ContactTag.select(ContactTag.contact, Tag.name)
            .join(Tag)
            .where(ContactTag.contact.in_(chunk))
            .order_by(Tag.name)
        ):
            tags[ct[0]].append(ct[1])
        for cid, line in _tuples(
            RawProperty.select(RawProperty.contact, RawProperty.line)
            .where(RawProperty.contact.in_(chunk))
            .order_by(RawProperty.position, RawProperty.id)
        ):
            raws[cid].append(line)
        if with_photo:
            for cid, data, mime in _tuples(
                Photo.select(Photo.contact, Photo.data, Photo.mime).where(Photo.contact.in_(chunk))
            ):
                photos[cid] = (bytes(data), mime)
    result = []
    for c in contacts:
        photo = photos.get(c.id)
        result.append(
            ContactRecord(
                uid=c.uid, prefix=c.prefix, given_name=c.given_name,
                additional_names=c.additional_names, family_name=c.family_name,
                suffix=c.suffix, display_name=c.display_name, nickname=c.nickname,
                organization=c.organization, department=c.department, title=c.title,
                birthday=_birthday(c.birthday), notes=c.notes, tier=c.tier,
                met_where=c.met_where, met_on=c.met_on, they_offer=c.they_offer,
                i_offer=c.i_offer, interests=c.interests, methods=methods[c.id],
                addresses=addresses[c.id], tags=tags[c.id],
                photo=photo[0] if photo else None, photo_mime=photo[1] if photo else "",
                photo_url=c.photo_url, raw_properties=raws[c.id],
            )
        )  # fmt: skip
    return result


def contact_id_by_uid(uid: str) -> int | None:
    c = Contact.get_or_none(Contact.uid == uid)
    return c.id if c else None


def has_photo(contact_id: int) -> bool:
    return Photo.select().where(Photo.contact == contact_id).exists()


def photo_of(contact_id: int) -> tuple[bytes, str] | None:
    p = Photo.get_or_none(Photo.contact == contact_id)
    return (bytes(p.data), p.mime) if p else None


def all_tags(db: SqliteDatabase) -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT name FROM tag ORDER BY name COLLATE NOCASE")]


def contact_dicts(db: SqliteDatabase, rows: list[ContactRow]) -> list[dict]:
    """JSON-ready dictionaries for the command line (the keys are a contract)."""
    ids = [r.id for r in rows]
    extra: dict[int, dict] = {
        i: {
            "emails": [],
            "phones": [],
            "tags": [],
            "given_name": "",
            "family_name": "",
            "notes": "",
        }
        for i in ids
    }
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for cid, kind, value in db.execute_sql(
            f"SELECT contact_id, kind, value FROM contact_method WHERE contact_id IN ({marks})"
            " AND kind IN ('email', 'phone') ORDER BY position, id",
            chunk,
        ):
            extra[cid]["emails" if kind == "email" else "phones"].append(value)
        for cid, name in db.execute_sql(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            f" WHERE ct.contact_id IN ({marks}) ORDER BY t.name",
            chunk,
        ):
            extra[cid]["tags"].append(name)
        for cid, given, family, notes in db.execute_sql(
            f"SELECT id, given_name, family_name, notes FROM contact WHERE id IN ({marks})", chunk
        ):
            extra[cid].update(given_name=given, family_name=family, notes=notes)
    return [
        {
            "id": r.id,
            "uid": r.uid,
            "display_name": r.display_name,
            "given_name": extra[r.id]["given_name"],
            "family_name": extra[r.id]["family_name"],
            "organization": r.organization,
            "title": r.title,
            "emails": extra[r.id]["emails"],
            "phones": extra[r.id]["phones"],
            "birthday": r.birthday.isoformat() if r.birthday else None,
            "tier": r.tier,
            "tags": extra[r.id]["tags"],
            "notes": extra[r.id]["notes"],
            "has_photo": r.has_photo,
            "archived": r.archived,
            "last_touchpoint": r.last_touchpoint.isoformat() if r.last_touchpoint else None,
            "next_due": r.next_due.isoformat() if r.next_due else None,
        }
        for r in rows
    ]


def positions_of(contact_id: int) -> list[Position]:
    """Career history, newest first."""
    return list(
        Position.select()
        .where(Position.contact == contact_id)
        .order_by(Position.recorded_on.desc(), Position.id.desc())
    )


# ---------------------------------------------------------------- commands

_SCALAR_FIELDS = (
    "prefix", "given_name", "additional_names", "family_name", "suffix", "nickname",
    "organization", "department", "title", "notes", "met_where", "met_on", "they_offer",
    "i_offer", "interests", "photo_url",
)  # fmt: skip


def _write_children(contact_id: int, record: ContactRecord) -> None:
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


def _check_record(record: ContactRecord) -> str:
    name = record.computed_display_name()
    if not name:
        raise InvalidInput("a contact needs a name, an organization, an email or a phone number")
    return name


def add_contact(db: SqliteDatabase, record: ContactRecord, today: dt.date | None = None) -> int:
    """Create a contact from a record; returns its id."""
    today = today or clock.today()
    name = _check_record(record)
    tier = validate_tier(record.tier)
    with db.atomic():
        contact = Contact.create(
            uid=record.uid or new_uid(),
            display_name=name,
            birthday=record.birthday.isoformat() if record.birthday else None,
            tier=tier,
            tier_since=today if tier else None,
            **{f: getattr(record, f) for f in _SCALAR_FIELDS},
        )
        _write_children(contact.id, record)
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


@dataclass(frozen=True)
class LoadedContact:
    """A contact's record together with the revision it was read at (the base of an edit)."""

    record: ContactRecord
    revision: int


def load_contact_state(db: SqliteDatabase, contact_id: int) -> LoadedContact:
    """The full record of one contact and its revision, read in one snapshot."""
    with db.atomic():
        c = _get(contact_id)
        return LoadedContact(_records_for(db, [c], with_photo=True)[0], c.revision)


def contact_revision(contact_id: int) -> int:
    """The stored revision of a contact; raises `ContactNotFound`."""
    return _get(contact_id).revision


def _auto_name(record: ContactRecord) -> str:
    return dataclasses.replace(record, display_name="").computed_display_name()


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
        contact = _get(contact_id)
        if contact.revision == base.revision:
            return None
        current = _records_for(db, [contact], with_photo=True)[0]
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
    _check_record(record)
    validate_tier(record.tier)
    with db.atomic():
        contact = _get(contact_id)
        current = _records_for(db, [contact], with_photo=True)[0]
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
        target.display_name = _check_record(target)
        target.tier = validate_tier(target.tier)
        _write_changes(db, contact, current, target, today, tier_reason)
        return Contact.get_by_id(contact_id).revision


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
    values: dict[str, object] = {
        f: getattr(target, f) for f in (*_SCALAR_FIELDS, "display_name") if f in differs
    }
    if "birthday" in differs:
        values["birthday"] = target.birthday.isoformat() if target.birthday else None
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


def record_position_change(
    contact: Contact, organization: str, department: str, title: str, today: dt.date
) -> None:
    """Close the current position (keeping it in the history), open the new one, and flag the
    contact for a tier review (a career change)."""
    current = (
        Position.select()
        .where(Position.contact == contact.id, Position.ended_on.is_null())
        .order_by(Position.recorded_on.desc(), Position.id.desc())
        .first()
    )
    if current is None and (contact.organization or contact.title):
        current = Position.create(
            contact=contact, organization=contact.organization, department=contact.department,
            title=contact.title, recorded_on=contact.created_at.date(),
        )  # fmt: skip
    if current is not None:
        current.ended_on = today
        current.save()
    if organization or title:
        Position.create(
            contact=contact, organization=organization, department=department, title=title,
            recorded_on=today,
        )  # fmt: skip
    ReviewFlag.insert(
        contact=contact.id, reason=CAREER_CHANGED, raised_on=today
    ).on_conflict_replace().execute()


def set_tier(
    db: SqliteDatabase,
    ids: Iterable[int],
    tier: str | None,
    reason: str = "",
    today: dt.date | None = None,
) -> int:
    """File contacts into a tier (None = unsorted), writing history; returns how many changed.

    Raises `ContactNotFound` (and changes nothing) when an id does not exist.
    """
    today = today or clock.today()
    tier = validate_tier(tier)
    with db.atomic():
        wanted = _existing(ids)
        current: dict[int, str | None] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            current.update(
                cast(
                    "Iterable[tuple[int, str | None]]",
                    Contact.select(Contact.id, Contact.tier).where(Contact.id.in_(chunk)).tuples(),
                )
            )
        moving = [cid for cid in wanted if current[cid] != tier]
        stamp = now()
        # the history rows through the connection's executemany: Peewee's insert_many builds
        # its query in Python (~14,000 rows/s against ~100,000)
        db.cursor().executemany(
            f"INSERT INTO {TierChange._meta.table_name} ({TierChange.contact.column_name},"
            " from_tier, to_tier, changed_at, reason) VALUES (?, ?, ?, ?, ?)",
            [(cid, current[cid], tier, stamp, reason) for cid in moving],
        )
        for start in range(0, len(moving), 500):
            chunk = moving[start : start + 500]
            Contact.update(
                tier=tier,
                tier_since=today if tier else None,
                last_reviewed=today,
                updated_at=stamp,
            ).where(Contact.id.in_(chunk)).execute()
    return len(moving)


def tier_history(contact_id: int) -> list[TierChange]:
    """Tier changes of a contact, newest first."""
    return list(
        TierChange.select()
        .where(TierChange.contact == contact_id)
        .order_by(TierChange.changed_at.desc(), TierChange.id.desc())
    )


def _dict_rows(query: Any) -> list[dict[str, Any]]:
    """A query's rows as dicts (peewee's stubs type `.dicts()` rows as models)."""
    return cast("list[dict[str, Any]]", list(query.dicts()))


def _existing(ids: Iterable[int]) -> list[int]:
    """The ids, without repeats; raises `ContactNotFound` for the first that does not exist."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    found: set[int] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = Contact.select(Contact.id).where(Contact.id.in_(chunk)).tuples()
        found.update(c for (c,) in cast("Iterable[tuple[int]]", rows))
    for cid in wanted:
        if cid not in found:
            raise ContactNotFound(cid)
    return wanted


def archive_contacts(db: SqliteDatabase, ids: Iterable[int], archived: bool = True) -> int:
    """Archive contacts (hidden from lists and the agenda) or, with archived=False, bring back."""
    with db.atomic():
        id_list = _existing(ids)
        stamp = now()
        for start in range(0, len(id_list), 500):
            Contact.update(archived=archived, updated_at=stamp).where(
                Contact.id.in_(id_list[start : start + 500])
            ).execute()
        return len(id_list)


def snapshot_contact(db: SqliteDatabase, contact_id: int) -> ContactSnapshot:
    c = _get(contact_id)
    return ContactSnapshot(
        contact_id=contact_id,
        record=load_contact(db, contact_id),
        tier_since=c.tier_since,
        created_at=c.created_at,
        last_reviewed=c.last_reviewed,
        archived=c.archived,
        touchpoints=_dict_rows(Touchpoint.select().where(Touchpoint.contact == contact_id)),
        tier_changes=_dict_rows(TierChange.select().where(TierChange.contact == contact_id)),
        positions=_dict_rows(Position.select().where(Position.contact == contact_id)),
    )


def delete_contacts(db: SqliteDatabase, ids: Iterable[int]) -> list[ContactSnapshot]:
    """Delete contacts for good; returns snapshots that `restore_contacts` can bring back."""
    id_list = list(ids)
    with db.atomic():
        snapshots = [snapshot_contact(db, cid) for cid in id_list]
        for snap, cid in zip(snapshots, id_list, strict=True):
            snap.ties = saved_ties(db, cid)
        Contact.delete().where(Contact.id.in_(id_list)).execute()
        reindex_contacts(db, id_list)
    return snapshots


def restore_contacts(db: SqliteDatabase, snapshots: Iterable[ContactSnapshot]) -> list[int]:
    """Undo a delete: recreate the contacts with their history and ties, under their old ids."""
    snapshots = list(snapshots)
    new_ids = []
    with db.atomic():
        for snap in snapshots:
            rec = snap.record
            same_id = {}
            if snap.contact_id is not None and not Contact.get_or_none(id=snap.contact_id):
                same_id = {"id": snap.contact_id}
            contact = Contact.create(
                **same_id,
                uid=rec.uid,
                display_name=rec.computed_display_name(),
                birthday=rec.birthday.isoformat() if rec.birthday else None,
                tier=rec.tier,
                tier_since=snap.tier_since,
                created_at=snap.created_at,
                last_reviewed=snap.last_reviewed,
                archived=snap.archived,
                **{f: getattr(rec, f) for f in _SCALAR_FIELDS},
            )
            _write_children(contact.id, rec)
            for model, rows in (
                (Touchpoint, snap.touchpoints),
                (TierChange, snap.tier_changes),
                (Position, snap.positions),
            ):
                for row in rows:
                    values = {k: v for k, v in row.items() if k not in ("id", "contact")}
                    model.create(contact=contact, **values)
            new_ids.append(contact.id)
        for snap, new_id in zip(snapshots, new_ids, strict=True):
            if snap.ties and new_id == snap.contact_id:
                restore_ties(db, snap.ties)
        reindex_contacts(db, new_ids)
    return new_ids
