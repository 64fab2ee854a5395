"""Stored renderings of exported cards: derived data in a file of its own beside the database.

Rendering a card costs far more than reading it back, so `netzwerk export` keeps each card's
bytes (per vCard version) in ``<database>.export-cache.sqlite3`` and writes a stored card again
when nothing it was made from has changed. The file is no part of the user's data: the daily
backups do not copy it, deleting it costs only one slower export, and a cache that cannot be
opened or written is passed by (the cards are then rendered as without it).

A stored card must never be served stale, and the database gives no cheap sign of change: the
contact's `revision` rises only on an UPDATE of its own row (not of its phones, addresses,
tags…), ids are reused after a delete, and a backup can be restored in place. So the cache
keeps a *mirror*: a copy of every row a card is made of (the contact's exported columns, its
methods, addresses, tags by name, kept raw lines and photo), each under its row id. Before an
export, SQL compares the database with the mirror row by row (a join on the row ids, every value
compared with ``IS``: no text is built and no row reaches Python); a contact with any row added,
removed or changed, on either side, is *dirty*: its stored cards are dropped and it is rendered
afresh, and its mirror rows are replaced by the rows just rendered, in the same transaction,
over the same snapshot of the database. The whole file is keyed by the writer itself (the
source of the modules that make a card, and the app's version in PRODID): a different writer
finds an empty cache.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from netzwerk_app.core.export_records import RECORD_COLUMNS

try:  # blake2 without importing OpenSSL's hashlib (a tenth of the command's start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import blake2b

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

CACHE_SUFFIX = ".export-cache.sqlite3"
WAIT_S = 5.0  # how long an export waits for another one writing the cache (then only reads)
FORMAT = 3  # the layout of the cache file; a change makes every cache start empty

# The modules whose code decides a card's bytes: the cache's key is a digest of their source
# (the frozen app carries these files beside its bytecode: see packaging/netzwerk.spec).
WRITER_MODULES = ("vcard_writing.py", "contentline.py", "records.py", "export_records.py")

# The rows a card is made of, by mirror table: (row id, contact id, values, FROM clause). The
# mirror of each holds (id, contact_id, v1, v2, ...) in that order.
_SOURCES: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "m_contact": ("c.id", "c.id", tuple(f"c.{n}" for n in RECORD_COLUMNS), "main.contact c"),
    "m_method": (
        "m.id", "m.contact_id", ("m.position", "m.kind", "m.value", "m.label", "m.preferred"),
        "main.contact_method m",
    ),
    "m_address": (
        "a.id", "a.contact_id",
        ("a.position", "a.label", "a.po_box", "a.extended", "a.street", "a.locality",
         "a.region", "a.postal_code", "a.country", "a.preferred"),
        "main.address a",
    ),
    "m_tag": (
        "ct.id", "ct.contact_id", ("g.name",),
        "main.contact_tag ct JOIN main.tag g ON g.id = ct.tag_id",
    ),
    "m_raw": ("r.id", "r.contact_id", ("r.position", "r.line"), "main.raw_property r"),
    "m_photo": ("p.id", "p.contact_id", ("p.data", "p.mime"), "main.photo p"),
}  # fmt: skip


# The stored cards of each vCard version, by contact id.
_CARD_TABLES = {"3.0": "card_3", "4.0": "card_4"}


def cache_path(database: str | os.PathLike[str]) -> Path:
    """The cache file of a database file."""
    path = Path(database)
    return path.with_name(path.stem + CACHE_SUFFIX)


def writer_key() -> str:
    """A digest of what makes a card: the writer modules' source, the app's version and the
    cache's format. OSError when the source cannot be read (then nothing is cached)."""
    from netzwerk_app.core.vcard_writing import PRODID

    digest = blake2b(f"{FORMAT}\n{PRODID}\n".encode(), digest_size=20)
    here = Path(__file__).parent
    for name in WRITER_MODULES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


