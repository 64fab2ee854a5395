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
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.history import record_position_change
from netzwerk_app.core.matching import (
    Identity,
    Index,
    Verdict,
    already_held,
    candidates_of,
    evidence,
    fingerprint,
    identity_of,
    is_nameless,
    judge,
    name_key,
    names_disagree,
    norm_email,
    shares_email_or_phone,
    stored_record,
)
from netzwerk_app.core.models import Contact
from netzwerk_app.core.phones import default_region, normalize_phone
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
    validate_tier,
)
from netzwerk_app.core.search import reindex_contacts

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

REASON_IMPORTED = "imported"  # tier history reason written by an import
# The source of records handed in without a file: one import of them counts as one file.
_NO_FILE = "\x00records of this import"

# Fields a re-import fills when they are empty (organization and title: see career changes).
_FILL_FIELDS = (
    "prefix",
    "given_name",
    "additional_names",
    "family_name",
    "suffix",
    "nickname",
    "department",
    "notes",
    "met_where",
    "met_on",
    "they_offer",
    "i_offer",
    "interests",
    "photo_url",
)
_CONTACT_COLUMNS = (
    "id",
    "uid",
    "prefix",
    "given_name",
    "additional_names",
    "family_name",
    "suffix",
    "display_name",
    "nickname",
    "organization",
    "department",
    "title",
    "birthday",
    "notes",
    "tier",
    "tier_since",
    "met_where",
    "met_on",
    "they_offer",
    "i_offer",
    "interests",
    "photo_url",
    "created_at",
    "updated_at",
    "archived",
)


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


@dataclass
class _Match:
    contact_id: int | None
    rule: str = ""
    possible: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    card: Identity | None = None  # the record's identity, reused when it is indexed


