"""The import's work off the GUI thread: reading the files, matching or importing the
records, and turning the outcome into rows of text for the dialog's lists (`ImportReport`).

`ImportWorker` is a `Worker` (ui/workers.py): the import dialog starts it through the
context's `WorkerRunner`. Peewee keeps one connection per thread, so the worker uses the same
database object through its own connection, which it closes when done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from netzwerk_app import vcard
from netzwerk_app.core.database import is_disk_full
from netzwerk_app.core.importing import CardOrigin
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.dialogs.import_phrases import phrase, phrase_table, phrases
from netzwerk_app.ui.workers import Worker
from netzwerk_app.vcard.overlapped import read_and_import

Where = Callable[[CardOrigin], str]


@dataclass
class ImportReport:
    """An import's (or preview's) outcome, with its lists already as rows of text."""

    outcome: vcard.VCardImport
    read: vcard.VCardRead
    counts: dict[str, int] = field(default_factory=dict)
    rows: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    @property
    def cancelled(self) -> bool:
        return self.outcome.result.cancelled


def report_rows(
    read: vcard.VCardRead, outcome: vcard.VCardImport, where: Where, new_mark: str
) -> ImportReport:
    """The lists of an outcome as rows of text (run in the worker: thousands of rows)."""
    result = outcome.result
    fixed = phrase_table()
    rows: dict[str, list[tuple[str, ...]]] = {
        "new": [(c.name, where(c.origin) or c.source) for c in result.created],
        "merged": [
            (
                where(m.origin),
                m.name if m.contact_id is not None else new_mark.replace("%1", m.name),
                phrases(m.changes),
                phrase(m.rule, fixed),
            )
            for m in result.merged
        ],
        "unchanged": [(c.name, where(c.origin) or c.source) for c in result.unchanged],
        "duplicates": [
            (where(d.origin), d.name, d.other_name, phrases(d.evidence))
            for d in result.possible_duplicates
        ],
        "skipped": [(where(s.origin) or s.source, phrase(s.reason, fixed)) for s in result.skipped],
        "warnings": [
            (where(CardOrigin(p.source, p.card, p.line)), p.message)
            for p in outcome.problems
            if p.severity != "error"
        ],
    }
    return ImportReport(outcome, read, result.counts(), rows)


class ImportWorker(Worker):
    """Reads the files (unless already read) and imports or previews them off the GUI thread;
    `succeeded` carries an `ImportReport`."""

    def __init__(
        self,
        db: SqliteDatabase,
        files: list[str],
        read: vcard.VCardRead | None,
        dry_run: bool,
        tier: str | None,
        where: Where,
        new_mark: str,
        parent=None,
    ) -> None:
        super().__init__(parent=parent)
        self.db = db
        self.files = files
        self.read = read
        self.dry_run = dry_run
        self.tier = tier
        self.where = where
        self.new_mark = new_mark

    def work(self) -> ImportReport:
        if self.read is None:  # read here: matched while the helper still reads
            read, outcome = read_and_import(
                self.db,
                self.files,
                tier=self.tier,
                dry_run=self.dry_run,
                progress=self.progress.emit,
                cancel=self.is_cancelled,
            )
        else:  # the preview's read, imported
            read = self.read
            outcome = vcard.import_read(
                self.db,
                read,
                tier=self.tier,
                dry_run=self.dry_run,
                progress=lambda done, total: self.progress.emit(done * 1000 // max(total, 1), 1000),
                cancel=self.is_cancelled,
            )
        return report_rows(read, outcome, self.where, self.new_mark)

    def describe_error(self, exc: Exception) -> str:
        if not isinstance(exc, NetzwerkError) and is_disk_full(exc):
            # SQLite's own rollback message would hide it
            return self.tr("The disk is full: nothing was imported. Make room and try again.")
        return super().describe_error(exc)

    def cleanup(self) -> None:
        if not self.db.is_closed():
            self.db.close()  # this thread's connection only
