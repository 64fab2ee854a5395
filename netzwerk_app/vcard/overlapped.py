"""Reading and matching overlapped: `read_and_import` (and `preview_files`, its preview).

An import reads the files, then matches their records against the contacts (and, unless it is
a preview, writes them). Done one after the other, the second core idles while the cards are
matched. Here a large file's first part is read in this process while a helper reads the rest
(`parallel.begin_two_part_read`), and the first part's records are matched while the helper is
still reading; the helper's records are matched as it hands them over, using what it made of
them (their identities and search rows, `core.import_prepared`). The outcome is the one
`read_vcard_files` then `import_read` give (tested), and so is the `VCardRead` that the import
confirmed after a preview uses. Where the two-part read cannot be trusted (a damaged card near
the cut, a helper that failed), the transaction is rolled back and the import starts again the
plain way.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from itertools import repeat
from pathlib import Path

from peewee import SqliteDatabase

from netzwerk_app.core.gc_pause import paused_gc
from netzwerk_app.core.import_prepared import Prepared
from netzwerk_app.core.importing import (
    CancelCheck,
    CardOrigin,
    ImportResult,
    Item,
    ProgressCallback,
    import_stream,
)
from netzwerk_app.core.phones import default_region
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.vcard import (
    VCardImport,
    VCardRead,
    _cannot_read,
    _file_bytes,
    add_file_read,
    import_read,
    outcome_of,
    read_vcard_files,
)
from netzwerk_app.vcard.parallel import begin_two_part_read
from netzwerk_app.vcard.reader import Problem, ReadResult, read_vcards

# The part of a large file read in this process (the helper reads the rest and prepares its
# records, `core.import_prepared`): this process also matches and writes every record, so it
# reads less. A card read here costs this process about twice what a card of the helper's does
# (reading it, its identity and search row), so the less it reads the sooner it is done, as long
# as the helper keeps up; what is left after the helper's last card (the batch held, the
# history, the commit) is written while the helper idles. Measured on 10,000 generated cards
# by each process's CPU time (the run's length had each a core of its own, medians of 5
# alternating runs): 0.36 with batches of 5000 4.94 s, 0.24 with batches of 1000 4.46 s, 0.26
# 4.80 s; at 0.22 this process already waits for the helper.
FIRST_SHARE = 0.24


class _ReadAgain(Exception):
    """The two-part read of a file cannot be trusted: import the plain way."""


def preview_files(
    db: SqliteDatabase,
    paths: Sequence[str | os.PathLike[str]],
    *,
    tier: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[VCardRead, VCardImport]:
    """`read_and_import` as a preview (``dry_run``): its read serves the import confirmed after."""
    return read_and_import(db, paths, tier=tier, dry_run=True, progress=progress, cancel=cancel)


def read_and_import(
    db: SqliteDatabase,
    paths: Sequence[str | os.PathLike[str]],
    *,
    tier: str | None = None,
    overwrite: bool = False,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[VCardRead, VCardImport]:
    """Read vCard files and import them in one transaction: ``(read, outcome)``, as
    `read_vcard_files` and `import_read` would give them, on two cores where that pays.

    ``progress(done, 1000)``; ``cancel()`` returning True stops and writes nothing
    (``read.cancelled`` and a cancelled outcome).
    """
    reached = [0]  # progress never goes back, also when the import starts again

    def onward(done: int, total: int) -> None:
        reached[0] = max(reached[0], done)
        if progress is not None:
            progress(reached[0], total)

    with paused_gc():
        try:
            return _overlapped(db, paths, tier, overwrite, dry_run, onward, cancel)
        except _ReadAgain:
            pass
        start = reached[0]
        half = (1000 - start) // 2
        read = read_vcard_files(paths, progress=_scaled(onward, start, half), cancel=cancel)
        outcome = import_read(
            db,
            read,
            tier=tier,
            overwrite=overwrite,
            dry_run=dry_run,
            progress=_scaled(onward, start + half, 1000 - start - half),
            cancel=cancel,
        )
        return read, outcome


def _scaled(progress: ProgressCallback | None, start: int, span: int) -> ProgressCallback | None:
    if progress is None:
        return None
    return lambda done, total: progress(start + span * done // max(total, 1), 1000)


def _overlapped(
    db: SqliteDatabase,
    paths: Sequence[str | os.PathLike[str]],
    tier: str | None,
    overwrite: bool,
    dry_run: bool,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> tuple[VCardRead, VCardImport]:
    out = VCardRead(files=[Path(p).name for p in paths])
    share = 1000 // max(len(paths), 1)

    def origins_of(read: ReadResult, name: str, start: int = 0) -> list[CardOrigin]:
        return [CardOrigin(name, card, line) for card, line in read.positions[start:]]

    def items() -> Iterator[Item]:
        for index, path in enumerate(paths):
            name, base = Path(path).name, index * share
            # a third of the file's share for reading the first part, the rest for matching
            reading = _scaled(progress, base, share // 3)
            matching = _Matched(progress, base + share // 3, share - share // 3)
            try:
                with _file_bytes(path) as data:
                    part = begin_two_part_read(
                        path, data, name, reading, cancel, FIRST_SHARE, default_region()
                    )
                    if part is None:
                        read = read_vcards(data, name, reading, cancel)
                        matching.expected = len(read.records)
                        yield from matching.items(read.records, origins_of(read, name))
                    else:
                        with part:
                            read = part.first
                            if not read.cancelled:
                                held = len(read.records)
                                matching.expected = round(held / FIRST_SHARE)
                                yield from matching.items(read.records, origins_of(read, name))
                                # the helper's records as it hands them over
                                for records, made, positions in part.chunks():
                                    rest = [CardOrigin(name, c, line) for c, line in positions]
                                    yield from matching.items(records, rest, made)
                                whole = part.finish()
                                if whole is None or matching.done != len(whole.records):
                                    raise _ReadAgain
                                read = whole
            except OSError as exc:
                if matching.done:  # records of a file that then failed: start again plainly
                    raise _ReadAgain from exc
                read = ReadResult(problems=[Problem(0, 0, _cannot_read(exc), source=name)])
            if read.cancelled:
                out.cancelled = True
                return
            add_file_read(out, path, read, origins_of(read, name))

    def cancelled() -> bool:
        return out.cancelled or (cancel is not None and cancel())

    result = import_stream(
        db, items(), tier=tier, overwrite=overwrite, dry_run=dry_run, cancel=cancelled,
        files=out.files,
    )  # fmt: skip
    if out.cancelled or result.cancelled:
        out.cancelled = True
        return out, VCardImport(ImportResult(cancelled=True, dry_run=dry_run), list(out.problems))
    if progress is not None:
        progress(1000, 1000)
    return out, outcome_of(db, result, out)


class _Matched:
    """Hands a file's records to the matcher as `Item`s (named as `import_records` names
    them), reporting progress over the file's share as it goes."""

    def __init__(self, progress: ProgressCallback | None, start: int, span: int) -> None:
        self.progress, self.start, self.span = progress, start, span
        self.done = 0
        self.expected = 1

    def items(
        self,
        records: list[ContactRecord],
        origins: list[CardOrigin],
        prepared: list[Prepared | None] | None = None,
    ) -> Iterator[Item]:
        made = repeat(None) if prepared is None else prepared
        for record, origin, ready in zip(records, origins, made, strict=prepared is not None):
            if self.done % 500 == 0 and self.progress is not None:
                fraction = min(self.done / max(self.expected, 1), 1.0)
                self.progress(self.start + int(self.span * fraction), 1000)
            self.done += 1
            yield record, origin, str(origin), ready