class _Matcher:
    """Identities of existing (and newly added) contacts, indexed by UID, email, phone, name.

    Applies `core.matching`; see `match` for how candidates are chosen.
    """

    def __init__(self, db: SqliteDatabase, region: str) -> None:
        self.region = region
        self._phone_cache: dict[str, str | None] = {}
        self.identities: dict[int, Identity] = {}
        # key -> ids (a dict used as an ordered set)
        self.by_uid: Index = {}
        self.by_email: Index = {}
        self.by_phone: Index = {}
        self.by_name: Index = {}
        self.by_print: Index = {}
        self.claimed: set[int] = set()  # contacts a card of this import already matched
        # fingerprint -> position in by_print[fingerprint] before which every id is taken
        self._print_cursor: dict[str, int] = {}
        self.first_new_id = 1  # ids from here on are contacts new in this import
        records: dict[int, ContactRecord] = {}
        for cid, uid, given, family, display, org, birthday in db.execute_sql(
            "SELECT id, uid, given_name, family_name, display_name, organization, birthday"
            " FROM contact"
        ):
            self.first_new_id = max(self.first_new_id, cid + 1)
            records[cid] = stored_record(uid, given, family, display, org, birthday)
        for cid, kind, value in db.execute_sql(
            "SELECT contact_id, kind, value FROM contact_method WHERE kind IN ('email', 'phone')"
        ):
            records[cid].methods.append(ContactMethodRecord(kind, value))
        for cid, record in records.items():
            self._index(cid, identity_of(record, self.phone_key))
        # the stored contacts by fingerprint, for finding a card read again in linear time
        self._stored_prints: dict[str, list[int]] = {k: list(v) for k, v in self.by_print.items()}

    def phone_key(self, value: str) -> str | None:
        if value in self._phone_cache:
            return self._phone_cache[value]
        key = normalize_phone(value, self.region)
        if key is None:
            digits = "".join(c for c in value if c.isdigit())
            key = f"#{digits}" if len(digits) >= 3 else None
        self._phone_cache[value] = key
        return key

    def _index(self, cid: int, identity: Identity) -> None:
        self.identities[cid] = identity
        if identity.uid:
            _append(self.by_uid, identity.uid, cid)
        for e in identity.emails:
            _append(self.by_email, e, cid)
        for p in identity.phones:
            _append(self.by_phone, p, cid)
        if key := name_key(identity):
            _append(self.by_name, key, cid)
        _append(self.by_print, fingerprint(identity), cid)

    def is_stored(self, cid: int) -> bool:
        return cid < self.first_new_id

    def match(self, record: ContactRecord, source: str) -> _Match:
        """The contact a record is, by the rules of `core.matching`, or None and possible ones.

        A stored contact with the record's UID is it, unless the names disagree and another
        contact is surely the record (an exporter that reuses UIDs); then that one, else still
        the UID's (a contact renamed in the source). A card without a name is the one contact
        sharing its email or phone. Several sure matches: a re-import takes the first one no
        other card of this import took; otherwise the record is new and possibly each of them.
        """
        card = identity_of(record, self.phone_key, source)
        match = self._match(card)
        match.card = card
        return match

    def _match(self, card: Identity) -> _Match:
        uid_hit = next((c for c in self.by_uid.get(card.uid, ()) if self.is_stored(c)), None)
        if uid_hit is not None and not names_disagree(card, self.identities[uid_hit]):
            return self._claim(_Match(uid_hit, "same UID"))
        if uid_hit is None and not is_nameless(card):
            # a card read again: a stored contact with all of its details, not yet taken
            held = self._unclaimed_with_print(fingerprint(card))
            if held is not None and already_held(card, self.identities[held]):
                return self._claim(_Match(held, "already held"))
        candidates = candidates_of(
            card, self.by_uid, self.by_email, self.by_phone, self.by_name, self.by_print
        )
        if is_nameless(card):
            sharing = [c for c in candidates if shares_email_or_phone(card, self.identities[c])]
            if len(sharing) == 1:
                return self._claim(
                    _Match(sharing[0], "no name; one contact shares its email or phone")
                )
            return _Match(None, "", [(c, evidence(card, self.identities[c])) for c in sharing])
        same: list[tuple[int, str]] = []
        possible: list[tuple[int, tuple[str, ...]]] = []
        for cid in candidates:
            if cid == uid_hit:
                continue
            verdict = judge(card, self.identities[cid], other_is_stored=self.is_stored(cid))
            if verdict.verdict is Verdict.SAME:
                same.append((cid, verdict.rule))
            elif verdict.verdict is Verdict.POSSIBLE:
                possible.append((cid, verdict.evidence))
        if len(same) == 1:
            return self._claim(_Match(same[0][0], same[0][1]))
        if same:
            free = [c for c, rule in same if rule == "already held" and c not in self.claimed]
            if free:
                return self._claim(_Match(min(free), "already held"))
        if uid_hit is not None:
            return self._claim(_Match(uid_hit, "same UID (renamed)"))
        for cid, _rule in same:  # several people it could be: keep it apart, ask the user
            possible.append((cid, evidence(card, self.identities[cid])))
        return _Match(None, "", possible)

    def _unclaimed_with_print(self, print_: str) -> int | None:
        """The first stored contact with this fingerprint that no card took yet.

        A cursor per fingerprint makes a file of many identical cards linear, not quadratic.
        """
        ids = self._stored_prints.get(print_, ())
        position = self._print_cursor.get(print_, 0)
        while position < len(ids) and ids[position] in self.claimed:
            position += 1
        self._print_cursor[print_] = position
        return ids[position] if position < len(ids) else None

    def _claim(self, match: _Match) -> _Match:
        if match.contact_id is not None:
            self.claimed.add(match.contact_id)
        return match

    def add(
        self, cid: int, record: ContactRecord, source: str, identity: Identity | None = None
    ) -> None:
        """Index a new contact, or what a record adds to a contact already indexed.

        ``identity`` is the record's identity when already known (from `match`).
        """
        incoming = identity or identity_of(record, self.phone_key, source)
        known = self.identities.get(cid)
        if known is None:
            self.claimed.add(cid)
            self._index(cid, incoming)
            return
        merged = dataclasses.replace(
            known,
            uid=known.uid or incoming.uid,
            emails=known.emails | incoming.emails,
            phones=known.phones | incoming.phones,
            birthday=known.birthday or incoming.birthday,
        )
        self._index(cid, merged)