class ExportCache:
    """One export's use of the cache: a connection to the database with the cache attached,
    inside one transaction (one snapshot of the database from the first read to the end)."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        self.writable = True  # False once a write to the cache failed: it is then only read
        self.fresh: list[int] = []  # dirty contacts rendered in this export

    # ---------------------------------------------------------------- reading the database

    def execute_sql(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        """What `export_records` reads through: the same snapshot as the cache's checks."""
        return self.connection.execute(sql, params)

    def begin(self) -> None:
        """Start the export's transaction and find the dirty contacts (`temp.dirty`); drop
        their stored cards."""
        con = self.connection
        con.execute("BEGIN")
        con.execute("CREATE TEMP TABLE dirty (id INTEGER PRIMARY KEY)")
        for table, (row_id, contact_id, values, source) in _SOURCES.items():
            differs = " OR ".join(
                [f"k.contact_id IS NOT {contact_id}"]
                + [f"k.v{i} IS NOT {v}" for i, v in enumerate(values, 1)]
            )
            # rows new or changed in the database (their contact now) …
            con.execute(
                f"INSERT OR IGNORE INTO temp.dirty SELECT {contact_id} FROM {source}"
                f" LEFT JOIN x.{table} k ON k.id = {row_id} WHERE k.id IS NULL OR {differs}"
            )
            # … and rows of the mirror gone or moved to another contact (the contact they
            # belonged to; a row changed in place is its contact's, found above). Every row
            # of a contact not dirty now has its same row in the mirror, so such a contact has
            # lost none exactly when it has as many rows as its mirror: when the counts of all
            # others agree, no row is gone, and the search for them is left out.
            if self._counts(f"FROM {source}", contact_id) != self._counts(f"FROM x.{table}"):
                con.execute(
                    f"INSERT OR IGNORE INTO temp.dirty SELECT k.contact_id FROM x.{table} k"
                    f" WHERE NOT EXISTS (SELECT 1 FROM {source}"
                    f" WHERE {row_id} = k.id AND {contact_id} IS k.contact_id)"
                )
        if con.execute("SELECT EXISTS (SELECT 1 FROM temp.dirty)").fetchone()[0]:
            for table in _CARD_TABLES.values():
                self._write(
                    f"DELETE FROM x.{table} WHERE contact_id IN (SELECT id FROM temp.dirty)"
                )
        self.empty = {
            version: con.execute(f"SELECT NOT EXISTS (SELECT 1 FROM x.{table})").fetchone()[0]
            for version, table in _CARD_TABLES.items()
        }

    def _counts(self, rows: str, contact_id: str = "contact_id") -> int:
        """How many of the rows (``FROM …``) belong to contacts not dirty so far."""
        con = self.connection
        count = con.execute(f"SELECT COUNT(*) {rows}").fetchone()[0]
        if con.execute("SELECT EXISTS (SELECT 1 FROM temp.dirty)").fetchone()[0]:
            where = " AND " if " WHERE " in rows else " WHERE "
            count -= con.execute(
                f"SELECT COUNT(*) {rows}{where}{contact_id} IN temp.dirty"
            ).fetchone()[0]
        return int(count)

    def stored(
        self, version: str, tier: str | None = None, ids: Sequence[int] | None = None
    ) -> Iterator[list[tuple[int, bytes | None]]]:
        """The contacts to export (as `export_records.export_ids` chooses and orders them),
        at most `BATCH` at a time, each with its stored card (None: to be rendered)."""
        from netzwerk_app.core.batches import BATCH, batches, marks
        from netzwerk_app.core.export_records import export_ids

        text = "NULL" if self.empty[version] else "CASE WHEN d.id IS NULL THEN k.text END"
        select = (
            f"SELECT c.id, {text} FROM main.contact c LEFT JOIN temp.dirty d ON d.id = c.id"
            f" LEFT JOIN x.{_CARD_TABLES[version]} k ON k.contact_id = c.id"
        )
        if tier is None and ids is None:  # all in name order: one query, read in batches
            cursor = self.connection.execute(select + " ORDER BY c.display_name, c.id")
            while rows := cursor.fetchmany(BATCH):
                yield rows
            return
        for chunk in batches(export_ids(self, tier=tier, ids=ids)):  # each in name order
            yield self.connection.execute(
                f"{select} WHERE c.id IN ({marks(chunk)}) ORDER BY c.display_name, c.id", chunk
            ).fetchall()

    # ---------------------------------------------------------------- storing

    def _write(self, sql: str, params: object = ()) -> None:
        if not self.writable:
            return
        try:
            self.connection.execute(sql, params)  # type: ignore[arg-type]
        except sqlite3.Error:
            self.writable = False  # locked, read-only or full: the export goes on without it

    def store(self, rendered: list[tuple[int, bytes]], version: str) -> None:
        """Keep the cards rendered in a chunk; the dirty ones among them are refreshed at
        `commit`."""
        if not self.writable or not rendered:
            return
        try:
            self.connection.executemany(
                f"INSERT OR REPLACE INTO x.{_CARD_TABLES[version]} VALUES (?, ?)", rendered
            )
            dirty = self.connection.execute(
                f"SELECT id FROM temp.dirty WHERE id IN ({','.join('?' * len(rendered))})",
                [cid for cid, _ in rendered],
            )
            self.fresh += [row[0] for row in dirty]
        except sqlite3.Error:
            self.writable = False

    def commit(self) -> None:
        """Refresh the mirror of the contacts rendered afresh (and forget removed contacts),
        then commit; nothing is kept when any of it fails."""
        con = self.connection
        if not self.writable:
            return
        try:
            everyone = (
                len(self.fresh) == con.execute("SELECT COUNT(*) FROM main.contact").fetchone()[0]
            )
            if everyone:  # a first export of all: the mirror is a copy of the whole database
                which = ""
            else:
                con.execute("CREATE TEMP TABLE fresh (id INTEGER PRIMARY KEY)")
                con.executemany("INSERT INTO temp.fresh VALUES (?)", [(i,) for i in self.fresh])
                con.execute(
                    "INSERT INTO temp.fresh SELECT id FROM temp.dirty"
                    " WHERE id NOT IN (SELECT id FROM main.contact)"
                )
                if not con.execute("SELECT EXISTS (SELECT 1 FROM temp.fresh)").fetchone()[0]:
                    con.execute("COMMIT")
                    return
                which = " WHERE contact_id IN temp.fresh"
            for table, (row_id, contact_id, values, source) in _SOURCES.items():
                con.execute(f"DELETE FROM x.{table}{which}")
                con.execute(
                    f"INSERT OR REPLACE INTO x.{table}"
                    f" SELECT {row_id}, {contact_id}, {', '.join(values)} FROM {source}"
                    + (f" WHERE {contact_id} IN temp.fresh" if which else "")
                )
            con.execute("COMMIT")
        except sqlite3.Error:
            self.writable = False

    def close(self) -> None:
        try:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        self.connection.close()


