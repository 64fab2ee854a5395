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

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.import_matcher import Matcher
from netzwerk_app.core.import_merge import Merge, apply_to_record, copy_record, merge_into
from netzwerk_app.core.import_writes import (
    REASON_IMPORTED as REASON_IMPORTED,  # where the UI and the history look for it
)
from netzwerk_app.core.import_writes import (
    insert_new,
    load_in_id_order,
    write_updates,
)
from netzwerk_app.core.phones import default_region
from netzwerk_app.core.records import (
    ContactRecord,
    InvalidInput,
    validate_tier,
)
from netzwerk_app.core.search import reindex_contacts

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# The source of records handed in without a file: one import of them counts as one file.
_NO_FILE = "\x00records of this import"


# Fields a re-import fills when they are empty (organization and title: see career changes).
@dataclass(frozen=True)
class CardOrigin:
    """Where a record came from: file, card number and line (0 = unknown)."""

    file: str = ""
    card: int = 0
    line: int = 0

    def __str__(self) -> str:
        parts = [self.file] if self.file else []
        if self.card:
            parts.append(f"card {self.card}")
        if self.line:
            parts.append(f"line {self.line}")
        return ", ".join(parts)


@dataclass
class ImportedContact:
    """One contact touched (or matched) by an import."""

    contact_id: int | None  # None in a preview for contacts that would be created
    name: str
    changes: list[str] = field(default_factory=list)  # what an update filled or added
    source: str = ""  # where the record came from (file, card), when known
    origin: CardOrigin = field(default_factory=CardOrigin)


@dataclass
class MergedCard:
    """A card folded into a contact that was already there, or into an earlier card."""

    origin: CardOrigin
    contact_id: int | None  # None in a preview when the contact is new in this import
    name: str
    rule: str  # the matching rule that decided it
    changes: list[str] = field(default_factory=list)  # the fields and details it changes


@dataclass
class PossibleDuplicateFound:
    """A card imported as its own contact that may be the same person as another contact."""

    origin: CardOrigin
    contact_id: int | None  # the new contact (None in a preview)
    name: str
    other_id: int | None  # None in a preview when the other contact is new too
    other_name: str
    evidence: tuple[str, ...] = ()


@dataclass
class SkippedRecord:
    """A record (or card) that was not imported, and why."""

    name: str
    reason: str
    source: str = ""
    origin: CardOrigin = field(default_factory=CardOrigin)


@dataclass
class ImportResult:
    """What an import did (or, for a preview, would do)."""

    created: list[ImportedContact] = field(default_factory=list)
    updated: list[ImportedContact] = field(default_factory=list)
    unchanged: list[ImportedContact] = field(default_factory=list)
    skipped: list[SkippedRecord] = field(default_factory=list)
    merged: list[MergedCard] = field(default_factory=list)
    possible_duplicates: list[PossibleDuplicateFound] = field(default_factory=list)
    cancelled: bool = False
    dry_run: bool = False
    import_id: int | None = None  # the recorded import (`import_history.undo_import`)

    def counts(self) -> dict[str, int]:
        """The counts the command line prints (its JSON keys)."""
        return {
            "new": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "possible_duplicates": len(self.possible_duplicates),
            "skipped": len(self.skipped),
        }

    def summary(self) -> str:
        verb = "would be " if self.dry_run else ""
        text = (
            f"{len(self.created)} {verb}created, {len(self.updated)} {verb}updated, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped"
        )
        if self.possible_duplicates:
            text += f", {len(self.possible_duplicates)} possible duplicate(s)"
        return f"import cancelled; nothing was changed ({text})" if self.cancelled else text


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
    tier = validate_tier(tier)
    today = today or clock.today()
    records = list(records)
    result = ImportResult(dry_run=dry_run)
    if origins is None:
        origins = [CardOrigin(file=s) for s in sources or ()]
    if files is None:
        files = list(dict.fromkeys(o.file for o in origins if o.file))
    try:
        # IMMEDIATE: the write lock is taken before the contacts are read, so no other writer
        # can commit between matching and writing (which would fail the whole import with
        # "database is locked" when it upgrades its read to a write). A preview writes
        # nothing: it only reads, and leaves the app free to save meanwhile.
        with db.atomic("DEFERRED" if dry_run else "IMMEDIATE"):
            before = _run_import(
                db,
                records,
                result,
                tier,
                overwrite,
                region,
                progress,
                cancel,
                origins,
                sources,
                today,
            )
            if dry_run:
                raise _Rollback
            _record_history(db, result, list(files), before)
    except _Rollback:
        pass
    except _Cancelled:
        return ImportResult(cancelled=True, dry_run=dry_run, skipped=result.skipped)
    return result


