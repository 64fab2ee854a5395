"""Reading contacts, shared by the GUI and the command line: the list's rows, full records,
photos, tags and the command line's JSON.

Every function takes the opened database first and raises `ContactNotFound` for an id that
names no contact. Writing contacts is `contact_writes`; tiers and careers `history`; deleting
with undo `snapshots`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.listing import ALL_TIERS, ContactRow, contact_dicts, list_contacts
from netzwerk_app.core.records import (
    AddressRecord,
    ContactMethodRecord,
    ContactNotFound,
    ContactRecord,
    parse_stored_birthday,
)

TYPE_CHECKING = False  # (the ORM is imported where it is used: not by the first frame)
if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from netzwerk_app.core.models import Contact

__all__ = [
    "ALL_TIERS",
    "ContactRow",
    "LoadedContact",
    "contact_dicts",
    "contact_rows",
    "list_contacts",
    "load_contact",
    "load_contacts",
]


@dataclass(frozen=True)
class LoadedContact:
    """A contact's record together with the revision it was read at (the base of an edit)."""

    record: ContactRecord
    revision: int


@functools.cache
def record_columns() -> tuple[str, ...]:
    """The contact columns a `ContactRecord` holds under the same name (read as they are
    stored); also `RECORD_COLUMNS` (made when first asked for: it reads the models)."""
    from netzwerk_app.core.models import Contact

    fields = {f.name for f in dataclasses.fields(ContactRecord)}
    return tuple(name for name in Contact._meta.sorted_field_names if name in fields)


def __getattr__(name: str) -> Any:
    if name == "RECORD_COLUMNS":
        return record_columns()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get_contact(contact_id: int) -> Contact:
    """The contact's row; raises `ContactNotFound`."""
    from netzwerk_app.core.models import Contact

    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ContactNotFound(contact_id)
    return contact


# ---------------------------------------------------------------- the list
# `list_contacts`, `contact_rows`' rows and `contact_dicts` are read with plain SQL in `listing`
# (which the command line uses without this module's imports).


def contact_rows(
    db: SqliteDatabase, ids: Iterable[int], today: dt.date | None = None
) -> dict[int, ContactRow]:
    """List rows of the given contacts keyed by id, archived ones included; unknown ids missing."""
    rows = list_contacts(db, include_archived=True, today=today, ids=ids)
    return {row.id: row for row in rows}


# ---------------------------------------------------------------- records


def load_contact(db: SqliteDatabase, contact_id: int, with_photo: bool = True) -> ContactRecord:
    """The full record of one contact."""
    c = get_contact(contact_id)
    return _records_for(db, [c], with_photo=with_photo)[0]


def display_names(db: SqliteDatabase, ids: Iterable[int]) -> dict[int, str]:
    """The stored display name of each of the contacts ``ids`` that exist, read in batches."""
    names: dict[int, str] = {}
    for chunk in batches(sorted(ids)):
        sql = f"SELECT id, display_name FROM contact WHERE id IN ({marks(chunk)})"
        names.update(db.execute_sql(sql, chunk))
    return names


def load_contacts(
    db: SqliteDatabase, ids: Sequence[int] | None = None, with_photo: bool = True
) -> list[ContactRecord]:
    """Full records of the given contacts (all contacts when ids is None), in name order."""
    from netzwerk_app.core.models import Contact

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
    from netzwerk_app.core.models import Address, ContactMethod, ContactTag, Photo, RawProperty, Tag

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
        columns = {name: getattr(c, name) for name in record_columns()}
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
    from netzwerk_app.core.models import Contact

    c = Contact.get_or_none(Contact.uid == uid)
    return c.id if c else None


def has_photo(contact_id: int) -> bool:
    from netzwerk_app.core.models import Photo

    return Photo.select().where(Photo.contact == contact_id).exists()


def photo_of(contact_id: int, db: Any = None) -> tuple[bytes, str] | None:
    """The contact's photo and its type; read through `db` by SQL when given (the list's
    first frame: no ORM), else through the models' database."""
    if db is not None:
        row = db.execute_sql(
            "SELECT data, mime FROM photo WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        return (bytes(row[0]), row[1]) if row else None
    from netzwerk_app.core.models import Photo

    p = Photo.get_or_none(Photo.contact == contact_id)
    return (bytes(p.data), p.mime) if p else None


def all_tags(db: SqliteDatabase) -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT name FROM tag ORDER BY name COLLATE NOCASE")]
