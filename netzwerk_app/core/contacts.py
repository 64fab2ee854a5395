"""Reading contacts, shared by the GUI and the command line: the list's rows, full records,
photos, tags and the command line's JSON.

Every function takes the opened database first and raises `ContactNotFound` for an id that
names no contact. Writing contacts is `contact_writes`; tiers and careers `history`; deleting
with undo `snapshots`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock, due
from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.models import (
    Address,
    Contact,
    ContactMethod,
    ContactTag,
    Photo,
    RawProperty,
    Tag,
)
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactNotFound,
    ContactRecord,
    parse_stored_birthday,
    validate_tier,
)
from netzwerk_app.core.search import search_contact_ids

ALL_TIERS = object()  # sentinel for "no tier filter"


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


@dataclass(frozen=True)
class LoadedContact:
    """A contact's record together with the revision it was read at (the base of an edit)."""

    record: ContactRecord
    revision: int


# The contact columns a `ContactRecord` holds under the same name (read as they are stored).
RECORD_COLUMNS: tuple[str, ...] = tuple(
    name
    for name in Contact._meta.sorted_field_names
    if name in {f.name for f in dataclasses.fields(ContactRecord)}
)


def get_contact(contact_id: int) -> Contact:
    """The contact's row; raises `ContactNotFound`."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ContactNotFound(contact_id)
    return contact


# ---------------------------------------------------------------- the list


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
    for chunk in batches(ids):
        in_chunk = marks(chunk)
        for cid, kind, value in db.execute_sql(
            f"SELECT contact_id, kind, value FROM contact_method WHERE contact_id IN ({in_chunk})"
            " AND kind IN ('email', 'phone') ORDER BY position, id",
            chunk,
        ):
            extra[cid]["emails" if kind == "email" else "phones"].append(value)
        for cid, name in db.execute_sql(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            f" WHERE ct.contact_id IN ({in_chunk}) ORDER BY t.name",
            chunk,
        ):
            extra[cid]["tags"].append(name)
        for cid, given, family, notes in db.execute_sql(
            f"SELECT id, given_name, family_name, notes FROM contact WHERE id IN ({in_chunk})",
            chunk,
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


# ---------------------------------------------------------------- records


def load_contact(db: SqliteDatabase, contact_id: int, with_photo: bool = True) -> ContactRecord:
    """The full record of one contact."""
    c = get_contact(contact_id)
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


def load_contact_state(db: SqliteDatabase, contact_id: int) -> LoadedContact:
    """The full record of one contact and its revision, read in one snapshot."""
    with db.atomic():
        c = get_contact(contact_id)
        return LoadedContact(record_of(db, c), c.revision)


def contact_revision(contact_id: int) -> int:
    """The stored revision of a contact; raises `ContactNotFound`."""
    return get_contact(contact_id).revision


def record_of(db: SqliteDatabase, contact: Contact) -> ContactRecord:
    """The full record (photo included) of a contact whose row was read already."""
    return _records_for(db, [contact], with_photo=True)[0]


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
    for chunk in batches(ids):
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
        columns = {name: getattr(c, name) for name in RECORD_COLUMNS}
        columns["birthday"] = parse_stored_birthday(c.birthday)
        result.append(
            ContactRecord(
                **columns, methods=methods[c.id], addresses=addresses[c.id], tags=tags[c.id],
                photo=photo[0] if photo else None, photo_mime=photo[1] if photo else "",
                raw_properties=raws[c.id],
            )
        )  # fmt: skip
    return result


# ---------------------------------------------------------------- lookups


def contact_id_by_uid(uid: str) -> int | None:
    c = Contact.get_or_none(Contact.uid == uid)
    return c.id if c else None


def existing_ids(ids: Iterable[int]) -> list[int]:
    """The ids, without repeats; raises `ContactNotFound` for the first that does not exist."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    found: set[int] = set()
    for chunk in batches(wanted):
        rows = Contact.select(Contact.id).where(Contact.id.in_(chunk)).tuples()
        found.update(c for (c,) in cast("Iterable[tuple[int]]", rows))
    for cid in wanted:
        if cid not in found:
            raise ContactNotFound(cid)
    return wanted


def has_photo(contact_id: int) -> bool:
    return Photo.select().where(Photo.contact == contact_id).exists()


def photo_of(contact_id: int) -> tuple[bytes, str] | None:
    p = Photo.get_or_none(Photo.contact == contact_id)
    return (bytes(p.data), p.mime) if p else None


def all_tags(db: SqliteDatabase) -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT name FROM tag ORDER BY name COLLATE NOCASE")]
