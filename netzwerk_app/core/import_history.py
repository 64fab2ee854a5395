"""The history of imports: what each one did, and undoing one as a whole.

`record_import` runs inside the import's transaction (called by `importing.import_records`).
`undo_import` removes the contacts an import added and puts back the contacts it changed, as
they were before it; a contact edited since the import (any field, method, tag, touchpoint or
tier change) is left as it is and reported.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from peewee import SqliteDatabase

from netzwerk_app.core.batches import batches
from netzwerk_app.core.contacts import display_names
from netzwerk_app.core.models import Contact, ImportChange, ImportRun, now
from netzwerk_app.core.records import InvalidInput
from netzwerk_app.core.search import reindex_contacts
from netzwerk_app.core.snapshots import (
    digests_as_stored,
    restore_in_place,
    snapshot_from_json,
    state_digests,
)

if TYPE_CHECKING:
    from netzwerk_app.core.importing import ImportResult


@dataclass
class ImportSummary:
    """One recorded import, as listed."""

    id: int
    imported_at: dt.datetime
    files: list[str]
    counts: dict[str, int]
    undone_at: dt.datetime | None = None

    def as_dict(self) -> dict:
        """JSON-ready (the keys are the command line's contract)."""
        return {
            "id": self.id,
            "imported_at": self.imported_at.isoformat(" "),
            "files": self.files,
            "counts": self.counts,
            "undone_at": self.undone_at.isoformat(" ") if self.undone_at else None,
        }


@dataclass
class ImportUndo:
    """What undoing an import did."""

    import_id: int
    removed: list[int] = field(default_factory=list)  # contacts it had added, now gone
    restored: list[int] = field(default_factory=list)  # contacts put back as before it
    kept: list[tuple[int, str]] = field(default_factory=list)  # edited since: left as they are
    missing: list[int] = field(default_factory=list)  # deleted or merged away since

    def summary(self) -> str:
        text = (
            f"import {self.import_id} undone: {len(self.removed)} contact(s) removed, "
            f"{len(self.restored)} restored"
        )
        if self.kept:
            text += f", {len(self.kept)} edited since and left as they are"
        if self.missing:
            text += f", {len(self.missing)} no longer there"
        return text


def record_import(
    db: SqliteDatabase,
    result: ImportResult,
    files: list[str],
    before: dict[int, str],
    digests: dict[int, str] | None = None,
) -> int:
    """Record a written import: its files, counts, and per contact what undo needs.

    ``digests`` holds the `state_digests` of contacts already known (made as they were
    written); the others are read.
    """
    known = digests or {}
    run = ImportRun.create(
        files=json.dumps(files, ensure_ascii=False), counts=json.dumps(result.counts())
    )
    created = [e.contact_id for e in result.created if e.contact_id is not None]
    updated = [e.contact_id for e in result.updated if e.contact_id is not None]
    # in batches: a million created contacts need not have a million digests held at once
    for action, ids in (("created", created), ("updated", updated)):
        for chunk in batches(ids, 5000):
            made = known if action == "created" else {}
            found = state_digests(db, [cid for cid in chunk if cid not in made])
            found.update((cid, made[cid]) for cid in chunk if cid in made)
            rows = [(run.id, cid, action, before.get(cid), found.get(cid, "")) for cid in chunk]
            db.cursor().executemany(
                "INSERT INTO import_change(run_id, contact_id, action, before, digest)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )
    return run.id


def _summary(run: ImportRun) -> ImportSummary:
    return ImportSummary(
        id=run.id,
        imported_at=run.imported_at,
        files=json.loads(run.files or "[]"),
        counts=json.loads(run.counts or "{}"),
        undone_at=run.undone_at,
    )


def list_imports(db: SqliteDatabase, limit: int | None = 50) -> list[ImportSummary]:
    """Recorded imports, newest first."""
    query = ImportRun.select().order_by(ImportRun.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [_summary(run) for run in query]


def undo_import(db: SqliteDatabase, import_id: int) -> ImportUndo:
    """Take an import back: remove the contacts it added, restore those it changed.

    A contact edited since the import is left as it is and listed in ``kept``. Raises
    `InvalidInput` for an unknown import or one already undone.
    """
    run = ImportRun.get_or_none(ImportRun.id == import_id)
    if run is None:
        raise InvalidInput(f"no import with id {import_id}")
    if run.undone_at is not None:
        raise InvalidInput(f"import {import_id} was already undone")
    outcome = ImportUndo(import_id)
    with db.atomic():
        changes = cast("list[tuple[int, str, str | None, str]]", list(
            ImportChange.select()
            .where(ImportChange.run == run.id)
            .order_by(ImportChange.id.desc())
            .tuples()
            .columns(ImportChange.contact_id, ImportChange.action, ImportChange.before,
                     ImportChange.digest)
        ))  # fmt: skip
        digests = digests_as_stored(db, {c[0]: c[3] or "" for c in changes})
        names = display_names(db, digests)
        to_remove: list[int] = []
        for cid, action, before, digest in changes:
            if cid not in digests:
                outcome.missing.append(cid)
            elif digests[cid] != digest:
                outcome.kept.append((cid, names.get(cid, "")))
            elif action == "created":
                to_remove.append(cid)
            elif before:
                restore_in_place(db, snapshot_from_json(before))
                outcome.restored.append(cid)
        for chunk in batches(to_remove):
            Contact.delete().where(Contact.id.in_(chunk)).execute()
        if to_remove:
            reindex_contacts(db, to_remove)
        outcome.removed = sorted(to_remove)
        run.undone_at = now()
        run.save()
    return outcome


def update_counts(db: SqliteDatabase, import_id: int, counts: dict[str, int]) -> None:
    """Correct a recorded import's counts (cards the reader skipped are known only to it)."""
    ImportRun.update(counts=json.dumps(counts)).where(ImportRun.id == import_id).execute()
