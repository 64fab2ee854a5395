"""The window's database: a bare `sqlite3` connection for its first frame, Peewee's bound
`SqliteDatabase` over that very connection as soon as anything more is asked.

Importing Peewee, its SQLite extension and the models is about 21 ms of the window's start, the
largest part of its data layer, and the first frame only reads with SQL (the first screenful of
the list, the tiers, the counts). `open_window_database` makes the same checks, creation and
migration as `database.open_database` and returns a `WindowDatabase`: until `orm()` is called
(the app calls it right after the first frame) or anything it does not offer itself is asked
for, it answers `execute_sql`, `connection`, `cursor` and `atomic` through the connection it
opened. Then Peewee's database takes that connection over, in the same thread, with everything
it opened in that connection (an open transaction is never handed over: `orm()` waits for none,
it refuses inside one), and every call, from then on, goes to it; the models are bound to it.
Another thread always gets Peewee's own connection for that thread.

The models are bound to it as soon as they exist: `core.models`, once imported, calls
`bind_pending` (so a model used before `orm()` was called finds its database), and a window
database opened after the models were imported takes Peewee over at once.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from netzwerk_app.core.connections import bound_database, plain_connection
from netzwerk_app.core.database import open_plain_database

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from peewee import SqliteDatabase


class WindowDatabase:
    """See the module: reads by SQL through a bare connection until Peewee is needed."""

    def __init__(self, path: Path, created: bool = False) -> None:
        self.database = str(path)
        self.created = created  # the file was made by this open (no daily copy of it)
        self._owner = threading.get_ident()
        self._plain: sqlite3.Connection | None = plain_connection(path)
        self._depth = 0  # transactions open on the bare connection (savepoints inside)
        self._orm: SqliteDatabase | None = None
        self._lock = threading.RLock()
        self._creating = False
        global _pending
        _pending = weakref.ref(self)
        if "netzwerk_app.core.models" in sys.modules:  # Peewee is there already: no reason to wait
            self.orm()

    # ---- what the first frame uses

    def _bare(self) -> sqlite3.Connection | None:
        """The bare connection while it serves this thread, else None (Peewee serves)."""
        if self._orm is None and self._plain is not None and threading.get_ident() == self._owner:
            return self._plain
        return None

    def execute_sql(self, sql: str, params: Any = (), *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        bare = self._bare()
        if bare is None or args or kwargs:
            return self.orm().execute_sql(sql, params, *args, **kwargs)
        return bare.execute(sql, params or ())

    def connection(self) -> sqlite3.Connection:
        bare = self._bare()
        return self.orm().connection() if bare is None else bare

    def cursor(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        bare = self._bare()
        return self.orm().cursor(*args, **kwargs) if bare is None else bare.cursor()

    def atomic(self, *args: Any, **kwargs: Any) -> contextlib.AbstractContextManager[Any]:
        bare = self._bare()
        if bare is None or args or kwargs:
            return self.orm().atomic(*args, **kwargs)
        return self._bare_atomic(bare)

    @contextlib.contextmanager
    def _bare_atomic(self, bare: sqlite3.Connection) -> Iterator[None]:
        """A transaction (a savepoint inside one), committed when the block ends, rolled back
        when it raises: as Peewee's `atomic`."""
        savepoint = f"nz_window_{self._depth}"
        bare.execute("BEGIN" if self._depth == 0 else f'SAVEPOINT "{savepoint}"')
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                bare.execute("ROLLBACK")
            else:
                bare.execute(f'ROLLBACK TO SAVEPOINT "{savepoint}"')
                bare.execute(f'RELEASE SAVEPOINT "{savepoint}"')
            raise
        self._depth -= 1
        bare.execute("COMMIT" if self._depth == 0 else f'RELEASE SAVEPOINT "{savepoint}"')
        if self._depth == 0 and "netzwerk_app.core.models" in sys.modules:
            self.orm()  # the models came meanwhile (`bind_pending` waited for the transaction)

    def close(self) -> bool:
        """Close this thread's connection: Peewee's, and the bare one while it was not taken
        over (Peewee came in another thread and this one asked nothing since)."""
        closed = False
        if self._orm is not None:
            closed = bool(self._orm.close())
        if self._plain is not None and threading.get_ident() == self._owner:
            self._plain.close()
            self._plain = None
            closed = True
        return closed

    # ---- everything else: Peewee

    @property
    def loaded(self) -> bool:
        """Whether Peewee's database has taken over (`orm()` was called)."""
        return self._orm is not None

    def orm(self) -> SqliteDatabase:
        """Peewee's database, with the models bound to it; made at the first call, taking
        over the bare connection (in the thread that opened it)."""
        if self._orm is None:
            if self._depth and threading.get_ident() == self._owner:
                raise RuntimeError("the window's database is in a transaction of its own")
            with self._lock:
                if self._orm is None:
                    self._creating = True
                    try:
                        self._orm = bound_database(Path(self.database), adopt=self._hand_over)
                    finally:
                        self._creating = False
        return self._orm

    def _hand_over(self) -> sqlite3.Connection | None:
        """The bare connection, once, to Peewee connecting in the thread that opened it."""
        if threading.get_ident() != self._owner:
            return None
        plain, self._plain = self._plain, None
        return plain

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.orm(), name)


_pending: weakref.ref[WindowDatabase] | None = None  # the window database opened last


def bind_pending() -> None:
    """Called by `core.models` once imported: the window database opened last, if it still
    reads through its bare connection, takes Peewee over now (binding the models to it)."""
    db = _pending() if _pending is not None else None
    if db is not None and db._orm is None and not db._creating and not db._depth:
        db.orm()  # (in a transaction of the bare connection: when it ends)


def open_window_database(data_dir: str | os.PathLike[str] | None = None) -> WindowDatabase:
    """`database.open_database` for the window (without the day's copy, made after its first
    frame): the same checks, creation and migration, through a `WindowDatabase`."""
    return open_plain_database(data_dir, daily=False, kind=WindowDatabase)
