"""Snapshots of contacts for undo: taken, to and from JSON, restored, and state digests.

Deleting contacts returns their snapshots, and `restore_contacts` brings them back. An import
or a merge stores how a contact looked before (`snapshot_to_json`) and a digest of how it
looked right after (`state_digests`). Undo compares the digest with the contact now: a contact
edited since is left alone and reported; otherwise it is put back (`restore_in_place`).
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import datetime as dt
import hashlib
import json
import marshal
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import SqliteDatabase

from netzwerk_app.core.batches import IN_JSON, as_json, batches, marks
from netzwerk_app.core.contact_writes import stored_fields, write_children
from netzwerk_app.core.contacts import get_contact, load_contact, load_contacts
from netzwerk_app.core.models import Contact, Position, TierChange, Touchpoint, now
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactNotFound,
    ContactRecord,
)
from netzwerk_app.core.search import reindex_contacts
from netzwerk_app.core.ties import restore_ties, saved_ties

# Tables whose rows belong to one contact (column contact_id): all of them make its state.
CONTACT_TABLES = (
    "contact_method",
    "address",
    "contact_tag",
    "photo",
    "touchpoint",
    "tier_change",
    "position",
    "raw_property",
    "snooze",
)


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


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Birthday):
        return {"$birthday": value.isoformat()}
    raise TypeError(f"cannot store {type(value).__name__} in a snapshot")


def _decode(obj: dict) -> Any:
    if len(obj) == 1:
        ((key, text),) = obj.items()
        if key == "$datetime":
            return dt.datetime.fromisoformat(text)
        if key == "$date":
            return dt.date.fromisoformat(text)
        if key == "$bytes":
            return base64.b64decode(text)
        if key == "$birthday":
            return Birthday.parse(text)
    return obj


def snapshot_to_json(snapshot: ContactSnapshot) -> str:
    """A snapshot as JSON text (photo bytes in base64, dates in ISO form)."""
    record = {f.name: getattr(snapshot.record, f.name) for f in dataclasses.fields(ContactRecord)}
    record["methods"] = [dataclasses.asdict(m) for m in snapshot.record.methods]
    record["addresses"] = [dataclasses.asdict(a) for a in snapshot.record.addresses]
    data = {
        "contact_id": snapshot.contact_id,
        "record": record,
        "tier_since": snapshot.tier_since,
        "created_at": snapshot.created_at,
        "last_reviewed": snapshot.last_reviewed,
        "archived": snapshot.archived,
        "touchpoints": snapshot.touchpoints,
        "tier_changes": snapshot.tier_changes,
        "positions": snapshot.positions,
    }
    return json.dumps(data, default=_encode, ensure_ascii=False)


def snapshot_from_json(text: str) -> ContactSnapshot:
    """The snapshot `snapshot_to_json` wrote."""
    data = json.loads(text, object_hook=_decode)
    rec = dict(data["record"])
    rec["methods"] = [ContactMethodRecord(**m) for m in rec["methods"]]
    rec["addresses"] = [AddressRecord(**a) for a in rec["addresses"]]
    return ContactSnapshot(
        record=ContactRecord(**rec),
        tier_since=data["tier_since"],
        created_at=data["created_at"],
        last_reviewed=data["last_reviewed"],
        archived=bool(data["archived"]),
        touchpoints=data["touchpoints"],
        tier_changes=data["tier_changes"],
        positions=data["positions"],
        contact_id=data["contact_id"],
    )


# A digest made since the digests' second version starts with this. One without it was made
# the first way (`state_line`, `digest_of`), and a contact is compared with it that way.
DIGEST_V2 = "2:"


def state_digests(
    db: SqliteDatabase, ids: Iterable[int], old: Container[int] = ()
) -> dict[int, str]:
    """A digest per existing contact of its row and every row that belongs to it.

    Any edit (a field, a method, a tag, a touchpoint, a tier change) changes the digest.
    ``old``: the contacts whose digest is wanted as the first version made it, to compare with
    a digest stored then (one without `DIGEST_V2`).
    """
    wanted = list(dict.fromkeys(int(i) for i in ids))
    parts: dict[int, list[Any]] = {}
    for chunk in batches(wanted):
        in_chunk = marks(chunk)
        for row in db.execute_sql(f"SELECT * FROM contact WHERE id IN ({in_chunk})", chunk):
            parts[row[0]] = [row]
        for table in CONTACT_TABLES:
            cursor = db.execute_sql(
                f"SELECT * FROM {table} WHERE contact_id IN ({in_chunk}) ORDER BY id", chunk
            )
            col = [d[0] for d in cursor.description].index("contact_id")
            for row in cursor:
                if row[col] in parts:
                    parts[row[col]].append((table, row))
    return {
        cid: _first_digest(found) if cid in old else digest_v2(found)
        for cid, found in parts.items()
    }


def digests_as_stored(db: SqliteDatabase, stored: dict[int, str]) -> dict[int, str]:
    """`state_digests` of the contacts of ``stored`` (contact id -> a digest kept for undo),
    each made in the version its kept digest was made in, so that the two compare equal
    exactly when the contact has not changed since."""
    first_way = {cid for cid, digest in stored.items() if not digest.startswith(DIGEST_V2)}
    return state_digests(db, stored, old=first_way)


def digest_v2(parts: list[Any]) -> str:
    """The digest of a contact's rows: its row of ``contact``, then ``(table, row)`` for each
    of its rows of `CONTACT_TABLES`, by table in that order and by id within a table (every
    row with all its columns in the table's order, as SQLite gives them). `state_digests`
    reads them, an import makes them from what it writes (`import_writes`). They are written
    by `marshal`'s version 0: no references, so equal values give equal bytes whatever objects
    hold them, and far cheaper than the first version's `repr` of each row."""
    return DIGEST_V2 + hashlib.sha256(marshal.dumps(parts, 0)).hexdigest()


def _first_digest(parts: list[Any]) -> str:
    return digest_of([state_line(None, parts[0]), *(state_line(t, r) for t, r in parts[1:])])


def state_line(table: str | None, row: tuple) -> str:
    """A row as a contact's digest of the first version holds it: its row of ``contact``
    (``table`` None), or one of its rows of `CONTACT_TABLES` (all columns, in the table's
    order, as SQLite gives them). The digest (`digest_of`) is of the contact row's line, then
    the other rows' lines, in the order `digest_v2` takes them."""
    return repr(row) if table is None else f"{table}:{row!r}"


def digest_of(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()


def _row_of(snapshot: ContactSnapshot) -> dict[str, object]:
    """The contact row's columns as the snapshot holds them (all but id and timestamps)."""
    rec = snapshot.record
    return {
        "uid": rec.uid,
        "tier": rec.tier,
        "tier_since": snapshot.tier_since,
        "last_reviewed": snapshot.last_reviewed,
        "archived": snapshot.archived,
        **stored_fields(rec),
    }


def _row_values(row: dict, contact_id: int) -> dict:
    values = {k: v for k, v in row.items() if k != "contact"}
    values["contact"] = contact_id
    return values


def restore_in_place(
    db: SqliteDatabase, snapshot: ContactSnapshot, with_touchpoints: bool = False
) -> None:
    """Put an existing contact back as the snapshot holds it (fields, methods, tags, photo,
    tier and career history; touchpoints too when ``with_touchpoints``). Rows keep their ids."""
    cid = snapshot.contact_id
    if cid is None:
        raise ValueError("a snapshot without a contact id cannot be restored in place")
    rec = snapshot.record
    with db.atomic():
        Contact.update(updated_at=now(), **_row_of(snapshot)).where(Contact.id == cid).execute()
        write_children(cid, rec)
        tables: list[tuple[Any, list[dict]]] = [
            (TierChange, snapshot.tier_changes),
            (Position, snapshot.positions),
        ]
        if with_touchpoints:
            tables.append((Touchpoint, snapshot.touchpoints))
        for model, rows in tables:
            model.delete().where(model.contact == cid).execute()
            for row in rows:
                model.insert(**_row_values(row, cid)).execute()
        reindex_contacts(db, [cid])


# ---------------------------------------------------------------- delete and undo


def _dict_rows(query: Any) -> list[dict[str, Any]]:
    """A query's rows as dicts (peewee's stubs type `.dicts()` rows as models)."""
    return cast("list[dict[str, Any]]", list(query.dicts()))


def snapshot_contact(db: SqliteDatabase, contact_id: int) -> ContactSnapshot:
    c = get_contact(contact_id)
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


def snapshot_contacts(db: SqliteDatabase, ids: Iterable[int]) -> list[ContactSnapshot]:
    """`snapshot_contact` of each id, in the order given, read a batch of ids at a time (a few
    queries per batch instead of about ten per contact).

    Raises `ContactNotFound` for the first id that names no contact.
    """
    id_list = list(ids)
    taken: dict[int, ContactSnapshot] = {}
    for chunk in batches(list(dict.fromkeys(id_list))):
        rows = {
            c.id: c
            for c in Contact.select(
                Contact.id, Contact.uid, Contact.tier_since, Contact.created_at,
                Contact.last_reviewed, Contact.archived,
            ).where(Contact.id.in_(chunk)).namedtuples()
        }  # fmt: skip
        records = {record.uid: record for record in load_contacts(db, list(rows))}
        touchpoints, tier_changes, positions = (
            _rows_by_contact(model, list(rows)) for model in (Touchpoint, TierChange, Position)
        )
        for cid, c in rows.items():
            taken[cid] = ContactSnapshot(
                contact_id=cid,
                record=records[c.uid],
                tier_since=c.tier_since,
                created_at=c.created_at,
                last_reviewed=c.last_reviewed,
                archived=c.archived,
                touchpoints=touchpoints[cid],
                tier_changes=tier_changes[cid],
                positions=positions[cid],
            )
    snapshots, given = [], set()
    for cid in id_list:
        if cid not in taken:
            raise ContactNotFound(cid)
        # an id given twice: a snapshot of its own each time, as one at a time gave
        snapshots.append(copy.deepcopy(taken[cid]) if cid in given else taken[cid])
        given.add(cid)
    return snapshots


def _rows_by_contact(model: Any, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The rows of a contact's table (touchpoints, tier changes, positions) per contact, as
    dicts in the order they were written."""
    grouped: dict[int, list[dict[str, Any]]] = {cid: [] for cid in ids}
    for row in _dict_rows(model.select().where(model.contact.in_(ids)).order_by(model.id)):
        grouped[row["contact"]].append(row)
    return grouped


def delete_contacts(db: SqliteDatabase, ids: Iterable[int]) -> list[ContactSnapshot]:
    """Delete contacts for good; returns snapshots that `restore_contacts` can bring back."""
    id_list = list(ids)
    with db.atomic():
        snapshots = snapshot_contacts(db, id_list)
        for snap, cid in zip(snapshots, id_list, strict=True):
            snap.ties = saved_ties(db, cid)
        db.execute_sql(f"DELETE FROM contact WHERE id {IN_JSON}", (as_json(id_list),))
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
            contact = Contact.create(**same_id, created_at=snap.created_at, **_row_of(snap))
            write_children(contact.id, rec)
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
