"""The one clock: every "today" and "now" in Netzwerk comes from here.

Nothing else in the package calls `date.today()` or `datetime.now()`, so that a test (or a demo)
can fix the day in one place and no result depends on the day the code runs. The environment
variable `NETZWERK_TODAY=YYYY-MM-DD` fixes the day for a whole process (used by tests that start
the command line as a subprocess); `fix()` fixes it inside one process.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

_fixed_day: dt.date | None = None


def _system_today() -> dt.date:
    """The operating system's day (the one place that asks it)."""
    return dt.date.today()


def _env_day() -> dt.date | None:
    text = os.environ.get("NETZWERK_TODAY", "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def today() -> dt.date:
    """The current day (fixed by `fix()` or `NETZWERK_TODAY` when set)."""
    if _fixed_day is not None:
        return _fixed_day
    return _env_day() or _system_today()


def now() -> dt.datetime:
    """The current local time, to the second, on the day `today()` gives."""
    real = dt.datetime.now().replace(microsecond=0)
    day = today()
    if day == real.date():
        return real
    return dt.datetime.combine(day, real.time())


def set_today(day: dt.date | None) -> None:
    """Fix the day for this process; None returns to the real clock."""
    global _fixed_day
    _fixed_day = day


@contextmanager
def fixed(day: dt.date) -> Iterator[dt.date]:
    """Within the block, `today()` is `day`."""
    previous = _fixed_day
    set_today(day)
    try:
        yield day
    finally:
        set_today(previous)
