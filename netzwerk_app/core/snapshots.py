"""Snapshots of contacts for undo: to and from JSON, restored in place, and state digests.

An import or a merge stores how a contact looked before (`snapshot_to_json`) and a digest of
how it looked right after (`state_digests`). Undo compares the digest with the contact now: a
contact edited since is left alone and reported; otherwise it is put back (`restore_in_place`).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from peewee import SqliteDatabase

from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.contacts import (
    _SCALAR_FIELDS,
    ContactSnapshot,
    _write_children,
)
from netzwerk_app.core.models import Contact, Position, TierChange, Touchpoint, now
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
)
from netzwerk_app.core.search import reindex_contacts

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


def state_digests(db: SqliteDatabase, ids: Iterable[int]) -> dict[int, str]:
    """A digest per existing contact of its row and every row that belongs to it.

    Any edit (a field, a method, a tag, a touchpoint, a tier change) changes the digest.
    """
    wanted = list(dict.fromkeys(int(i) for i in ids))
    parts: dict[int, list[str]] = {}
    for chunk in batches(wanted):
        in_chunk = marks(chunk)
        for row in db.execute_sql(f"SELECT * FROM contact WHERE id IN ({in_chunk})", chunk):
            parts[row[0]] = [repr(row)]
        for table in CONTACT_TABLES:
            cursor = db.execute_sql(
                f"SELECT * FROM {table} WHERE contact_id IN ({in_chunk}) ORDER BY id", chunk
            )
            col = [d[0] for d in cursor.description].index("contact_id")
            for row in cursor:
                if row[col] in parts:
                    parts[row[col]].append(f"{table}:{row!r}")
    return {
        cid: hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()
        for cid, lines in parts.items()
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
        Contact.update(
            uid=rec.uid,
            display_name=rec.computed_display_name(),
            birthday=rec.birthday.isoformat() if rec.birthday else None,
            tier=rec.tier,
            tier_since=snapshot.tier_since,
            last_reviewed=snapshot.last_reviewed,
            archived=snapshot.archived,
            updated_at=now(),
            **{f: getattr(rec, f) for f in _SCALAR_FIELDS},
        ).where(Contact.id == cid).execute()
        _write_children(cid, rec)
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
