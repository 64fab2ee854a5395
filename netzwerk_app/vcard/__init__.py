"""vCard import and export for the GUI and the command line (Qt-free).

`read_vcard_file` reads one file into records with problems (`iter_vcard_file` card by card,
for streaming); `import_vcard_files` reads files and imports them in one transaction
(``dry_run=True`` gives a preview that writes nothing), or in two steps, `read_vcard_files`
then `import_read`, so that a preview and its import read the files once; `export_vcards`
writes contacts (all, a tier, or a selection) to a file.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app.core.gc_pause import paused_gc
from netzwerk_app.core.import_results import CardOrigin, ImportResult, SkippedRecord
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.vcard.parallel import StreamedRead, begin_streamed_read, read_file_parallel
from netzwerk_app.vcard.reader import (
    NOT_A_VCARD,
    CardOutcome,
    Problem,
    ReadResult,
    iter_cards,
    read_vcards,
)
from netzwerk_app.vcard.writer import write_vcard, write_vcards

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from netzwerk_app.core.importing import CancelCheck, Item, ProgressCallback

# The import and the export (`core.importing`, `core.vcard_writing`, and with them peewee and
# the models) are imported where they are used: the helper that reads part of a large file
# (`vcard.parallel`) imports this package too, and starts sooner without them.

__all__ = [
    "CardOutcome",
    "Problem",
    "ReadResult",
    "VCardImport",
    "VCardRead",
    "export_vcards",
    "import_read",
    "import_vcard_files",
    "iter_cards",
    "iter_vcard_file",
    "read_vcard_file",
    "read_vcard_file_with_origins",
    "read_vcard_files",
    "read_vcards",
    "write_vcard",
    "write_vcards",
]


MAP_ABOVE_BYTES = 4 * 1024 * 1024  # files larger than this are memory-mapped


class _NotARegularFile(OSError):
    pass


@contextmanager
def _file_bytes(path: str | os.PathLike[str]) -> Iterator[bytes]:
    """The bytes of a file: read when small, memory-mapped when large (never copied whole).

    Raises OSError (`_NotARegularFile` for a device or a directory).
    """
    # Opened without blocking, so a named pipe nobody writes to cannot hang the import.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as fh:
        info = os.fstat(fd)
        if stat.S_ISFIFO(info.st_mode) and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a pipe with a writer (`<(…)`): read all it sends
        elif not stat.S_ISREG(info.st_mode):
            raise _NotARegularFile("not a regular file")
        size = info.st_size
        if size < MAP_ABOVE_BYTES or size == 0:
            yield fh.read()
            return
        # A large file is mapped, not read: cards are cut out of it one by one, so the
        # file is never held in memory next to the records made from it.
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            yield mapped  # type: ignore[misc]


def _cannot_read(exc: OSError) -> str:
    return f"cannot read file: {exc.strerror or exc}"


def read_vcard_file(
    path: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ReadResult:
    """Read one .vcf file (bytes, any encoding); problems are returned, never raised.

    A file that cannot be opened gives one error problem and no cards.
    """
    return _read_file(path, progress, cancel)[0]


def read_vcard_file_with_origins(
    path: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[ReadResult, list[CardOrigin]]:
    """`read_vcard_file`, plus where each record came from (file, card number, line)."""
    return _read_file(path, progress, cancel)


def _read_file(
    path: str | os.PathLike[str],
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> tuple[ReadResult, list[CardOrigin]]:
    name = Path(path).name
    try:
        with _file_bytes(path) as data:
            result = read_file_parallel(path, data, name, progress, cancel)
    except OSError as exc:
        return ReadResult(problems=[Problem(0, 0, _cannot_read(exc), source=name)]), []
    return result, [CardOrigin(name, card, line) for card, line in result.positions]


def iter_vcard_file(path: str | os.PathLike[str]) -> Iterator[CardOutcome | Problem]:
    """Read one .vcf file card by card: a `CardOutcome` per card, and file-level `Problem`s.

    For streaming (an import in batches): memory stays bounded by the largest card, as a large
    file is memory-mapped and each record can be dropped once used. A file that cannot be
    opened gives one error `Problem`; a file without any card gives no `CardOutcome`.
    """
    name = Path(path).name
    try:
        with _file_bytes(path) as data:
            yield from iter_cards(data, name)
    except OSError as exc:
        yield Problem(0, 0, _cannot_read(exc), source=name)


@dataclass
class VCardImport:
    """The outcome of importing vCard files: the import result plus every reading problem."""

    result: ImportResult
    problems: list[Problem] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # files that held no vCard at all

    @property
    def anything_read(self) -> bool:
        return len(self.unreadable) == 0 or bool(
            self.result.created or self.result.updated or self.result.unchanged
        )


@dataclass
class VCardRead:
    """vCard files read once: their records (with where each came from) and problems.

    A preview and the import that follows it both use one `VCardRead` (`import_read`), so the
    files are read once however often the records are matched.
    """

    files: list[str] = field(default_factory=list)  # the file names, as the history keeps them
    records: list[ContactRecord] = field(default_factory=list)
    origins: list[CardOrigin] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # files that held no vCard at all
    skipped: list[SkippedRecord] = field(default_factory=list)  # cards the reader skipped
    cancelled: bool = False


def read_vcard_files(
    paths: Sequence[str | os.PathLike[str]],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> VCardRead:
    """Read vCard files into records, writing nothing; ``progress(done, total)`` per mille."""
    out = VCardRead(files=[Path(p).name for p in paths])
    share = 1.0 / max(len(paths), 1)
    for index, path in enumerate(paths):
        scaled = None
        if progress is not None:
            start = index * share
            scaled = lambda done, total, s=start: progress(  # noqa: E731
                int(1000 * (s + share * done / max(total, 1))), 1000
            )
        read, read_origins = _read_file(path, scaled, cancel)
        if read.cancelled:
            out.cancelled = True
            return out
        add_file_read(out, path, read, read_origins)
    return out


def add_file_read(
    out: VCardRead, path: str | os.PathLike[str], read: ReadResult, origins: list[CardOrigin]
) -> None:
    """Add what one file's read gave to ``out``."""
    out.problems += read.problems
    if not read.readable:
        out.unreadable.append(str(path))
    out.skipped += _skipped_cards(read.problems, Path(path).name)
    out.records += read.records
    out.origins += origins


