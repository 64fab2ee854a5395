"""`collation.sort_key`, computed faster: plain ASCII text (most names) is only lowercased, as
folding, decomposing and dropping accents change nothing there; other text is translated once,
character by character, with each character's key learnt when it is first met.

The key of a text is the keys of its characters, one after another: folding and casefolding
work per character, NFKD decomposes each character on its own and only reorders combining
marks, and those are dropped.
"""

from __future__ import annotations

import heapq
import sqlite3
import unicodedata
from typing import Any

from netzwerk_app.core.collation import fold


def _char_key(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", fold(char))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _CharKeys(dict):
    """A translation table from a character to its key (learnt as characters are met)."""

    def __missing__(self, code: int) -> str:
        key = self[code] = _char_key(chr(code))
        return key


_KEYS = _CharKeys()


def name_key(text: str) -> str:
    """The same key as `collation.sort_key(text)`."""
    return text.lower() if text.isascii() else text.translate(_KEYS)


# ---------------------------------------------------------------- stored keys (schema 9)

# Each contact's name key, stored so that the window's first screenful is read through an
# index (a hundred rows) instead of keying every name: derived data in a table of its own, so
# keeping it never raises a contact's revision nor counts as an edit. Triggers keep it honest
# whoever writes the contacts: a deleted contact's key goes, a renamed contact's key is marked
# stale (NULL); a new contact has none yet. `first_listed` computes what is stale or missing.
SORT_KEY_SQL = (
    "CREATE TABLE IF NOT EXISTS contact_sort_key"
    " (contact_id INTEGER NOT NULL PRIMARY KEY, key TEXT)",
    "CREATE INDEX IF NOT EXISTS contact_sort_key_key ON contact_sort_key (key)",
    # the rules the keys were made by: other rules (or Unicode data) make every key stale
    "CREATE TABLE IF NOT EXISTS contact_sort_key_version (version TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS contact_sort_key_delete AFTER DELETE ON contact"
    " BEGIN DELETE FROM contact_sort_key WHERE contact_id = OLD.id; END",
    "CREATE TRIGGER IF NOT EXISTS contact_sort_key_rename AFTER UPDATE OF display_name"
    " ON contact WHEN NEW.display_name IS NOT OLD.display_name"
    " BEGIN UPDATE contact_sort_key SET key = NULL WHERE contact_id = NEW.id; END",
)
KEY_VERSION = f"name_key 1, Unicode {unicodedata.unidata_version}"

# The live (not archived) contacts in key order, walking the key index and looking each one up.
_HEAD_SQL = (
    "SELECT k.contact_id, c.display_name, k.key FROM contact_sort_key AS k"
    " CROSS JOIN contact AS c ON c.id = k.contact_id"
    " WHERE k.key IS NOT NULL AND c.archived = 0 ORDER BY k.key LIMIT ?"
)
_TIES_SQL = (
    "SELECT k.contact_id, c.display_name, k.key FROM contact_sort_key AS k"
    " CROSS JOIN contact AS c ON c.id = k.contact_id WHERE k.key = ? AND c.archived = 0"
)
# ties in the order the whole list has them: by name without case (ASCII, as SQLite's NOCASE)
NOCASE = str.maketrans({c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def list_order(row: tuple[int, str]) -> tuple[str, str, int]:
    """Where a contact (id, display name) stands in the list ordered by name."""
    cid, name = row
    return name_key(name), name.translate(NOCASE), cid


def fill_sort_keys(db: Any) -> None:
    """Every contact's key computed anew (the migration; other key rules)."""
    names = db.execute_sql("SELECT id, display_name FROM contact").fetchall()
    db.execute_sql("DELETE FROM contact_sort_key")
    db.execute_sql("DELETE FROM contact_sort_key_version")
    db.connection().executemany(
        "INSERT INTO contact_sort_key (contact_id, key) VALUES (?, ?)",
        [(cid, name_key(name)) for cid, name in names],
    )
    db.execute_sql("INSERT INTO contact_sort_key_version (version) VALUES (?)", (KEY_VERSION,))


def _keys_to_write(db: Any) -> list[tuple[str, int]] | None:
    """(key, id) for the contacts whose stored key is stale or missing; None when every key
    is to be made anew (made by other rules)."""
    version = db.execute_sql("SELECT version FROM contact_sort_key_version").fetchall()
    if version != [(KEY_VERSION,)]:
        return None
    stale = db.execute_sql(
        "SELECT c.id, c.display_name FROM contact_sort_key AS k"
        " JOIN contact AS c ON c.id = k.contact_id WHERE k.key IS NULL"
    ).fetchall()
    (contacts,) = db.execute_sql("SELECT count(*) FROM contact").fetchone()
    (keys,) = db.execute_sql("SELECT count(*) FROM contact_sort_key").fetchone()
    if contacts != keys:  # keys only exist for contacts (the delete trigger): some are missing
        stale += db.execute_sql(
            "SELECT id, display_name FROM contact"
            " WHERE id NOT IN (SELECT contact_id FROM contact_sort_key)"
        ).fetchall()
    return [(name_key(name), cid) for cid, name in stale]


def _bring_keys_up_to_date(db: Any) -> bool:
    """Store the keys that are stale or missing; False if the database cannot be written just
    now (another program writes, or the file is read-only): the caller reads the names then."""
    con = db.connection()
    (waited,) = con.execute("PRAGMA busy_timeout").fetchone()
    con.execute("PRAGMA busy_timeout = 100")  # the window's start never waits on a writer
    try:
        with db.atomic():
            keys = _keys_to_write(db)
            if keys is None:
                fill_sort_keys(db)
            elif keys:
                con.executemany(
                    "INSERT OR REPLACE INTO contact_sort_key (key, contact_id) VALUES (?, ?)", keys
                )
    except sqlite3.OperationalError:
        return False
    finally:
        con.execute(f"PRAGMA busy_timeout = {int(waited)}")
    return True


def first_listed(db: Any, count: int) -> list[tuple[int, str]] | None:
    """The first `count` live (not archived) contacts of the list ordered by name, as
    (id, display name), read through the stored keys; None when there are no more than
    `count` (reading the whole list is as quick then)."""
    if not _bring_keys_up_to_date(db):
        return _first_of_all_names(db, count)
    rows = db.execute_sql(_HEAD_SQL, (count + 1,)).fetchall()
    if len(rows) <= count:
        return None
    last = rows[count - 1][2]
    head = [row for row in rows if row[2] < last] + db.execute_sql(_TIES_SQL, (last,)).fetchall()
    head.sort(key=lambda row: (row[2], row[1].translate(NOCASE), row[0]))
    return [(cid, name) for cid, name, _ in head[:count]]


def _first_of_all_names(db: Any, count: int) -> list[tuple[int, str]] | None:
    """`first_listed` from every name, when the stored keys cannot be brought up to date."""
    # all names through the name index alone (a tenth of the table's pages), less the
    # archived ones (few, by their own index): faster than the archived index's row lookups
    archived = {  # (archived != 0, as two ranges the index can search)
        cid
        for (cid,) in db.execute_sql("SELECT id FROM contact WHERE archived > 0 OR archived < 0")
    }
    names = [
        row
        for row in db.execute_sql("SELECT id, display_name FROM contact").fetchall()
        if row[0] not in archived
    ]
    if len(names) <= count:
        return None
    return heapq.nsmallest(count, names, key=list_order)