def _norm_email(value: str) -> str:
    return norm_email(value)


def _append(index: Index, key: str, cid: int) -> None:
    index.setdefault(key, {})[cid] = None


def _method_key(m: ContactMethodRecord, matcher: _Matcher) -> tuple[str, str]:
    if m.kind == "email":
        return ("email", _norm_email(m.value))
    if m.kind == "phone":
        return ("phone", matcher.phone_key(m.value) or m.value.strip())
    return (m.kind, m.value.strip())


def _address_key(a: AddressRecord) -> tuple[str, ...]:
    parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
    return tuple(" ".join(p.split()).casefold() for p in parts)


@dataclass
class _Merge:
    """The additions a matched record brings to an existing contact."""

    fields: dict[str, object] = field(default_factory=dict)
    methods: list[ContactMethodRecord] = field(default_factory=list)
    addresses: list[AddressRecord] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    photo: tuple[bytes, str] | None = None
    career: tuple[str, str, str] | None = None  # organization, department, title
    tier: tuple[str | None] | None = None
    changes: list[str] = field(default_factory=list)


def _merge(
    existing: ContactRecord,
    incoming: ContactRecord,
    matcher: _Matcher,
    overwrite: bool,
    has_photo: bool,
    tier: str | None,
) -> _Merge:
    """What to change on ``existing`` so that it also holds what ``incoming`` brings."""
    out = _Merge()
    for name in _FILL_FIELDS:
        new = getattr(incoming, name)
        old = getattr(existing, name)
        if new in ("", None) or new == old:
            continue
        if name == "notes" and isinstance(old, str) and new.strip() in old:
            continue
        if old in ("", None) or overwrite:
            out.fields[name] = new
            out.changes.append(name.replace("_", " "))
    if incoming.birthday is not None and incoming.birthday != existing.birthday:
        old_b = existing.birthday
        fills_year = (
            old_b is not None
            and old_b.year is None
            and (old_b.month, old_b.day) == (incoming.birthday.month, incoming.birthday.day)
        )
        if old_b is None or fills_year or (overwrite and incoming.birthday.year is not None):
            out.fields["birthday"] = incoming.birthday
            out.changes.append("birthday")
    org, title = incoming.organization.strip(), incoming.title.strip()
    if (org or title) and (org, title) != (existing.organization, existing.title):
        # a new organization or title: a career change (the old position stays in history)
        new_org = org or existing.organization
        new_title = title or existing.title
        new_dept = incoming.department if org else existing.department
        if (new_org, new_title) != (existing.organization, existing.title):
            out.career = (new_org, new_dept, new_title)
            out.fields.pop("department", None)
            out.changes.append("position")
    known = {_method_key(m, matcher) for m in existing.methods}
    for m in incoming.methods:
        key = _method_key(m, matcher)
        if m.value.strip() and key not in known:
            known.add(key)
            out.methods.append(m)
    out.changes += [f"{m.kind} {m.value.strip()}" for m in out.methods]
    known_adr = {_address_key(a) for a in existing.addresses}
    for a in incoming.addresses:
        adr_key = _address_key(a)
        if not a.is_empty() and adr_key not in known_adr:
            known_adr.add(adr_key)
            out.addresses.append(a)
    if out.addresses:
        out.changes.append(f"{len(out.addresses)} address(es)")
    known_tags = {t.casefold() for t in existing.tags}
    for t in incoming.tags:
        if t.strip() and t.strip().casefold() not in known_tags:
            known_tags.add(t.strip().casefold())
            out.tags.append(t.strip())
    if out.tags:
        out.changes.append("tags")
    known_raw = set(existing.raw_properties)
    for line in incoming.raw_properties:
        if line not in known_raw:
            known_raw.add(line)
            out.raw.append(line)
    if out.raw:
        out.changes.append("other properties")
    if incoming.photo and (not has_photo or overwrite) and incoming.photo != existing.photo:
        out.photo = (incoming.photo, incoming.photo_mime or "image/jpeg")
        out.changes.append("photo")
    wanted = tier if tier is not None else incoming.tier
    if wanted is not None and wanted != existing.tier and (existing.tier is None or overwrite):
        out.tier = (wanted,)
        out.changes.append("tier")
    return out


