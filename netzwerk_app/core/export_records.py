"""The records an export writes: all contacts, one tier's, or a selection, read in chunks.

Read with plain SQL through any database with ``execute_sql`` (Peewee's `SqliteDatabase` or
the command line's `connections.PlainDatabase`): no Peewee model is imported or built, so that
`netzwerk export` reads as fast as SQLite hands out rows. One query per table and chunk of
500 contacts, the rows grouped by contact id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.records import (
    AddressRecord,
    ContactMethodRecord,
    ContactRecord,
    parse_stored_birthday,
    validate_tier,
)

TYPE_CHECKING = False  # typing is not imported at run time (the command line starts faster)
if TYPE_CHECKING:
    from netzwerk_app.core.listing import Database


# The contact columns a `ContactRecord` holds under the same name (`contacts.RECORD_COLUMNS`,
# which a test holds equal); birthday and met_on are converted from their stored text.
RECORD_COLUMNS: tuple[str, ...] = (
    "uid", "prefix", "given_name", "additional_names", "family_name", "suffix", "display_name",
    "nickname", "organization", "department", "title", "birthday", "notes", "tier", "met_where",
    "met_on", "they_offer", "i_offer", "interests", "photo_url",
)  # fmt: skip
_BIRTHDAY = RECORD_COLUMNS.index("birthday")
_MET_ON = RECORD_COLUMNS.index("met_on")


def load_records_for_export(
    db: Database, tier: str | None = None, ids: Sequence[int] | None = None
) -> list[ContactRecord]:
    """Records to export: all contacts, those of one tier, or a selection of ids.

    ``tier`` is "A".."D", or "unsorted"/"none" for contacts without a tier; None means all.
    """
    return list(iter_records_for_export(db, tier, ids))


def export_ids(
    db: Database, tier: str | None = None, ids: Sequence[int] | None = None
) -> list[int]:
    """The ids of the contacts to export, in the order their chunks are read: all contacts in
    name order, one tier's or the chosen ones (existing only) in id order."""
    sql = "SELECT id FROM contact"
    params: list[object] = []
    if tier is not None:
        canonical = validate_tier(tier)
        if canonical is None:
            sql += " WHERE tier IS NULL"
        else:
            sql += " WHERE tier = ?"
            params.append(canonical)
    if ids is not None:
        wanted = list(ids)
        if len(wanted) < 900:
            sql += (
                " AND" if params or tier is not None else " WHERE"
            ) + f" id IN ({marks(wanted)})"
            params += wanted
        chosen = set(wanted)
        return [row[0] for row in db.execute_sql(sql, params) if row[0] in chosen]
    if tier is None:  # all, in name order: chunks of the ordered ids
        sql += " ORDER BY display_name, id"
    return [row[0] for row in db.execute_sql(sql, params)]


def iter_records_for_export(
    db: Database, tier: str | None = None, ids: Sequence[int] | None = None
) -> Iterator[ContactRecord]:
    """`load_records_for_export`, read 500 contacts at a time (a streamed export); each chunk
    in name order."""
    for chunk in batches(export_ids(db, tier, ids)):
        yield from records_of(db, chunk)


def _stored_date(text: str | None) -> dt.date | None:
    """A stored date ("YYYY-MM-DD", or a timestamp whose day it is) as a date."""
    return dt.date.fromisoformat(text[:10]) if text else None


def records_of(db: Database, ids: list[int], with_photo: bool = True) -> list[ContactRecord]:
    """Full records of the given contacts (at most a chunk's worth), in name order."""
    return [record for _cid, record in records_with_ids(db, ids, with_photo)]


def records_with_ids(
    db: Database, ids: list[int], with_photo: bool = True
) -> list[tuple[int, ContactRecord]]:
    """`records_of`, each record beside its contact's id."""
    in_ids = marks(ids)
    methods: dict[int, list[ContactMethodRecord]] = {i: [] for i in ids}
    addresses: dict[int, list[AddressRecord]] = {i: [] for i in ids}
    tags: dict[int, list[str]] = {i: [] for i in ids}
    raws: dict[int, list[str]] = {i: [] for i in ids}
    photos: dict[int, tuple[bytes, str]] = {}
    for cid, kind, value, label, preferred in db.execute_sql(
        "SELECT contact_id, kind, value, label, preferred FROM contact_method"
        f" WHERE contact_id IN ({in_ids}) ORDER BY position, id",
        ids,
    ):
        methods[cid].append(ContactMethodRecord(kind, value, label, bool(preferred)))
    for a in db.execute_sql(
        "SELECT contact_id, label, po_box, extended, street, locality, region, postal_code,"
        f" country, preferred FROM address WHERE contact_id IN ({in_ids}) ORDER BY position, id",
        ids,
    ):
        addresses[a[0]].append(
            AddressRecord(a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], bool(a[9]))
        )
    for cid, name in db.execute_sql(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        f" WHERE ct.contact_id IN ({in_ids}) ORDER BY t.name",
        ids,
    ):
        tags[cid].append(name)
    for cid, line in db.execute_sql(
        f"SELECT contact_id, line FROM raw_property WHERE contact_id IN ({in_ids})"
        " ORDER BY position, id",
        ids,
    ):
        raws[cid].append(line)
    if with_photo:
        for cid, data, mime in db.execute_sql(
            f"SELECT contact_id, data, mime FROM photo WHERE contact_id IN ({in_ids})", ids
        ):
            photos[cid] = (bytes(data), mime)
    result = []
    columns = ", ".join(RECORD_COLUMNS)
    for row in db.execute_sql(
        f"SELECT id, {columns} FROM contact WHERE id IN ({in_ids}) ORDER BY display_name, id",
        ids,
    ):
        cid = row[0]
        values = list(row[1:])
        values[_BIRTHDAY] = parse_stored_birthday(values[_BIRTHDAY])
        values[_MET_ON] = _stored_date(values[_MET_ON])
        photo = photos.get(cid)
        record = ContactRecord(*values[:19])  # uid … interests, in the record's order
        record.methods, record.addresses, record.tags = methods[cid], addresses[cid], tags[cid]
        if photo:
            record.photo, record.photo_mime = photo
        record.photo_url, record.raw_properties = values[19], raws[cid]
        result.append((cid, record))
    return result
