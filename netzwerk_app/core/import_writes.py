"""The writes of an import: new contacts and merges, in bulk through ``executemany``."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from operator import attrgetter, itemgetter
from typing import cast

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.history import REASON_IMPORTED, record_position_change
from netzwerk_app.core.import_merge import Merge
from netzwerk_app.core.models import Contact
from netzwerk_app.core.records import AddressRecord, Birthday, ContactMethodRecord, ContactRecord
from netzwerk_app.core.search import (
    INDEX_FIELDS,
    insert_search_rows,
    prepared_search_row,
    search_row,
)

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


# The child rows of contacts, by their key in `_empty_rows`: the table and the columns each
# row gives (its id is SQLite's), inserted in this order.
_CHILD_TABLES = {
    "method": (
        "contact_method", ("contact_id", "kind", "value", "label", "preferred", "position")
    ),
    "address": (
        "address",
        ("contact_id", "label", "po_box", "extended", "street", "locality", "region",
         "postal_code", "country", "preferred", "position"),
    ),
    "raw": ("raw_property", ("contact_id", "position", "line")),
    "tag": ("contact_tag", ("contact_id", "tag_id")),
    "photo": ("photo", ("contact_id", "data", "mime")),
    "position": (
        "position", ("contact_id", "organization", "department", "title", "recorded_on")
    ),
    "tier_change": (
        "tier_change", ("contact_id", "from_tier", "to_tier", "changed_at", "reason")
    ),
}  # fmt: skip
_CHILD_INSERTS = tuple(
    (
        key,
        f"INSERT{' OR IGNORE' if key == 'tag' else ''} INTO {table}({', '.join(columns)})"
        f" VALUES ({', '.join('?' * len(columns))})",
    )
    for key, (table, columns) in _CHILD_TABLES.items()
)


def _insert_children(db: SqliteDatabase, rows: dict[str, list[tuple]]) -> None:
    cursor = db.cursor()
    for key, sql in _CHILD_INSERTS:
        if rows[key]:
            cursor.executemany(sql, rows[key])


def _empty_rows() -> dict[str, list[tuple]]:
    return {key: [] for key, _sql in _CHILD_INSERTS}


def insert_new(
    db: SqliteDatabase,
    new_records: dict[int, ContactRecord],
    today: dt.date,
    digests: dict[int, str] | None = None,
    search_columns: dict[int, tuple[str, ...]] | None = None,
) -> None:
    """Write new contacts (ids not taken) with their rows and their search rows.

    ``digests``, when given, gets each contact's `snapshots.state_digests` digest, made from
    the rows written rather than read back (left out where the tables are not laid out as
    this module writes them, or SQLite did not number the rows one after the other).
    ``search_columns`` holds search rows made before, without tags, of contacts written as
    their card was read (`import_prepared.new_search_columns`).
    """
    if not new_records:
        return
    stamp = _now()
    day = today.isoformat()
    tag_ids, tag_names = _tag_ids_and_names(db, (t for r in new_records.values() for t in r.tags))
    contacts = []
    rows = _empty_rows()
    search = []
    index_fields = attrgetter(*INDEX_FIELDS)
    for cid, r in new_records.items():
        contacts.append(
            (cid, r.uid or str(uuid.uuid4()), r.prefix, r.given_name, r.additional_names,
             r.family_name, r.suffix, r.display_name, r.nickname, r.organization, r.department,
             r.title, r.birthday.isoformat() if r.birthday else None, r.notes, r.tier,
             day if r.tier else None, r.met_where, r.met_on.isoformat() if r.met_on else None,
             r.they_offer, r.i_offer, r.interests, r.photo_url, stamp, stamp, 0)
        )  # fmt: skip
        first_method = len(rows["method"])
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
        tags = [tag_names[tid] for tid in sorted(seen)]
        columns = search_columns.get(cid) if search_columns else None
        if columns is not None:
            search.append(prepared_search_row(cid, columns, tags))
        else:
            methods = _method_terms(rows["method"], first_method)
            search.append(search_row(cid, index_fields(r), methods, tags))
    marks = ",".join("?" * len(_CONTACT_COLUMNS))
    db.cursor().executemany(
        f"INSERT INTO contact({', '.join(_CONTACT_COLUMNS)}) VALUES ({marks})", contacts
    )
    layouts = _layouts(db) if digests is not None else None
    first_ids = _next_ids(db, rows) if layouts is not None else None
    _insert_children(db, rows)
    if layouts is not None and first_ids is not None and _numbered(db, rows, first_ids):
        assert digests is not None
        digests.update(_digests(contacts, rows, layouts, first_ids))
    insert_search_rows(db, search)


def _method_terms(methods: list[tuple], start: int) -> list[str]:
    """The search terms of the method rows from ``start`` on (`search.search_row`)."""
    from netzwerk_app.core.phones import phone_search_terms  # phonenumbers: only when indexing

    terms = []
    for row in methods[start:]:
        terms.append(row[2])
        if row[1] == "phone":
            terms += phone_search_terms(row[2])
    return terms


def _tag_ids_and_names(
    db: SqliteDatabase, names: Iterable[str]
) -> tuple[dict[str, int], dict[int, str]]:
    """`_tag_ids`, and the stored name of each tag by id."""
    ids = _tag_ids(db, names)
    if not ids:
        return ids, {}
    return ids, dict(db.execute_sql("SELECT id, name FROM tag").fetchall())


# ---------------------------------------------------------------- digests of what was written

# A layout: how a row as written (its id first, then the columns written) reads back with
# `SELECT *`: the values a column left to its default holds (appended to the row), and the
# positions in that longer row of the table's columns, in the table's order (None: as written).
Layout = tuple[tuple[object, ...], "Callable[[tuple], tuple] | None"]


def _layout(db: SqliteDatabase, table: str, written: tuple[str, ...]) -> Layout | None:
    """The `Layout` of ``table`` for rows written with columns ``("id", *written)``; None
    when the table has a column whose default is not NULL or a plain integer."""
    defaults: list[object] = []
    positions = []
    for _cid, name, _type, _notnull, default, _pk in db.execute_sql(
        f"PRAGMA table_info({table})"
    ).fetchall():
        if name in written:
            positions.append(written.index(name))
            continue
        if default is None:
            defaults.append(None)
        elif default.isdigit():
            defaults.append(int(default))
        else:
            return None
        positions.append(len(written) + len(defaults) - 1)
    if positions == list(range(len(written) + len(defaults))):
        return tuple(defaults), None
    return tuple(defaults), itemgetter(*positions)


def _layouts(db: SqliteDatabase) -> dict[str, Layout] | None:
    """The layout of the contact table (key "contact") and of each child table by key."""
    found = {"contact": _layout(db, "contact", _CONTACT_COLUMNS)}
    for key, (table, columns) in _CHILD_TABLES.items():
        found[key] = _layout(db, table, ("id", *columns))
    if any(layout is None for layout in found.values()):
        return None
    return cast("dict[str, Layout]", found)


def _next_ids(db: SqliteDatabase, rows: dict[str, list[tuple]]) -> dict[str, int] | None:
    """The id SQLite gives each child table's next row (its largest id, plus one)."""
    first = {}
    for key, (table, _columns) in _CHILD_TABLES.items():
        if rows[key]:
            top = db.execute_sql(f"SELECT MAX(id) FROM {table}").fetchone()[0]
            first[key] = (top or 0) + 1
    return first