def _apply_to_record(record: ContactRecord, merge: _Merge) -> None:
    """Apply a merge to a record not yet written (two cards of one person in one import)."""
    for name, value in merge.fields.items():
        setattr(record, name, value)
    if merge.career:
        record.organization, record.department, record.title = merge.career
    record.methods.extend(merge.methods)
    record.addresses.extend(merge.addresses)
    record.tags.extend(merge.tags)
    record.raw_properties.extend(merge.raw)
    if merge.photo:
        record.photo, record.photo_mime = merge.photo
    if merge.tier:
        record.tier = merge.tier[0]


def _copy(record: ContactRecord) -> ContactRecord:
    """A copy whose lists can change without changing ``record`` (`dataclasses.replace` is
    several times slower, and this runs once per new contact)."""
    new = object.__new__(ContactRecord)
    new.__dict__.update(record.__dict__)
    new.methods = list(record.methods)
    new.addresses = list(record.addresses)
    new.tags = list(record.tags)
    new.raw_properties = list(record.raw_properties)
    return new


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
    matcher = _Matcher(db, region or default_region())
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
            new = _copy(record)
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
            merge = _merge(
                new_records[cid], record, matcher, False, bool(new_records[cid].photo), None
            )
            _apply_to_record(new_records[cid], merge)
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
        for cid, rec in zip(chunk, _load_in_id_order(db, chunk), strict=True):
            existing[cid] = rec
    with_photo: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT contact_id FROM photo WHERE contact_id IN ({marks})"
        with_photo.update(row[0] for row in db.execute_sql(sql, chunk))
    updates: dict[int, _Merge] = {}
    for cid in ids:
        current = existing[cid]
        total_merge = _Merge()
        changes: list[str] = []
        first_source, first_origin = matched[cid][0][2], matched[cid][0][1]
        for record, origin, _source, rule in matched[cid]:
            merge = _merge(current, record, matcher, overwrite, cid in with_photo, tier)
            if not merge.changes:
                continue
            result.merged.append(
                MergedCard(origin, cid, current.display_name, rule, list(merge.changes))
            )
            changes += [c for c in merge.changes if c not in changes]
            _apply_to_record(current, merge)
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
    _insert_new(db, new_records, today)
    _write_updates(db, updates, existing, today)
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


def _load_in_id_order(db: SqliteDatabase, ids: list[int]) -> list[ContactRecord]:
    records = load_contacts(db, ids, with_photo=False)
    # load_contacts orders by name; map back by uid
    marks = ",".join("?" * len(ids))
    uid_of = dict(db.execute_sql(f"SELECT id, uid FROM contact WHERE id IN ({marks})", ids))
    by_uid = {r.uid: r for r in records}
    return [by_uid[uid_of[cid]] for cid in ids]


def _now() -> str:
    return clock.now().isoformat(" ")


def _tag_ids(db: SqliteDatabase, names: Iterable[str]) -> dict[str, int]:
    """Ids of tags by casefolded name, creating missing tags."""
    wanted: dict[str, str] = {}
    for name in names:
        if name.strip():
            wanted.setdefault(name.strip().casefold(), name.strip())
    if not wanted:
        return {}
    ids: dict[str, int] = {}
    for tid, name in db.execute_sql("SELECT id, name FROM tag"):
        ids.setdefault(name.casefold(), tid)
    missing = [(name,) for key, name in wanted.items() if key not in ids]
    if missing:
        db.cursor().executemany("INSERT OR IGNORE INTO tag(name) VALUES (?)", missing)
        for tid, name in db.execute_sql("SELECT id, name FROM tag"):
            ids.setdefault(name.casefold(), tid)
    return ids


