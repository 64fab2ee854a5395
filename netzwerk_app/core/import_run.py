"""One import run: cards are matched as they come and written in batches.

`ImportRun.add` matches a card to a stored contact, a contact new in this import, or nothing
(`core.import_matcher`). Records wait in memory until `flush` writes a batch: the merges into
stored contacts (with the snapshot from before, for undo) and the new contacts. So an import of
any size holds the matcher's identities and the report, not every card read: a card that
merges into a contact of this import already written has that contact read back, merged and
written again. A preview (``dry_run``) writes nothing and so keeps all of its records until
the end. All of it runs inside the caller's transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from peewee import SqliteDatabase

from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.contacts import display_names, load_contacts
from netzwerk_app.core.import_matcher import Match, Matcher
from netzwerk_app.core.import_merge import Merge, apply_to_record, copy_record, merge_into
from netzwerk_app.core.import_prepared import Prepared
from netzwerk_app.core.import_results import (
    CardOrigin,
    ImportedContact,
    ImportResult,
    MergedCard,
    PossibleDuplicateFound,
    SkippedRecord,
)
from netzwerk_app.core.import_writes import insert_new, load_in_id_order, write_updates
from netzwerk_app.core.phones import default_region
from netzwerk_app.core.records import ContactRecord, InvalidInput, validate_tier
from netzwerk_app.core.search import reindex_contacts

# The source of records handed in without a file: one import of them counts as one file.
NO_FILE = "\x00records of this import"
# Records held before a written import writes them (new contacts plus cards that merge). Small
# enough that little is left to write after a large file's helper hands over its last card
# (`vcard.overlapped`; 5000 left up to 5000 contacts, about 1 s, to write while it idled), large
# enough that a batch's own statements cost nothing: 3,000 cards matched and written take as
# many instructions in batches of 1000 as of 5000 (callgrind, 3.94 and 3.98 G).
BATCH = 1000
# The changes of a new contact before a second card merges into it (one list for them all:
# replaced, never changed in place).
_NO_CHANGES: list[str] = []


class ImportRun:
    """Match and write the records of one import (see the module's docstring)."""

    def __init__(
        self,
        db: SqliteDatabase,
        result: ImportResult,
        *,
        tier: str | None,
        overwrite: bool,
        region: str | None,
        today: dt.date,
    ) -> None:
        self.db = db
        self.result = result
        self.tier = tier
        self.overwrite = overwrite
        self.today = today
        self.matcher = Matcher(db, region or default_region())
        # Ids are never reused: start after the highest id ever given (sqlite_sequence), which
        # SQLite moves on by itself when rows with larger explicit ids are inserted.
        self.next_id = (
            db.execute_sql(
                "SELECT MAX(COALESCE((SELECT MAX(id) FROM contact), 0),"
                " COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'contact'), 0))"
            ).fetchone()[0]
            + 1
        )
        self.first_new = self.next_id
        self.pending: dict[int, ContactRecord] = {}  # new contacts not written yet
        # the search rows but the tags of pending ones as their card was read, made before
        # (with the region), `import_prepared.new_search_columns`
        self.search_columns: dict[int, tuple[str, tuple[str, ...]]] = {}
        self.rewrite: set[int] = set()  # pending ones written before, merged since
        # every new contact, for the report: entries[cid - first_new] (ids are consecutive)
        self.entries: list[ImportedContact] = []
        self.matched: dict[int, list[tuple[ContactRecord, CardOrigin, str, str]]] = {}
        self.existing_entries: dict[int, ImportedContact] = {}  # stored contacts met
        self.changed: set[int] = set()  # stored contacts changed by this import
        self.found: list[tuple[int, CardOrigin, str, list[tuple[int, tuple[str, ...]]]]] = []
        self.before: dict[int, str] = {}  # JSON snapshots of changed contacts, from before
        self.held = 0  # records waiting for `flush`
        # `snapshots.state_digests` of the new contacts written, made as they were written
        self.digests: dict[int, str] = {}

    # ------------------------------------------------------------ matching

    def add(
        self,
        record: ContactRecord,
        origin: CardOrigin,
        source: str,
        prepared: Prepared | None = None,
    ) -> None:
        """Match one record and keep what it brings until the next `flush` (``prepared``: what
        it needs from the record alone, made where it was read, `core.import_prepared`)."""
        result = self.result
        name = record.computed_display_name()
        if not source and (not name or record.tier is not None):
            source = str(origin)  # for the report's skipped cards
        if not name:
            result.skipped.append(
                SkippedRecord("", "no name, organization, email or phone", source, origin)
            )
            return
        if record.tier is not None:
            try:
                record = dataclasses.replace(record, tier=validate_tier(record.tier))
            except InvalidInput as exc:
                result.skipped.append(SkippedRecord(name, str(exc), source, origin))
                return
        file = origin.file or NO_FILE
        card = None
        if prepared is not None and prepared.region == self.matcher.region:
            card = prepared.identity
        match = self.matcher.match(record, file, card)
        cid = match.contact_id
        if cid is None:
            self._add_new(record, origin, source, name, match)
            if prepared is not None and prepared.search is not None and not result.dry_run:
                self.search_columns[self.next_id - 1] = (prepared.region, prepared.search)
        elif cid >= self.first_new:
            self._merge_new(cid, record, origin, source, match.rule)
        else:
            self.matched.setdefault(cid, []).append((record, origin, source, match.rule))
            self.matcher.add(cid, record, file, match.card, match.print_)
            self.held += 1

    def _add_new(
        self, record: ContactRecord, origin: CardOrigin, source: str, name: str, match: Match
    ) -> None:
        cid = self.next_id
        self.next_id += 1
        new = copy_record(record)
        new.display_name = name
        if new.uid in self.matcher.by_uid:  # a UID already taken by someone else
            new.uid = ""
        if self.tier is not None:
            new.tier = self.tier
        self.pending[cid] = new
        self.held += 1
        shown = None if self.result.dry_run else cid
        self.entries.append(ImportedContact(shown, name, _NO_CHANGES, source, origin))
        file = origin.file or NO_FILE
        if new.uid != record.uid or match.card is None:
            self.matcher.add(cid, new, file)
        else:
            self.matcher.add(cid, new, file, match.card, match.print_)
        if match.possible:
            self.found.append((cid, origin, name, match.possible))

    def _merge_new(
        self, cid: int, record: ContactRecord, origin: CardOrigin, source: str, rule: str
    ) -> None:
        """A second card of a contact new in this import (read back if already written)."""
        self.search_columns.pop(cid, None)  # no longer the card as read
        target = self.pending.get(cid)
        if target is None:
            target = _load_with_photo(self.db, cid)
            self.pending[cid] = target
            self.rewrite.add(cid)
        merge = merge_into(target, record, self.matcher, False, bool(target.photo), None)
        apply_to_record(target, merge)
        self.held += 1
        where = source or str(origin)
        note = f"merged with a second record{f' ({where})' if where else ''}"
        entry = self.entries[cid - self.first_new]
        entry.changes = [*entry.changes, note]
        self.matcher.add(cid, target, origin.file or NO_FILE)
        shown = None if self.result.dry_run else cid
        self.result.merged.append(
            MergedCard(origin, shown, target.display_name, rule, list(merge.changes))
        )

    # ------------------------------------------------------------ writing

    def flush(self) -> None:
        """Write what is held: merges into stored contacts, then the new contacts (a preview
        only works out the merges)."""
        self._merge_existing()
        if self.result.dry_run:
            return
        # contacts of this import written before and merged since are written again, with
        # their search rows (a new contact's id was never given before: it has none)
        rewritten = sorted(self.rewrite)
        self.rewrite.clear()
        for chunk in batches(rewritten):
            self.db.execute_sql(f"DELETE FROM contact WHERE id IN ({marks(chunk)})", chunk)
            sql = f"DELETE FROM contact_search WHERE rowid IN ({marks(chunk)})"
            self.db.execute_sql(sql, chunk)
        # the search rows are written with the contacts (as `reindex_contacts` would make
        # them), and so are the digests for undo (as `state_digests` would)
        for cid in self.pending:
            self.digests.pop(cid, None)
        region = default_region()
        columns = {c: row for c, (r, row) in self.search_columns.items() if r == region}
        insert_new(self.db, self.pending, self.today, self.digests, columns)
        self.pending = {}
        self.search_columns = {}
        self.held = 0

    def _merge_existing(self) -> None:
        """Merge the cards matched to stored contacts into them (written unless a preview)."""
        ids = sorted(self.matched)
        if not ids:
            return
        existing: dict[int, ContactRecord] = {}
        with_photo: set[int] = set()
        for chunk in batches(ids):
            existing.update(zip(chunk, load_in_id_order(self.db, chunk), strict=True))
            sql = f"SELECT contact_id FROM photo WHERE contact_id IN ({marks(chunk)})"
            with_photo.update(row[0] for row in self.db.execute_sql(sql, chunk))
        updates: dict[int, Merge] = {}
        for cid in ids:
            current = existing[cid]
            total = Merge()
            cards = self.matched[cid]
            entry = self.existing_entries.get(cid)
            if entry is None:
                first_origin, first_source = cards[0][1], cards[0][2]
                entry = ImportedContact(cid, current.display_name, [], first_source, first_origin)
                self.existing_entries[cid] = entry
            for record, origin, _source, rule in cards:
                merge = merge_into(
                    current, record, self.matcher, self.overwrite, cid in with_photo, self.tier
                )
                if not merge.changes:
                    continue
                self.result.merged.append(
                    MergedCard(origin, cid, current.display_name, rule, list(merge.changes))
                )
                entry.changes += [c for c in merge.changes if c not in entry.changes]
                apply_to_record(current, merge)
                if merge.photo:
                    with_photo.add(cid)
                _add_up(total, merge)
            if total.changes:
                updates[cid] = total
                self.changed.add(cid)
            entry.name = current.display_name
        self.matched = {}
        if self.result.dry_run or not updates:
            return
        from netzwerk_app.core.snapshots import snapshot_contact, snapshot_to_json

        for cid in updates:
            if cid not in self.before:
                self.before[cid] = snapshot_to_json(snapshot_contact(self.db, cid))
        write_updates(self.db, updates, existing, self.today)
        reindex_contacts(self.db, list(updates))

    # ------------------------------------------------------------ the end

    def finish(self) -> dict[int, str]:
        """Write the rest and complete the report; returns the snapshots from before."""
        self.flush()
        result = self.result
        for cid, entry in self.existing_entries.items():
            (result.updated if cid in self.changed else result.unchanged).append(entry)
        result.created.extend(self.entries)
        self.entries = []
        pending_names = {cid: r.display_name for cid, r in self.pending.items()}
        stored_names = display_names(
            self.db, {other for *_, possible in self.found for other, _proof in possible}
        )
        for cid, origin, name, possible in self.found:
            for other, proof in possible:
                new = other >= self.first_new
                if not new and other not in self.matcher.identities:
                    continue
                other_name = pending_names.get(other) or stored_names.get(other, "")
                if not other_name and new:
                    other_name = result.created[other - self.first_new].name
                shown_other = None if result.dry_run and new else other
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
        return self.before


def _add_up(total: Merge, merge: Merge) -> None:
    """Gather the merges of several cards into one stored contact."""
    total.changes += [c for c in merge.changes if c not in total.changes]
    total.fields.update(merge.fields)
    total.methods += merge.methods
    total.addresses += merge.addresses
    total.tags += merge.tags
    total.raw += merge.raw
    total.photo = merge.photo or total.photo
    total.tier = merge.tier or total.tier
    total.career = merge.career or total.career


def _load_with_photo(db: SqliteDatabase, cid: int) -> ContactRecord:
    return load_contacts(db, [cid], with_photo=True)[0]
