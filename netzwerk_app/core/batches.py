"""Long lists of ids in SQL: a batch at a time, or all at once as one JSON array.

SQLite binds a limited number of values per statement, so a query over many ids either runs
once per batch of `BATCH` ids, each with its own list of ``?`` marks, or binds the ids as one
JSON array (`as_json`) that the statement reads with ``json_each(?)`` (`IN_JSON`): one statement
for any number of ids, with no SQL text built per id.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

BATCH = 500  # ids per statement: well below SQLite's limit on bound values


def batches(items: Sequence[T], size: int = BATCH) -> Iterator[list[T]]:
    """`items` in consecutive lists of at most `size`."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def marks(values: Collection[object]) -> str:
    """One ``?`` per value, comma-separated: the placeholders of ``IN (...)``."""
    return ",".join("?" * len(values))


# ``contact.id IN_JSON`` (or any column): the ids bound as one `as_json` array
IN_JSON = "IN (SELECT value FROM json_each(?))"

# a bulk UPDATE of contacts raises their revision itself: the row is written once, and the
# revision trigger (``database.py``: it raises a revision an UPDATE left as it was) stays idle
RAISE_REVISION = "revision = revision + 1"


def as_json(ids: Iterable[int]) -> str:
    """Integers as one JSON array, the value bound for ``json_each(?)``."""
    return "[" + ",".join([str(int(i)) for i in ids]) + "]"