def _skipped_cards(problems: Sequence[Problem], name: str) -> list[SkippedRecord]:
    """The cards (or the file) a reading error skipped, as the import's report lists them."""
    skipped = []
    for p in problems:
        if p.severity == "error":
            origin = CardOrigin(name, p.card, p.line)
            where = str(origin) if p.card else name
            label = f"card {p.card}" if p.card else name
            skipped.append(SkippedRecord(label, p.message, where, origin))
    return skipped


def import_read(
    db: SqliteDatabase,
    read: VCardRead,
    *,
    tier: str | None = None,
    overwrite: bool = False,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> VCardImport:
    """Import records read by `read_vcard_files` in one transaction (``dry_run``: a preview).

    The records are not changed, so one read serves a preview and then the import.
    """
    if read.cancelled:
        return VCardImport(ImportResult(cancelled=True, dry_run=dry_run), list(read.problems))
    from netzwerk_app.core.importing import import_records

    with paused_gc():
        result = import_records(
            db,
            read.records,
            tier=tier,
            overwrite=overwrite,
            dry_run=dry_run,
            progress=progress,
            cancel=cancel,
            origins=read.origins,
            files=read.files,
        )
    return outcome_of(db, result, read)


def outcome_of(db: SqliteDatabase, result: ImportResult, read: VCardRead) -> VCardImport:
    """The outcome of importing `read`: its skipped cards lead the result's (and count in the
    import's history), with the problems and unreadable files of reading."""
    result.skipped = list(read.skipped) + result.skipped
    if result.import_id is not None and read.skipped:
        from netzwerk_app.core.import_history import update_counts

        update_counts(db, result.import_id, result.counts())
    return VCardImport(result, list(read.problems), list(read.unreadable))


def import_vcard_files(
    db: SqliteDatabase,
    paths: Sequence[str | os.PathLike[str]],
    *,
    tier: str | None = None,
    overwrite: bool = False,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> VCardImport:
    """Read vCard files and import all their cards in one transaction.

    ``progress(done, 1000)`` reports per mille done; ``cancel()`` returning True stops and
    leaves the database as it was. A large file's records are matched while a helper still
    reads its rest (`vcard.overlapped`); files over `STREAM_ABOVE_BYTES` are imported as read.
    ``dry_run=True`` is a preview: the same result, nothing written. Skipped cards appear in
    ``result.skipped`` (and, with their line, in ``problems``).
    """

    if not dry_run and _total_size(paths) > STREAM_ABOVE_BYTES:
        return _import_streamed(db, paths, tier, overwrite, progress, cancel)

    from netzwerk_app.vcard.overlapped import read_and_import

    # The records read are let go before the collector resumes: the collection that follows a
    # pause walks every object made during it that is still there (10,000 cards: ~0.17 s).
    with paused_gc():
        _read, outcome = read_and_import(
            db, paths, tier=tier, overwrite=overwrite, dry_run=dry_run, progress=progress,
            cancel=cancel,
        )  # fmt: skip
        del _read
    return outcome


# Files larger than this (together) are imported as they are read, a batch at a time: memory is
# bounded by the matcher and the report, not by the cards (a million cards under 1 GB).
STREAM_ABOVE_BYTES = 24 * 1024 * 1024


def _total_size(paths: Sequence[str | os.PathLike[str]]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += os.stat(path).st_size
    return total


def _line_count(data: bytes) -> int:
    """The line breaks in ``data`` (a map is counted a block at a time: it has no `count`)."""
    block = 1 << 24
    return sum(data[i : i + block].count(b"\n") for i in range(0, len(data), block))


class _ReadHere(Exception):
    """A helper's streamed read of a file failed: import all files again, read here."""


def _import_streamed(
    db: SqliteDatabase,
    paths: Sequence[str | os.PathLike[str]],
    tier: str | None,
    overwrite: bool,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    helped: bool = True,
) -> VCardImport:
    """`import_vcard_files` of large files: each card imported as it is read (by a helper
    process, `parallel.begin_streamed_read`, while this one matches and writes, where that
    can be and ``helped``; when a helper fails, the import is rolled back and done again, read
    here). The collector is paused meanwhile: it would walk the matcher's and the report's
    growing objects again and again (a tenth of the time at 100k cards) and find nothing; the
    cards' records are freed by reference counting as they are written."""
    from netzwerk_app.core.importing import import_stream
    from netzwerk_app.core.phones import default_region

    problems: list[Problem] = []
    unreadable: list[str] = []
    skipped: list[SkippedRecord] = []
    names = [Path(p).name for p in paths]
    region = default_region()

    def report(index: int, fraction: float) -> None:
        if progress is not None:
            progress(int(1000 * (index + fraction) / len(paths)), 1000)

    def read_by_helper(index: int, part: StreamedRead) -> Iterator[Item]:
        name = names[index]
        with part:
            lines = 1  # the file's lines, counted only for progress (a pass over the file)
            if progress is not None:
                with contextlib.suppress(OSError), _file_bytes(paths[index]) as data:
                    lines = max(_line_count(data), 1)
            for records, prepared, positions in part.chunks():
                made = prepared if prepared is not None else [None] * len(records)
                for record, ready, (number, line) in zip(records, made, positions, strict=True):
                    yield record, CardOrigin(name, number, line), "", ready
                if positions:
                    report(index, min(positions[-1][1] / lines, 1.0))
            whole = part.finish()
        if whole is None or whole.cards == 0:
            raise _ReadHere  # the file is read again here (also one without cards: as ever)
        skipped.extend(_skipped_cards(whole.problems, name))
        problems.extend(whole.problems)

    def items() -> Iterator[Item]:
        for index, path in enumerate(paths):
            name, cards, mine = names[index], 0, []
            part = begin_streamed_read(path, name, region) if helped else None
            if part is not None:
                yield from read_by_helper(index, part)
                continue
            for item in iter_vcard_file(path):
                if isinstance(item, Problem):
                    mine.append(item)
                    continue
                cards += 1
                mine.extend(item.problems)
                if cards % 1000 == 0:
                    report(index, item.offset / max(item.size, 1))
                if item.record is not None:  # its origin says where (no text held per card)
                    yield item.record, CardOrigin(name, item.number, item.line), "", None
            if cards == 0:
                unreadable.append(str(path))
                mine = [p for p in mine if p.severity == "error"]
                if not any(p.message.startswith("cannot read file") for p in mine):
                    mine.append(Problem(0, 0, NOT_A_VCARD, "error", name))
            skipped.extend(_skipped_cards(mine, name))
            problems.extend(mine)

    try:
        with paused_gc():
            result = import_stream(
                db, items(), tier=tier, overwrite=overwrite, region=region, cancel=cancel,
                files=names,
            )  # fmt: skip
    except _ReadHere:  # rolled back: all files again, read here
        return _import_streamed(db, paths, tier, overwrite, progress, cancel, helped=False)
    result.skipped = skipped + result.skipped
    if result.import_id is not None and skipped:
        from netzwerk_app.core.import_history import update_counts

        update_counts(db, result.import_id, result.counts())
    if progress is not None:
        progress(1000, 1000)
    return VCardImport(result, problems, unreadable)


def export_vcards(
    db: SqliteDatabase,
    path: str | os.PathLike[str],
    *,
    tier: str | None = None,
    ids: Sequence[int] | None = None,
    version: str = "3.0",
) -> int:
    """Write contacts (all, one tier, or the given ids) to a .vcf file; return how many.

    Raises `ValueError` for an unknown version and `InvalidInput` for an unknown tier or when
    `path` is the database file itself.
    """
    from netzwerk_app.core.vcard_writing import export_vcard_file

    return export_vcard_file(db, path, tier=tier, ids=ids, version=version)
