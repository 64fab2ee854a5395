"""The writes of an import: new contacts and merges, in bulk through ``executemany``."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.history import REASON_IMPORTED, record_position_change
from netzwerk_app.core.import_merge import Merge
from netzwerk_app.core.models import Contact
from netzwerk_app.core.records import AddressRecord, Birthday, ContactMethodRecord, ContactRecord

_CONTACT_COLUMNS = (
    "id",
    "uid",
    "prefix",
    "given_name",
    "additional_names",
    "family_name",
    "suffix",
    "display_name",
    "nickname",
    "organization",
    "department",
    "title",
    "birthday",
    "notes",
    "tier",
    "tier_since",
    "met_where",
    "met_on",
    "they_offer",
    "i_offer",
    "interests",
    "photo_url",
    "created_at",
    "updated_at",
    "archived",
)


def load_in_id_order(db: SqliteDatabase, ids: list[int]) -> list[ContactRecord]:
    records = load_contacts(db, ids, with_photo=False)
    # load_contacts orders by name; map back by uid
    marks = ",".join("?" * len(ids))
    uid_of = dict(db.execute_sql(f"SELECT id, uid FROM contact WHERE id IN ({marks})", ids))
    by_uid = {r.uid: r for r in records}
    return [by_uid[uid_of[cid]] for cid in ids]


def _now() -> str:
    return clock.now().isoformat(" ")


def _tag_ids(db: SqliteDatabase, names: Iterable[str]) -> dict[str, int]:
    """Ids of tags by casefolded name, creating missing tags."""
    wanted: dict[str, str] = {}
    for name in names:
        if name.strip():
            wanted.setdefault(name.strip().casefold(), name.strip())
    if not wanted:
        return {}
    ids: dict[str, int] = {}
    for tid, name in db.execute_sql("SELECT id, name FROM tag"):
        ids.setdefault(name.casefold(), tid)
    missing = [(name,) for key, name in wanted.items() if key not in ids]
    if missing:
        db.cursor().executemany("INSERT OR IGNORE INTO tag(name) VALUES (?)", missing)
        for tid, name in db.execute_sql("SELECT id, name FROM tag"):
            ids.setdefault(name.casefold(), tid)
    return ids


def _child_rows(
    cid: int,
    methods: list[ContactMethodRecord],
    addresses: list[AddressRecord],
    raw: list[str],
    method_start: int,
    address_start: int,
    raw_start: int,
    out: dict[str, list[tuple]],
) -> None:
    for pos, m in enumerate(methods, method_start):
        if m.value.strip():
            out["method"].append((cid, m.kind, m.value.strip(), m.label, int(m.preferred), pos))
    for pos, a in enumerate(addresses, address_start):
        if not a.is_empty():
            out["address"].append(
                (cid, a.label, a.po_box, a.extended, a.street, a.locality, a.region,
                 a.postal_code, a.country, int(a.preferred), pos)
            )  # fmt: skip
    for pos, line in enumerate(raw, raw_start):
        out["raw"].append((cid, pos, line))


# The child rows of contacts, by their key in `_empty_rows`, and how each is inserted.
_CHILD_INSERTS = (
    (
        "method",
        "INSERT INTO contact_method(contact_id, kind, value, label, preferred, position)"
        " VALUES (?, ?, ?, ?, ?, ?)",
    ),
    (
        "address",
        "INSERT INTO address(contact_id, label, po_box, extended, street, locality, region,"
        " postal_code, country, preferred, position) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    ),
    ("raw", "INSERT INTO raw_property(contact_id, position, line) VALUES (?, ?, ?)"),
    ("tag", "INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) VALUES (?, ?)"),
    ("photo", "INSERT INTO photo(contact_id, data, mime) VALUES (?, ?, ?)"),
    (
        "position",
        "INSERT INTO position(contact_id, organization, department, title, recorded_on)"
        " VALUES (?, ?, ?, ?, ?)",
    ),
    (
        "tier_change",
        "INSERT INTO tier_change(contact_id, from_tier, to_tier, changed_at, reason)"
        " VALUES (?, ?, ?, ?, ?)",
    ),
)


def _insert_children(db: SqliteDatabase, rows: dict[str, list[tuple]]) -> None:
    cursor = db.cursor()
    for key, sql in _CHILD_INSERTS:
        if rows[key]:
            cursor.executemany(sql, rows[key])


def _empty_rows() -> dict[str, list[tuple]]:
    return {key: [] for key, _sql in _CHILD_INSERTS}


def insert_new(db: SqliteDatabase, new_records: dict[int, ContactRecord], today: dt.date) -> None:
    if not new_records:
        return
    stamp = _now()
    day = today.isoformat()
    tag_ids = _tag_ids(db, (t for r in new_records.values() for t in r.tags))
    contacts = []
    rows = _empty_rows()
    for cid, r in new_records.items():
        contacts.append(
            (cid, r.uid or str(uuid.uuid4()), r.prefix, r.given_name, r.additional_names,
             r.family_name, r.suffix, r.display_name, r.nickname, r.organization, r.department,
             r.title, r.birthday.isoformat() if r.birthday else None, r.notes, r.tier,
             day if r.tier else None, r.met_where, r.met_on.isoformat() if r.met_on else None,
             r.they_offer, r.i_offer, r.interests, r.photo_url, stamp, stamp, 0)
        )  # fmt: skip
        _child_rows(cid, r.methods, r.addresses, r.raw_properties, 0, 0, 0, rows)
        seen: set[int] = set()
        for t in r.tags:
            tid = tag_ids.get(t.strip().casefold())
            if tid is not None and tid not in seen:
                seen.add(tid)
                rows["tag"].append((cid, tid))
        if r.photo:
            rows["photo"].append((cid, r.photo, r.photo_mime or "image/jpeg"))
        if r.organization or r.title:
            rows["position"].append((cid, r.organization, r.department, r.title, day))
        if r.tier:
            rows["tier_change"].append((cid, None, r.tier, stamp, REASON_IMPORTED))
    marks = ",".join("?" * len(_CONTACT_COLUMNS))
    db.cursor().executemany(
        f"INSERT INTO contact({', '.join(_CONTACT_COLUMNS)}) VALUES ({marks})", contacts
    )
    _insert_children(db, rows)


def write_updates(
    db: SqliteDatabase,
    updates: dict[int, Merge],
    existing: dict[int, ContactRecord],
    today: dt.date,
) -> None:
    if not updates:
        return
    stamp = _now()
    tag_ids = _tag_ids(db, (t for m in updates.values() for t in m.tags))
    rows = _empty_rows()
    counts: dict[int, tuple[int, int, int]] = {}
    for chunk in batches(list(updates)):
        for table, idx in (("contact_method", 0), ("address", 1), ("raw_property", 2)):
            for cid, top in db.execute_sql(
                f"SELECT contact_id, MAX(position) FROM {table}"
                f" WHERE contact_id IN ({marks(chunk)})"
                " GROUP BY contact_id",
                chunk,
            ):
                c = list(counts.get(cid, (0, 0, 0)))
                c[idx] = (top or 0) + 1
                counts[cid] = (c[0], c[1], c[2])
    for cid, merge in updates.items():
        if merge.career:
            contact = Contact.get_by_id(cid)
            org, dept, title = merge.career
            record_position_change(contact, org, dept, title, today)
            merge.fields.update(organization=org, department=dept, title=title)
        if merge.fields:
            values = dict(merge.fields)
            if "birthday" in values:
                b = values["birthday"]
                values["birthday"] = b.isoformat() if isinstance(b, Birthday) else b
            if "met_on" in values and isinstance(values["met_on"], dt.date):
                values["met_on"] = values["met_on"].isoformat()
            values["updated_at"] = stamp
            sets = ", ".join(f"{k} = ?" for k in values)
            db.execute_sql(f"UPDATE contact SET {sets} WHERE id = ?", [*values.values(), cid])
        else:
            db.execute_sql("UPDATE contact SET updated_at = ? WHERE id = ?", [stamp, cid])
        m0, a0, r0 = counts.get(cid, (0, 0, 0))
        _child_rows(cid, merge.methods, merge.addresses, merge.raw, m0, a0, r0, rows)
        for t in merge.tags:
            tid = tag_ids.get(t.strip().casefold())
            if tid is not None:
                rows["tag"].append((cid, tid))
        if merge.photo:
            db.execute_sql("DELETE FROM photo WHERE contact_id = ?", [cid])
            rows["photo"].append((cid, merge.photo[0], merge.photo[1]))
        if merge.tier:
            new_tier = merge.tier[0]
            old = db.execute_sql("SELECT tier FROM contact WHERE id = ?", [cid]).fetchone()[0]
            db.execute_sql(
                "UPDATE contact SET tier = ?, tier_since = ? WHERE id = ?",
                [new_tier, today.isoformat() if new_tier else None, cid],
            )
            rows["tier_change"].append((cid, old, new_tier, stamp, REASON_IMPORTED))
    _insert_children(db, rows)
