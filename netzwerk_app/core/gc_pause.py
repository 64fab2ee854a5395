"""Pausing Python's cyclic garbage collector while an import builds its objects.

An import's preview makes hundreds of thousands of objects that all live on (records, their
identities, the matcher's indexes). The collector, triggered by every few hundred new objects,
walks them again and again and finds nothing to free. Memory is still freed by reference
counting meanwhile; only cycles wait for the collector, which resumes when the last pause ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """The collector paused inside (nested and from several threads: it resumes when the last
    pause ends, and only when it ran before the first)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            resume = _pauses == 0 and _was_enabled
            if resume:
                gc.enable()