def _record_history(
    db: SqliteDatabase, result: ImportResult, files: list[str], before: dict[int, str]
) -> None:
    """Record the import and its possible duplicates (inside the import's transaction)."""
    from netzwerk_app.core import duplicates, import_history

    pairs = [
        (p.contact_id, p.other_id, p.evidence)
        for p in result.possible_duplicates
        if p.contact_id is not None and p.other_id is not None
    ]
    duplicates.record_pairs(db, pairs, found_by="import")
    result.import_id = import_history.record_import(db, result, files, before)


def _run_import(
    db: SqliteDatabase,
    records: list[ContactRecord],
    result: ImportResult,
    tier: str | None,
    overwrite: bool,
    region: str | None,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    origins: Sequence[CardOrigin],
    sources: Sequence[str] | None,
    today: dt.date,
) -> dict[int, str]:
    """Match, merge and write; returns JSON snapshots of the updated contacts from before."""
    total = len(records)
    matcher = Matcher(db, region or default_region())
    # Ids are never reused: start after the highest id ever given (sqlite_sequence), which
    # SQLite moves on by itself when rows with larger explicit ids are inserted.
    next_id = (
        db.execute_sql(
            "SELECT MAX(COALESCE((SELECT MAX(id) FROM contact), 0),"
            " COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'contact'), 0))"
        ).fetchone()[0]
        + 1
    )
    new_records: dict[int, ContactRecord] = {}
    new_entries: dict[int, ImportedContact] = {}
    matched: dict[int, list[tuple[ContactRecord, CardOrigin, str, str]]] = {}
    found: list[tuple[int, CardOrigin, str, list[tuple[int, tuple[str, ...]]]]] = []

    def where(i: int) -> tuple[CardOrigin, str]:
        origin = origins[i] if i < len(origins) else CardOrigin()
        text = sources[i] if sources and i < len(sources) and not origin.card else str(origin)
        return origin, text

    # 1. match every record: to an existing contact, a contact new in this import, or nothing
    for i, record in enumerate(records):
        origin, source = where(i)
        if i % 500 == 0:
            if cancel is not None and cancel():
                raise _Cancelled
            if progress is not None:
                progress(i, total)
        name = record.computed_display_name()
        if not name:
            result.skipped.append(
                SkippedRecord("", "no name, organization, email or phone", source, origin)
            )
            continue
        if record.tier is not None:
            try:
                record = dataclasses.replace(record, tier=validate_tier(record.tier))
            except InvalidInput as exc:
                result.skipped.append(SkippedRecord(name, str(exc), source, origin))
                continue
        match = matcher.match(record, origin.file or _NO_FILE)
        cid = match.contact_id
        if cid is None:
            cid = next_id
            next_id += 1
            new = copy_record(record)
            new.display_name = name
            if new.uid in matcher.by_uid:  # a UID already taken by someone else
                new.uid = ""
            if tier is not None:
                new.tier = tier
            new_records[cid] = new
            new_entries[cid] = ImportedContact(
                None if result.dry_run else cid, name, [], source, origin
            )
            if new.uid != record.uid or match.card is None:
                matcher.add(cid, new, origin.file or _NO_FILE)
            else:
                matcher.add(cid, new, origin.file or _NO_FILE, match.card)
            if match.possible:
                found.append((cid, origin, name, match.possible))
        elif cid in new_records:
            merge = merge_into(
                new_records[cid], record, matcher, False, bool(new_records[cid].photo), None
            )
            apply_to_record(new_records[cid], merge)
            note = f"merged with a second record{f' ({source})' if source else ''}"
            new_entries[cid].changes.append(note)
            matcher.add(cid, new_records[cid], origin.file or _NO_FILE)
            result.merged.append(
                MergedCard(
                    origin,
                    None if result.dry_run else cid,
                    new_records[cid].display_name,
                    match.rule,
                    list(merge.changes),
                )
            )
        else:
            matched.setdefault(cid, []).append((record, origin, source, match.rule))
            matcher.add(cid, record, origin.file or _NO_FILE, match.card)

    if cancel is not None and cancel():
        raise _Cancelled

    # 2. merge matched records into existing contacts
    existing: dict[int, ContactRecord] = {}
    ids = sorted(matched)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for cid, rec in zip(chunk, load_in_id_order(db, chunk), strict=True):
            existing[cid] = rec
    with_photo: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT contact_id FROM photo WHERE contact_id IN ({marks})"
        with_photo.update(row[0] for row in db.execute_sql(sql, chunk))
    updates: dict[int, Merge] = {}
    for cid in ids:
        current = existing[cid]
        total_merge = Merge()
        changes: list[str] = []
        first_source, first_origin = matched[cid][0][2], matched[cid][0][1]
        for record, origin, _source, rule in matched[cid]:
            merge = merge_into(current, record, matcher, overwrite, cid in with_photo, tier)
            if not merge.changes:
                continue
            result.merged.append(
                MergedCard(origin, cid, current.display_name, rule, list(merge.changes))
            )
            changes += [c for c in merge.changes if c not in changes]
            apply_to_record(current, merge)
            if merge.photo:
                with_photo.add(cid)
            total_merge.fields.update(merge.fields)
            total_merge.methods += merge.methods
            total_merge.addresses += merge.addresses
            total_merge.tags += merge.tags
            total_merge.raw += merge.raw
            total_merge.photo = merge.photo or total_merge.photo
            total_merge.tier = merge.tier or total_merge.tier
            total_merge.career = merge.career or total_merge.career
        entry = ImportedContact(cid, current.display_name, changes, first_source, first_origin)
        if changes:
            total_merge.changes = changes
            updates[cid] = total_merge
            result.updated.append(entry)
        else:
            result.unchanged.append(entry)
    result.created.extend(new_entries.values())
    names = {cid: r.display_name for cid, r in new_records.items()}
    for cid, origin, name, possible in found:
        for other, proof in possible:
            if other not in names and other not in matcher.identities:
                continue
            other_name = names.get(other) or _display_name(db, other)
            shown_other = None if result.dry_run and other in new_records else other
            result.possible_duplicates.append(
                PossibleDuplicateFound(
                    origin,
                    None if result.dry_run else cid,
                    name,
                    shown_other,
                    other_name,
                    proof,
                )
            )

    if progress is not None:
        progress(total, total)
    if cancel is not None and cancel():
        raise _Cancelled

    # 3. write (a preview's result is complete here: it writes nothing, and rolls back anyway)
    if result.dry_run:
        return {}
    before = {cid: _snapshot_json(db, cid) for cid in updates}
    insert_new(db, new_records, today)
    write_updates(db, updates, existing, today)
    touched = list(new_records) + list(updates)
    if touched:
        reindex_contacts(db, touched)
    return before


def _snapshot_json(db: SqliteDatabase, cid: int) -> str:
    from netzwerk_app.core.snapshots import snapshot_contact, snapshot_to_json

    return snapshot_to_json(snapshot_contact(db, cid))


def _display_name(db: SqliteDatabase, cid: int) -> str:
    row = db.execute_sql("SELECT display_name FROM contact WHERE id = ?", [cid]).fetchone()
    return row[0] if row else ""
