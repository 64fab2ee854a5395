"""Writes over many contacts at once: the ids bound as one JSON array (`batches.as_json`) and
each write one set-based statement, whatever the number of contacts (`netzwerk tier`, `archive`
and `log` with 20,000 ids, the board and the list's bulk actions)."""

from __future__ import annotations

from collections.abc import Iterable

from netzwerk_app.core.batches import as_json
from netzwerk_app.core.records import ContactNotFound

TYPE_CHECKING = False  # (the ORM is imported where it is used: not by the first frame)
if TYPE_CHECKING:
    from peewee import SqliteDatabase


def checked_ids(db: SqliteDatabase, ids: Iterable[int]) -> tuple[list[int], str]:
    """The ids without repeats, in order, and the same as `as_json`; raises `ContactNotFound`
    for the first (in order) that names no contact."""
    wanted = list(dict.fromkeys([int(i) for i in ids]))
    text = as_json(wanted)
    missing = db.execute_sql(
        "SELECT key FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM contact WHERE id = value)"
        " ORDER BY key LIMIT 1",
        (text,),
    ).fetchone()
    if missing is not None:
        raise ContactNotFound(wanted[missing[0]])
    return wanted, text
