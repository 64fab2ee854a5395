"""Possible duplicates: finding, listing, merging (undoably) and dismissing pairs of contacts.

Pairs come from imports (a card kept apart because it may be someone already there) and from
`find_duplicates`, a scan over the stored contacts with the rules of `core.matching`. The user
merges a pair (`merge_contacts`: per field the kept or the other contact's value; all methods,
addresses, tags, touchpoints and history of both stay; `undo_merge` takes it back) or says it is
not the same person (`dismiss_pair`: remembered, never proposed again).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.contact_writes import SCALAR_FIELDS, stored_fields, write_children
from netzwerk_app.core.contacts import get_contact
from netzwerk_app.core.matching import (
    BLOCK_LIMIT,
    Identity,
    Verdict,
    evidence,
    identity_of,
    is_nameless,
    judge,
    name_key,
    norm_email,
    pair_key,
    phone_identity,
    shares_email_or_phone,
    stored_record,
)
from netzwerk_app.core.models import (
    Contact,
    ContactMerge,
    NotDuplicate,
    PossibleDuplicate,
    now,
)
from netzwerk_app.core.phones import default_region, normalize_phone
from netzwerk_app.core.records import (
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
)
from netzwerk_app.core.search import reindex_contacts
from netzwerk_app.core.snapshots import (
    digests_as_stored,
    restore_contacts,
    restore_in_place,
    snapshot_contact,
    snapshot_from_json,
    snapshot_to_json,
    state_digests,
)
from netzwerk_app.core.ties import move_ties, restore_ties

# Fields a merge chooses one value of (the rest is united).
MERGE_FIELDS: tuple[str, ...] = (*SCALAR_FIELDS, "display_name", "birthday", "tier", "photo")
# A phone, email or name shared by more contacts than this is a switchboard or a common name:
# the scan does not pair all of them with each other.
SCAN_BLOCK_LIMIT = BLOCK_LIMIT
# History tables whose rows move with a merged contact.
_HISTORY_TABLES = ("touchpoint", "tier_change", "position")


@dataclass
class DuplicateSide:
    """One contact of a pair, as shown side by side."""

    id: int
    display_name: str
    given_name: str
    family_name: str
    organization: str
    title: str
    emails: list[str]
    phones: list[str]
    birthday: str | None
    tier: str | None
    uid: str

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class DuplicatePair:
    """Two contacts that may be one person, and why."""

    a: DuplicateSide
    b: DuplicateSide
    evidence: list[str]
    found_by: str
    found_at: dt.datetime

    def as_dict(self) -> dict:
        """JSON-ready (the keys are the command line's contract)."""
        return {
            "ids": [self.a.id, self.b.id],
            "a": self.a.as_dict(),
            "b": self.b.as_dict(),
            "evidence": self.evidence,
            "found_by": self.found_by,
            "found_at": self.found_at.isoformat(" "),
        }


@dataclass
class MergeOutcome:
    """What a merge did."""

    merge_id: int
    kept_id: int
    other_id: int
    changes: list[str] = field(default_factory=list)  # fields of the kept contact that changed


# ---------------------------------------------------------------- recording and listing


def _dismissed(db: SqliteDatabase) -> set[tuple[int, int]]:
    return set(db.execute_sql("SELECT contact_a_id, contact_b_id FROM not_duplicate"))


def record_pairs(
    db: SqliteDatabase,
    pairs: Iterable[tuple[int, int, Iterable[str]]],
    found_by: str = "import",
) -> int:
    """Record possible duplicates (a, b, evidence); pairs dismissed or known are left out.

    Returns how many pairs were new.
    """
    wanted: dict[tuple[int, int], list[str]] = {}
    for a, b, proof in pairs:
        if a != b:
            wanted.setdefault(pair_key(a, b), list(proof))
    if not wanted:
        return 0
    dismissed = _dismissed(db)
    known = set(db.execute_sql("SELECT contact_a_id, contact_b_id FROM possible_duplicate"))
    stamp = now().isoformat(" ")
    rows = [
        (a, b, json.dumps(proof, ensure_ascii=False), found_by, stamp)
        for (a, b), proof in wanted.items()
        if (a, b) not in dismissed and (a, b) not in known
    ]
    db.cursor().executemany(
        "INSERT OR IGNORE INTO possible_duplicate(contact_a_id, contact_b_id, evidence, found_by,"
        " found_at) VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def _sides(db: SqliteDatabase, ids: list[int]) -> dict[int, DuplicateSide]:
    sides: dict[int, DuplicateSide] = {}
    for chunk in batches(ids):
        in_chunk = marks(chunk)
        for row in db.execute_sql(
            "SELECT id, display_name, given_name, family_name, organization, title, birthday,"
            f" tier, uid FROM contact WHERE id IN ({in_chunk})",
            chunk,
        ):
            cid, name, given, family, org, title, birthday, tier, uid = row
            sides[cid] = DuplicateSide(
                cid, name, given, family, org, title, [], [], birthday, tier, uid
            )
        for cid, kind, value in db.execute_sql(
            f"SELECT contact_id, kind, value FROM contact_method WHERE contact_id IN ({in_chunk})"
            " AND kind IN ('email', 'phone') ORDER BY position, id",
            chunk,
        ):
            (sides[cid].emails if kind == "email" else sides[cid].phones).append(value)
    return sides


def list_duplicates(db: SqliteDatabase) -> list[DuplicatePair]:
    """The possible duplicates waiting for a decision, oldest first, both sides in full."""
    rows = db.execute_sql(
        "SELECT contact_a_id, contact_b_id, evidence, found_by, found_at"
        " FROM possible_duplicate ORDER BY id"
    ).fetchall()
    sides = _sides(db, sorted({r[0] for r in rows} | {r[1] for r in rows}))
    pairs = []
    for a, b, proof, found_by, found_at in rows:
        stamp = (
            found_at if isinstance(found_at, dt.datetime) else dt.datetime.fromisoformat(found_at)
        )
        pairs.append(DuplicatePair(sides[a], sides[b], json.loads(proof), found_by, stamp))
    return pairs


def count_duplicates(db: SqliteDatabase) -> int:
    """How many possible duplicates wait for a decision."""
    return db.execute_sql("SELECT COUNT(*) FROM possible_duplicate").fetchone()[0]


def dismiss_pair(db: SqliteDatabase, first: int, second: int) -> None:
    """Remember that two contacts are not the same person: never proposed again."""
    a, b = pair_key(first, second)
    if a == b:
        raise InvalidInput("a contact cannot be a duplicate of itself")
    with db.atomic():
        get_contact(a), get_contact(b)
        PossibleDuplicate.delete().where(
            PossibleDuplicate.contact_a == a, PossibleDuplicate.contact_b == b
        ).execute()
        NotDuplicate.insert(contact_a=a, contact_b=b).on_conflict_ignore().execute()


# ---------------------------------------------------------------- scan


def stored_identities(db: SqliteDatabase, region: str | None = None) -> dict[int, Identity]:
    """The matching identity of every stored contact."""
    region = region or default_region()

    def phone_key(value: str) -> str | None:
        return phone_identity(value, region)

    records: dict[int, ContactRecord] = {}
    for cid, uid, given, family, display, org, birthday in db.execute_sql(
        "SELECT id, uid, given_name, family_name, display_name, organization, birthday"
        " FROM contact WHERE archived = 0"
    ):
        records[cid] = stored_record(uid, given, family, display, org, birthday)
    for cid, kind, value in db.execute_sql(
        "SELECT contact_id, kind, value FROM contact_method WHERE kind IN ('email', 'phone')"
    ):
        if cid in records:
            records[cid].methods.append(ContactMethodRecord(kind, value))
    return {cid: identity_of(r, phone_key) for cid, r in records.items()}


def find_duplicates(db: SqliteDatabase, region: str | None = None) -> int:
    """Scan the stored contacts for possible duplicates and record them; returns how many new.

    Contacts sharing a name, an email or a phone are judged by `core.matching`; pairs it calls
    the same or possibly the same are recorded (a scan never merges by itself).
    """
    identities = stored_identities(db, region)
    blocks: dict[str, list[int]] = {}
    for cid, ident in identities.items():
        keys = [f"e:{e}" for e in ident.emails] + [f"p:{p}" for p in ident.phones]
        if key := name_key(ident):
            keys.append(f"n:{key}")
        for key in keys:
            blocks.setdefault(key, []).append(cid)
    found: dict[tuple[int, int], tuple[str, ...]] = {}
    for members in blocks.values():
        if len(members) < 2 or len(members) > SCAN_BLOCK_LIMIT:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = pair_key(a, b)
                if pair in found:
                    continue
                one, two = identities[a], identities[b]
                verdict = judge(two, one)
                if verdict.verdict in (Verdict.SAME, Verdict.POSSIBLE) or (
                    (is_nameless(one) or is_nameless(two)) and shares_email_or_phone(one, two)
                ):  # a contact with only an email or number, and a named one that has it
                    found[pair] = verdict.evidence or evidence(one, two)
    with db.atomic():
        return record_pairs(db, ((a, b, e) for (a, b), e in found.items()), found_by="scan")


# ---------------------------------------------------------------- merge and undo


def _method_key(m: ContactMethodRecord) -> tuple[str, str]:
    if m.kind == "email":
        return ("email", norm_email(m.value))
    if m.kind == "phone":
        digits = "".join(c for c in m.value if c.isdigit() or c == "+")
        key = normalize_phone(m.value, default_region())
        return ("phone", key or digits)
    return (m.kind, m.value.strip())


def merged_record(
    keep: ContactRecord, other: ContactRecord, take: Iterable[str] = ()
) -> tuple[ContactRecord, list[str]]:
    """The record of two contacts merged, and the fields of ``keep`` that change.

    A field named in ``take`` gets the other contact's value; any other field keeps the kept
    contact's value, or the other's when the kept one is empty. Methods, addresses, tags and
    kept vCard properties of both are united.
    """
    take = set(take)
    unknown = take - set(MERGE_FIELDS)
    if unknown:
        raise InvalidInput(
            f"unknown field {sorted(unknown)[0]!r}: use one of {', '.join(MERGE_FIELDS)}"
        )
    out = dataclasses.replace(
        keep,
        methods=list(keep.methods),
        addresses=list(keep.addresses),
        tags=list(keep.tags),
        raw_properties=list(keep.raw_properties),
    )
    changes: list[str] = []
    for name in (*SCALAR_FIELDS, "display_name", "birthday", "tier"):
        mine, theirs = getattr(keep, name), getattr(other, name)
        value = theirs if name in take or mine in ("", None) else mine
        if value != mine:
            setattr(out, name, value)
            changes.append(name)
    if other.photo and ("photo" in take or not keep.photo) and other.photo != keep.photo:
        out.photo, out.photo_mime = other.photo, other.photo_mime
        changes.append("photo")
    known = {_method_key(m) for m in keep.methods}
    for m in other.methods:
        if _method_key(m) not in known:
            known.add(_method_key(m))
            out.methods.append(m)
            changes.append(f"{m.kind} {m.value}")
    seen = {dataclasses.astuple(a)[1:8] for a in keep.addresses}
    for a in other.addresses:
        if dataclasses.astuple(a)[1:8] not in seen:
            seen.add(dataclasses.astuple(a)[1:8])
            out.addresses.append(a)
            changes.append("address")
    tags = {t.casefold() for t in keep.tags}
    for t in other.tags:
        if t.casefold() not in tags:
            tags.add(t.casefold())
            out.tags.append(t)
            changes.append(f"tag {t}")
    for line in other.raw_properties:
        if line not in out.raw_properties:
            out.raw_properties.append(line)
    return out, changes


def merge_contacts(
    db: SqliteDatabase, keep_id: int, other_id: int, take: Iterable[str] = ()
) -> MergeOutcome:
    """Merge contact ``other_id`` into ``keep_id`` (see `merged_record`); undo with `undo_merge`.

    The other contact's touchpoints, tier history and career history move to the kept contact,
    and so do its links, introductions, events and review flags (`ties.move_ties`); the other
    contact is then removed. Raises `ContactNotFound` or `InvalidInput`.
    """
    if keep_id == other_id:
        raise InvalidInput("a contact cannot be merged with itself")
    with db.atomic():
        kept_before = snapshot_contact(db, keep_id)
        other_before = snapshot_contact(db, other_id)
        record, changes = merged_record(kept_before.record, other_before.record, take)
        tier = record.tier
        Contact.update(
            tier=tier,
            tier_since=kept_before.tier_since if tier == kept_before.record.tier
            else other_before.tier_since,
            updated_at=now(),
            **stored_fields(record),
        ).where(Contact.id == keep_id).execute()  # fmt: skip
        write_children(keep_id, record)
        moved: dict[str, list[int]] = {}
        for table in _HISTORY_TABLES:
            ids = [
                r[0]
                for r in db.execute_sql(
                    f"SELECT id FROM {table} WHERE contact_id = ? ORDER BY id", [other_id]
                )
            ]
            if ids:
                db.execute_sql(
                    f"UPDATE {table} SET contact_id = ? WHERE contact_id = ?", [keep_id, other_id]
                )
                moved[table] = ids
        network_ties = move_ties(db, other_id, keep_id)
        Contact.delete().where(Contact.id == other_id).execute()
        reindex_contacts(db, [keep_id, other_id])
        merge = ContactMerge.create(
            kept_id=keep_id,
            other_id=other_id,
            kept_before=snapshot_to_json(kept_before),
            other_before=snapshot_to_json(other_before),
            moved=json.dumps({**moved, "network_ties": network_ties}),
            digest=state_digests(db, [keep_id])[keep_id],
        )
    return MergeOutcome(merge.id, keep_id, other_id, changes)


@dataclass
class MergeSummary:
    """One recorded merge, as listed."""

    id: int
    kept_id: int
    other_id: int
    kept_name: str
    other_name: str
    merged_at: dt.datetime
    undone_at: dt.datetime | None

    def as_dict(self) -> dict:
        return {
            **dataclasses.asdict(self),
            "merged_at": self.merged_at.isoformat(" "),
            "undone_at": self.undone_at.isoformat(" ") if self.undone_at else None,
        }


def list_merges(db: SqliteDatabase, limit: int | None = 50) -> list[MergeSummary]:
    """Recorded merges, newest first."""
    query = ContactMerge.select().order_by(ContactMerge.id.desc())
    if limit is not None:
        query = query.limit(limit)
    out = []
    for m in query:
        kept = snapshot_from_json(m.kept_before).record.display_name
        other = snapshot_from_json(m.other_before).record.display_name
        out.append(MergeSummary(m.id, m.kept_id, m.other_id, kept, other, m.merged_at, m.undone_at))
    return out


def undo_merge(db: SqliteDatabase, merge_id: int) -> tuple[int, int]:
    """Take a merge back: both contacts as they were before it; returns their ids.

    Refused (`InvalidInput`, nothing changed) when the kept contact was edited since the merge.
    """
    merge = ContactMerge.get_or_none(ContactMerge.id == merge_id)
    if merge is None:
        raise InvalidInput(f"no merge with id {merge_id}")
    if merge.undone_at is not None:
        raise InvalidInput(f"merge {merge_id} was already undone")
    with db.atomic():
        digest = digests_as_stored(db, {merge.kept_id: merge.digest}).get(merge.kept_id)
        if digest is None:
            raise InvalidInput(f"contact {merge.kept_id} no longer exists; the merge stays")
        if digest != merge.digest:
            raise InvalidInput(
                f"contact {merge.kept_id} was edited since the merge; undo it by hand"
            )
        kept = snapshot_from_json(merge.kept_before)
        other = snapshot_from_json(merge.other_before)
        bare = dataclasses.replace(other, touchpoints=[], tier_changes=[], positions=[])
        [other_id] = restore_contacts(db, [bare])
        moved = json.loads(merge.moved)
        restore_ties(db, moved.pop("network_ties", {}))
        for table, ids in moved.items():
            if table not in _HISTORY_TABLES:
                continue
            for chunk in batches(ids):
                db.execute_sql(
                    f"UPDATE {table} SET contact_id = ? WHERE id IN ({marks(chunk)})",
                    [other_id, *chunk],
                )
        restore_in_place(db, kept)
        record_pairs(db, [(merge.kept_id, other_id, ["merge undone"])], found_by="merge undone")
        merge.undone_at = now()
        merge.save()
    return merge.kept_id, other_id