def _child_rows(
    cid: int,
    methods: list[ContactMethodRecord],
    addresses: list[AddressRecord],
    raw: list[str],
    method_start: int,
    address_start: int,
    raw_start: int,
    out: dict[str, list[tuple]],
) -> None:
    for pos, m in enumerate(methods, method_start):
        if m.value.strip():
            out["method"].append((cid, m.kind, m.value.strip(), m.label, int(m.preferred), pos))
    for pos, a in enumerate(addresses, address_start):
        if not a.is_empty():
            out["address"].append(
                (cid, a.label, a.po_box, a.extended, a.street, a.locality, a.region,
                 a.postal_code, a.country, int(a.preferred), pos)
            )  # fmt: skip
    for pos, line in enumerate(raw, raw_start):
        out["raw"].append((cid, pos, line))


def _insert_children(db: SqliteDatabase, rows: dict[str, list[tuple]]) -> None:
    cursor = db.cursor()
    if rows["method"]:
        cursor.executemany(
            "INSERT INTO contact_method(contact_id, kind, value, label, preferred, position)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows["method"],
        )
    if rows["address"]:
        cursor.executemany(
            "INSERT INTO address(contact_id, label, po_box, extended, street, locality, region,"
            " postal_code, country, preferred, position) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows["address"],
        )
    if rows["raw"]:
        cursor.executemany(
            "INSERT INTO raw_property(contact_id, position, line) VALUES (?, ?, ?)", rows["raw"]
        )
    if rows["tag"]:
        cursor.executemany(
            "INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) VALUES (?, ?)", rows["tag"]
        )
    if rows["photo"]:
        cursor.executemany(
            "INSERT INTO photo(contact_id, data, mime) VALUES (?, ?, ?)", rows["photo"]
        )
    if rows["position"]:
        cursor.executemany(
            "INSERT INTO position(contact_id, organization, department, title, recorded_on)"
            " VALUES (?, ?, ?, ?, ?)",
            rows["position"],
        )
    if rows["tier_change"]:
        cursor.executemany(
            "INSERT INTO tier_change(contact_id, from_tier, to_tier, changed_at, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            rows["tier_change"],
        )


def _empty_rows() -> dict[str, list[tuple]]:
    keys = ("method", "address", "raw", "tag", "photo", "position", "tier_change")
    return {k: [] for k in keys}


def _insert_new(db: SqliteDatabase, new_records: dict[int, ContactRecord], today: dt.date) -> None:
    if not new_records:
        return
    stamp = _now()
    day = today.isoformat()
    tag_ids = _tag_ids(db, (t for r in new_records.values() for t in r.tags))
    contacts = []
    rows = _empty_rows()
    for cid, r in new_records.items():
        contacts.append(
            (cid, r.uid or str(uuid.uuid4()), r.prefix, r.given_name, r.additional_names,
             r.family_name, r.suffix, r.display_name, r.nickname, r.organization, r.department,
             r.title, r.birthday.isoformat() if r.birthday else None, r.notes, r.tier,
             day if r.tier else None, r.met_where, r.met_on.isoformat() if r.met_on else None,
             r.they_offer, r.i_offer, r.interests, r.photo_url, stamp, stamp, 0)
        )  # fmt: skip
        _child_rows(cid, r.methods, r.addresses, r.raw_properties, 0, 0, 0, rows)
        seen: set[int] = set()
        for t in r.tags:
            tid = tag_ids.get(t.strip().casefold())
            if tid is not None and tid not in seen:
                seen.add(tid)
                rows["tag"].append((cid, tid))
        if r.photo:
            rows["photo"].append((cid, r.photo, r.photo_mime or "image/jpeg"))
        if r.organization or r.title:
            rows["position"].append((cid, r.organization, r.department, r.title, day))
        if r.tier:
            rows["tier_change"].append((cid, None, r.tier, stamp, REASON_IMPORTED))
    marks = ",".join("?" * len(_CONTACT_COLUMNS))
    db.cursor().executemany(
        f"INSERT INTO contact({', '.join(_CONTACT_COLUMNS)}) VALUES ({marks})", contacts
    )
    _insert_children(db, rows)