def _schema() -> list[str]:
    statements = [
        "CREATE TABLE x.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ] + [
        # cards come in name order, not in id order: appended by rowid, found by the index
        f"CREATE TABLE x.{table} (contact_id INTEGER NOT NULL UNIQUE, text BLOB NOT NULL)"
        for table in _CARD_TABLES.values()
    ]
    for table, (_row_id, _contact_id, values, _source) in _SOURCES.items():
        columns = ", ".join(f"v{i}" for i in range(1, len(values) + 1))
        statements.append(
            f"CREATE TABLE x.{table} (id INTEGER PRIMARY KEY, contact_id INTEGER, {columns})"
        )
    return statements


def open_export_cache(database: str | os.PathLike[str] | None) -> ExportCache | None:
    """The cache of a database file, opened (made or emptied when its key differs) and its
    transaction begun; None when it cannot be used (the export then renders every card)."""
    if not database or str(database).startswith(":") or not os.path.isfile(database):
        return None
    try:
        key = writer_key()
    except OSError:
        return None
    path = cache_path(database)
    for attempt in (1, 2):
        connection = None
        try:
            if not path.exists():  # private as the database is (SQLite would make it 0644)
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            connection = sqlite3.connect(database, timeout=WAIT_S, isolation_level=None)
            connection.execute("ATTACH DATABASE ? AS x", (str(path),))
            _prepare(connection, key)
            cache = ExportCache(connection, path)
            cache.begin()
            return cache
        except OSError:
            return None
        except sqlite3.Error as exc:
            if connection is not None:
                connection.close()
            if attempt == 2 or isinstance(exc, sqlite3.OperationalError):
                return None
            remove_cache(database)  # not a database, or a damaged one: start afresh
    return None


def _prepare(connection: sqlite3.Connection, key: str) -> None:
    """Make the cache's tables, or empty them when they were made for another key."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM x.sqlite_master WHERE type='table'")
    }
    if "meta" in tables:
        row = connection.execute("SELECT value FROM x.meta WHERE key = 'writer'").fetchone()
        if row is not None and row[0] == key:
            return
    connection.execute("PRAGMA x.page_size = 16384")  # a new file: stores cards in half the time
    connection.execute("PRAGMA x.journal_mode = delete")  # one copy of the data, not two
    connection.execute("BEGIN IMMEDIATE")
    for table in tables:
        connection.execute(f'DROP TABLE x."{table}"')
    for statement in _schema():
        connection.execute(statement)
    connection.execute("INSERT INTO x.meta VALUES ('writer', ?)", (key,))
    connection.execute("COMMIT")


def remove_cache(database: str | os.PathLike[str]) -> None:
    """Delete the cache file of a database (harmless: it is made again)."""
    path = cache_path(database)
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            name.unlink()
