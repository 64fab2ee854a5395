"""Bulk import of ContactRecords into the database, merging with contacts already there.

Format-agnostic (the vCard layer, or any other source, hands in `ContactRecord`s). Whether a
record is a contact already there is decided by the rules in `core.matching`: a sure match
fills empty fields and adds new methods, addresses, tags and kept properties, never overwriting
what the user changed unless ``overwrite`` is set; a changed organization or title is kept as a
career change in the position history. A record that may be someone already there is imported
as its own contact and recorded as a possible duplicate (`core.duplicates`). The whole import is
one transaction: cancelled or failed, the database is as before. A written import is recorded
(`core.import_history`) with what is needed to undo it. New rows go in through the
connection's ``executemany``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from peewee import SqliteDatabase

from netzwerk_app.core import clock, import_run
from netzwerk_app.core.history import REASON_IMPORTED as REASON_IMPORTED  # (as before)
from netzwerk_app.core.import_prepared import Prepared
from netzwerk_app.core.import_results import (
    CardOrigin as CardOrigin,
)
from netzwerk_app.core.import_results import (
    ImportedContact as ImportedContact,
)
from netzwerk_app.core.import_results import (
    ImportResult,
)
from netzwerk_app.core.import_results import (
    MergedCard as MergedCard,
)
from netzwerk_app.core.import_results import (
    PossibleDuplicateFound as PossibleDuplicateFound,
)
from netzwerk_app.core.import_results import (
    SkippedRecord as SkippedRecord,
)
from netzwerk_app.core.import_run import ImportRun
from netzwerk_app.core.records import ContactRecord, validate_tier

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
# One record of a stream: the record, where it came from, that as text for the report, and what
# its import needs from it alone when that was made before (`core.import_prepared`), or None.
Item = tuple[ContactRecord, CardOrigin, str, Prepared | None]


class _Cancelled(Exception):
    pass


class _Rollback(Exception):
    pass


def import_records(
    db: SqliteDatabase,
    records: Iterable[ContactRecord],
    *,
    tier: str | None = None,
    overwrite: bool = False,
    region: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    dry_run: bool = False,
    sources: Sequence[str] | None = None,
    today: dt.date | None = None,
    origins: Sequence[CardOrigin] | None = None,
    files: Sequence[str] | None = None,
) -> ImportResult:
    """Import records in one transaction; return what was created, merged, kept apart, skipped.

    ``tier`` files new contacts (and unsorted matched ones) into that tier; otherwise a record's
    own tier is used. ``progress(done, total)`` is called now and then; ``cancel()`` returning
    True rolls everything back (``result.cancelled``). ``dry_run`` computes the same result and
    rolls back: a preview that writes nothing. ``origins[i]`` (file, card, line) or
    ``sources[i]`` (free text) names where record i came from; ``files`` the files read, kept
    in the import history. A written import is recorded (``result.import_id``) so that
    `import_history.undo_import` can take it back.
    Raises `InvalidInput` for a bad ``tier``; any other error rolls back and propagates.
    """
    records = list(records)
    if origins is None:
        origins = [CardOrigin(file=s) for s in sources or ()]
    if files is None:
        files = list(dict.fromkeys(o.file for o in origins if o.file))
    total = len(records)

    def items() -> Iterable[Item]:
        for i, record in enumerate(records):
            if i % 500 == 0 and progress is not None:
                progress(i, total)
            origin = origins[i] if i < len(origins) else CardOrigin()
            text = sources[i] if sources and i < len(sources) and not origin.card else str(origin)
            yield record, origin, text, None
        if progress is not None:
            progress(total, total)

    result = import_stream(
        db, items(), tier=tier, overwrite=overwrite, region=region, cancel=cancel,
        dry_run=dry_run, today=today, files=files,
    )  # fmt: skip
    return result


def import_stream(
    db: SqliteDatabase,
    items: Iterable[Item],
    *,
    tier: str | None = None,
    overwrite: bool = False,
    region: str | None = None,
    cancel: CancelCheck | None = None,
    dry_run: bool = False,
    today: dt.date | None = None,
    files: Sequence[str] = (),
) -> ImportResult:
    """`import_records` of records as they come (a file read card by card), in one transaction.

    A written import holds a batch of records at a time, not all of them (`core.import_run`);
    the caller reports progress as it reads. ``files`` names the files read, for the history.
    """
    tier = validate_tier(tier)
    today = today or clock.today()
    result = ImportResult(dry_run=dry_run)
    try:
        # IMMEDIATE: the write lock is taken before the contacts are read, so no other writer
        # can commit between matching and writing (which would fail the whole import with
        # "database is locked" when it upgrades its read to a write). A preview writes
        # nothing: it only reads, and leaves the app free to save meanwhile.
        with db.atomic("DEFERRED" if dry_run else "IMMEDIATE"):
            run = ImportRun(db, result, tier=tier, overwrite=overwrite, region=region, today=today)
            for count, (record, origin, text, prepared) in enumerate(items):
                if count % 500 == 0 and cancel is not None and cancel():
                    raise _Cancelled
                run.add(record, origin, text, prepared)
                if not dry_run and run.held >= import_run.BATCH:
                    run.flush()
            if cancel is not None and cancel():
                raise _Cancelled
            before = run.finish()
            if cancel is not None and cancel():
                raise _Cancelled
            if dry_run:
                raise _Rollback
            _record_history(db, result, list(files), before, run.digests)
    except _Rollback:
        pass
    except _Cancelled:
        return ImportResult(cancelled=True, dry_run=dry_run, skipped=result.skipped)
    return result


def _record_history(
    db: SqliteDatabase,
    result: ImportResult,
    files: list[str],
    before: dict[int, str],
    digests: dict[int, str],
) -> None:
    """Record the import and its possible duplicates (inside the import's transaction)."""
    from netzwerk_app.core import duplicates, import_history

    pairs = [
        (p.contact_id, p.other_id, p.evidence)
        for p in result.possible_duplicates
        if p.contact_id is not None and p.other_id is not None
    ]
    duplicates.record_pairs(db, pairs, found_by="import")
    result.import_id = import_history.record_import(db, result, files, before, digests)
