"""The rows that tie a contact into the network: links, introductions, dismissed suggestions,
event attendance and review flags (schema 5). A merge moves them to the kept contact and its
undo puts them back exactly.

`move_ties` returns a JSON-ready record of what it did (the rows as they were, the ids it moved);
`saved_ties` records a contact's ties before it is deleted; `restore_ties` takes either record and
restores the rows, ids included (a row whose other contact or event is gone stays away).
"""

from __future__ import annotations

from peewee import SqliteDatabase

from netzwerk_app.core.batches import batches, marks

# table -> the columns that name a contact
PAIR_TABLES = {
    "contact_link": ("contact_a_id", "contact_b_id"),
    "dismissed_introduction": ("contact_a_id", "contact_b_id"),
    "introduction": ("contact_a_id", "contact_b_id"),
}
SINGLE_TABLES = {"event_attendee": "event_id", "review_flag": "reason"}  # table -> unique partner
_UNIQUE_PAIRS = ("contact_link", "dismissed_introduction")  # one row per pair


def _rows(db: SqliteDatabase, table: str, where: str, params: list) -> list[dict]:
    cursor = db.execute_sql(f"SELECT * FROM {table} WHERE {where} ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def move_ties(db: SqliteDatabase, from_id: int, to_id: int) -> dict:
    """Give `to_id` the ties of `from_id` (inside the caller's transaction).

    A tie `to_id` has already stays once; a link or introduction between the two disappears.
    """
    before = saved_ties(db, from_id)["before"]
    moved: dict[str, list[int]] = {}
    for table, (col_a, col_b) in PAIR_TABLES.items():
        for row in before.get(table, []):
            a = to_id if row[col_a] == from_id else row[col_a]
            b = to_id if row[col_b] == from_id else row[col_b]
            if a == b:
                db.execute_sql(f"DELETE FROM {table} WHERE id = ?", [row["id"]])
                continue
            if table in _UNIQUE_PAIRS:
                a, b = min(a, b), max(a, b)
                taken = db.execute_sql(
                    f"SELECT 1 FROM {table} WHERE {col_a} = ? AND {col_b} = ?", [a, b]
                ).fetchone()
                if taken:
                    db.execute_sql(f"DELETE FROM {table} WHERE id = ?", [row["id"]])
                    continue
            db.execute_sql(
                f"UPDATE {table} SET {col_a} = ?, {col_b} = ? WHERE id = ?", [a, b, row["id"]]
            )
            moved.setdefault(table, []).append(row["id"])
    for table, partner in SINGLE_TABLES.items():
        for row in before.get(table, []):
            taken = db.execute_sql(
                f"SELECT 1 FROM {table} WHERE contact_id = ? AND {partner} = ?",
                [to_id, row[partner]],
            ).fetchone()
            if taken:
                db.execute_sql(f"DELETE FROM {table} WHERE id = ?", [row["id"]])
                continue
            db.execute_sql(f"UPDATE {table} SET contact_id = ? WHERE id = ?", [to_id, row["id"]])
            moved.setdefault(table, []).append(row["id"])
    return {"before": before, "moved": moved}


def saved_ties(db: SqliteDatabase, contact_id: int) -> dict:
    """Every tie of a contact, as `restore_ties` puts it back (before deleting the contact)."""
    before: dict[str, list[dict]] = {}
    for table, (col_a, col_b) in PAIR_TABLES.items():
        rows = _rows(db, table, f"{col_a} = ? OR {col_b} = ?", [contact_id, contact_id])
        if rows:
            before[table] = rows
    for table in SINGLE_TABLES:
        rows = _rows(db, table, "contact_id = ?", [contact_id])
        if rows:
            before[table] = rows
    return {"before": before}


def _exists(db: SqliteDatabase, table: str, row_id: int) -> bool:
    return db.execute_sql(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None


def _can_return(db: SqliteDatabase, table: str, row: dict) -> bool:
    if table in PAIR_TABLES:
        return all(_exists(db, "contact", row[col]) for col in PAIR_TABLES[table])
    if table == "event_attendee" and not _exists(db, "event", row["event_id"]):
        return False
    return _exists(db, "contact", row["contact_id"])


def restore_ties(db: SqliteDatabase, record: dict) -> None:
    """Undo `move_ties` (the moved rows leave the kept contact) or a deletion: every saved row
    returns as it was, unless a contact or event it names no longer exists."""
    for table, ids in record.get("moved", {}).items():
        if table in PAIR_TABLES or table in SINGLE_TABLES:
            for chunk in batches(ids):
                db.execute_sql(f"DELETE FROM {table} WHERE id IN ({marks(chunk)})", chunk)
    for table, rows in record.get("before", {}).items():
        if table not in PAIR_TABLES and table not in SINGLE_TABLES:
            continue
        for row in rows:
            if not _can_return(db, table, row):
                continue
            columns = ", ".join(row)
            db.execute_sql(
                f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks(row)})",
                list(row.values()),
            )
