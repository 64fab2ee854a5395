"""Connections to the database file, and telling its errors apart.

- `bound_database`: Peewee's database with every model bound to it (optionally adopting a
  bare connection that read first: `window_database`);
- `plain_connection` and `PlainDatabase`: a bare `sqlite3` connection made as Peewee makes
  them, for reads without the ORM (the command line's listing and exports);
- `is_database_error`, `is_sqlite_error`, `is_operational_error`: SQLite's errors, raw or
  wrapped by Peewee when it is imported.

`database` opens, creates, checks and migrates; this module only connects.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

TYPE_CHECKING = False  # typing is not imported at run time (the command line starts faster)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from peewee import SqliteDatabase

# what `bound_database` asks Peewee to set on every connection, and `plain_connection` sets
_PRAGMA_VALUES = (("journal_mode", "wal"), ("foreign_keys", 1), ("synchronous", "normal"))
_PRAGMAS = tuple(f"PRAGMA {name} = {value}" for name, value in _PRAGMA_VALUES)


def bound_database(
    path: Path, adopt: Callable[[], sqlite3.Connection | None] | None = None
) -> SqliteDatabase:
    """Peewee's database of the file, with every model bound to it. With `adopt`, its first
    connection in a thread is what `adopt()` gives, when it gives one (a bare connection that
    read before Peewee was imported: `window_database`); otherwise it connects as ever."""
    from peewee import SqliteDatabase

    from netzwerk_app.core.models import MODELS

    class Database(SqliteDatabase):
        def _connect(self) -> sqlite3.Connection:
            conn = adopt() if adopt is not None else None
            if conn is None:
                return super()._connect()  # type: ignore[misc]  # (not in Peewee's stubs)
            try:
                # as for a connection of its own: pragmas, functions (not in Peewee's stubs)
                self._add_conn_hooks(conn)  # type: ignore[attr-defined]
            except Exception:
                conn.close()
                raise
            return conn

    db = Database(str(path), timeout=10, pragmas=dict(_PRAGMA_VALUES))
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    return db


def plain_connection(path: Path) -> sqlite3.Connection:
    """A bare connection to the file as Peewee makes them: no implicit transactions, a busy
    timeout of 10 s, the pragmas of `bound_database`."""
    connection = sqlite3.connect(str(path), timeout=10, isolation_level=None)
    try:
        for pragma in _PRAGMAS:
            connection.execute(pragma)
    except sqlite3.Error:
        connection.close()
        raise
    return connection


class PlainDatabase:
    """The database over a bare `sqlite3` connection, for commands that only read.

    It offers what such reads use of Peewee's `SqliteDatabase` (`execute_sql`, `database`,
    `close`), opened with the same pragmas, so the command line lists, searches and exports
    without importing the ORM.
    """

    def __init__(self, path: Path, created: bool = False) -> None:
        self.database = str(path)
        self.created = created  # the file was made by this open (no daily backup of it)
        self.connection = plain_connection(path)

    def execute_sql(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, params)

    def close(self) -> None:
        self.connection.close()


def is_database_error(exc: BaseException) -> bool:
    """Whether `exc` is an error of the database: SQLite's raw (a bare connection's), or one of
    Peewee's (SQLite's wrapped, or a closed database), when Peewee is imported (the window reads
    its first frame without it)."""
    peewee = sys.modules.get("peewee")
    return isinstance(exc, sqlite3.Error) or (
        peewee is not None and isinstance(exc, peewee.PeeweeException)
    )


def is_sqlite_error(exc: BaseException, kind: str = "DatabaseError") -> bool:
    """Whether `exc` is SQLite's error of this kind (the class's name in `sqlite3`:
    "DatabaseError", "OperationalError", "IntegrityError" …), raw or wrapped by Peewee (when
    it is imported: Peewee's classes bear the same names)."""
    peewee = sys.modules.get("peewee")
    return isinstance(exc, getattr(sqlite3, kind)) or (
        peewee is not None and isinstance(exc, getattr(peewee, kind))
    )


def is_operational_error(exc: BaseException) -> bool:
    """Whether `exc` is SQLite's OperationalError, raw or wrapped by Peewee."""
    return is_sqlite_error(exc, "OperationalError")
