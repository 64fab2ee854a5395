"""Long lists of ids queried a batch at a time.

SQLite binds a limited number of values per statement, so a query over many ids runs once per
batch of `BATCH` ids, each with its own list of ``?`` marks.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
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