def _numbered(db: SqliteDatabase, rows: dict[str, list[tuple]], first: dict[str, int]) -> bool:
    """Whether every row written was numbered from ``first`` on, one after the other."""
    for key, start in first.items():
        table = _CHILD_TABLES[key][0]
        count, top = db.execute_sql(
            f"SELECT COUNT(*), MAX(id) FROM {table} WHERE id >= ?", [start]
        ).fetchone()
        if count != len(rows[key]) or top != start + len(rows[key]) - 1:
            return False
    return True


def _digests(
    contacts: list[tuple],
    rows: dict[str, list[tuple]],
    layouts: dict[str, Layout],
    first: dict[str, int],
) -> dict[int, str]:
    """`state_digests` of each contact written, from the rows written (`_numbered`)."""
    from netzwerk_app.core.snapshots import CONTACT_TABLES, digest_v2

    def arranged(row: tuple, layout: Layout) -> tuple:
        defaults, order = layout
        if defaults:
            row = (*row, *defaults)
        return row if order is None else order(row)

    contact_layout = layouts["contact"]
    parts: dict[int, list] = {row[0]: [arranged(row, contact_layout)] for row in contacts}
    table_order = {table: i for i, table in enumerate(CONTACT_TABLES)}
    for key in sorted(first, key=lambda k: table_order[_CHILD_TABLES[k][0]]):
        table, (defaults, order) = _CHILD_TABLES[key][0], layouts[key]
        for rowid, row in enumerate(rows[key], first[key]):
            if key == "photo" and not isinstance(row[1], bytes):
                row = (row[0], bytes(row[1]), *row[2:])  # as a BLOB reads back
            full = (rowid, *row, *defaults)
            parts[row[0]].append((table, full if order is None else order(full)))
    return {cid: digest_v2(found) for cid, found in parts.items()}


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