def _write_updates(
    db: SqliteDatabase,
    updates: dict[int, _Merge],
    existing: dict[int, ContactRecord],
    today: dt.date,
) -> None:
    if not updates:
        return
    stamp = _now()
    tag_ids = _tag_ids(db, (t for m in updates.values() for t in m.tags))
    rows = _empty_rows()
    counts: dict[int, tuple[int, int, int]] = {}
    ids = list(updates)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for table, idx in (("contact_method", 0), ("address", 1), ("raw_property", 2)):
            for cid, top in db.execute_sql(
                f"SELECT contact_id, MAX(position) FROM {table} WHERE contact_id IN ({marks})"
                " GROUP BY contact_id",
                chunk,
            ):
                c = list(counts.get(cid, (0, 0, 0)))
                c[idx] = (top or 0) + 1
                counts[cid] = (c[0], c[1], c[2])
    for cid, merge in updates.items():
        if merge.career:
            contact = Contact.get_by_id(cid)
            org, dept, title = merge.career
            record_position_change(contact, org, dept, title, today)
            merge.fields.update(organization=org, department=dept, title=title)
        if merge.fields:
            values = dict(merge.fields)
            if "birthday" in values:
                b = values["birthday"]
                values["birthday"] = b.isoformat() if isinstance(b, Birthday) else b
            if "met_on" in values and isinstance(values["met_on"], dt.date):
                values["met_on"] = values["met_on"].isoformat()
            values["updated_at"] = stamp
            sets = ", ".join(f"{k} = ?" for k in values)
            db.execute_sql(f"UPDATE contact SET {sets} WHERE id = ?", [*values.values(), cid])
        else:
            db.execute_sql("UPDATE contact SET updated_at = ? WHERE id = ?", [stamp, cid])
        m0, a0, r0 = counts.get(cid, (0, 0, 0))
        _child_rows(cid, merge.methods, merge.addresses, merge.raw, m0, a0, r0, rows)
        for t in merge.tags:
            tid = tag_ids.get(t.strip().casefold())
            if tid is not None:
                rows["tag"].append((cid, tid))
        if merge.photo:
            db.execute_sql("DELETE FROM photo WHERE contact_id = ?", [cid])
            rows["photo"].append((cid, merge.photo[0], merge.photo[1]))
        if merge.tier:
            new_tier = merge.tier[0]
            old = db.execute_sql("SELECT tier FROM contact WHERE id = ?", [cid]).fetchone()[0]
            db.execute_sql(
                "UPDATE contact SET tier = ?, tier_since = ? WHERE id = ?",
                [new_tier, today.isoformat() if new_tier else None, cid],
            )
            rows["tier_change"].append((cid, old, new_tier, stamp, REASON_IMPORTED))
    _insert_children(db, rows)


_IdRows = Iterable[tuple[int]]  # rows of `Contact.select(Contact.id).tuples()`


def load_records_for_export(
    db: SqliteDatabase, tier: str | None = None, ids: Sequence[int] | None = None
) -> list[ContactRecord]:
    """Records to export: all contacts, those of one tier, or a selection of ids.

    ``tier`` is "A".."D", or "unsorted"/"none" for contacts without a tier; None means all.
    """
    return list(iter_records_for_export(db, tier, ids))


def iter_records_for_export(
    db: SqliteDatabase, tier: str | None = None, ids: Sequence[int] | None = None
) -> Iterator[ContactRecord]:
    """`load_records_for_export`, read 500 contacts at a time (a streamed export)."""
    query = Contact.select(Contact.id)
    if ids is None and tier is None:  # all, in name order: chunks of the ordered ids
        query = query.order_by(Contact.display_name, Contact.id)
    if tier is not None:
        canonical = validate_tier(tier)
        query = query.where(
            Contact.tier.is_null() if canonical is None else Contact.tier == canonical
        )
    if ids is not None:
        wanted = list(ids)
        query = query.where(Contact.id.in_(wanted)) if len(wanted) < 900 else query
        chosen = set(wanted)
        found = [row[0] for row in cast(_IdRows, query.tuples()) if row[0] in chosen]
    else:
        found = [row[0] for row in cast(_IdRows, query.tuples())]
    for start in range(0, len(found), 500):
        yield from load_contacts(db, found[start : start + 500])
