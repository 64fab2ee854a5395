"""The contact list's rows and the command line's JSON, read with plain SQL.

Shared by the GUI (through `contacts`) and the command line. Everything here takes any database
with ``execute_sql(sql, params)`` — Peewee's `SqliteDatabase` or the command line's
`connections.PlainDatabase` — and imports neither Peewee nor the models nor phonenumbers, so that
`netzwerk contacts` starts as fast as Python does. Each table is read in one query (or one per
chunk of ids), its rows grouped by contact id; no query is made per contact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence

from netzwerk_app.core import clock
from netzwerk_app.core.care_facts import ContactFacts, id_chunks, read_care_facts
from netzwerk_app.core.search_query import search_contact_ids
from netzwerk_app.core.values import Birthday, parse_stored_birthday, validate_tier

TYPE_CHECKING = False  # typing is not imported at run time (the command line starts faster)
if TYPE_CHECKING:
    from typing import Any, Protocol, TypeVar

    from netzwerk_app.core import due

    class Database(Protocol):
        """What these reads use of a database: Peewee's `SqliteDatabase` or `PlainDatabase`."""

        def execute_sql(self, sql: str, params: Any = ...) -> Any: ...

    T = TypeVar("T")


ALL_TIERS = object()  # sentinel for "no tier filter"


class ContactRow:
    """One line of the contact list: lean, no photo bytes.

    Written out rather than a dataclass: the quick commands that list rows import no
    dataclasses (see `core.values`). Equal by all fields, as a dataclass would be.
    """

    __slots__ = _ROW_FIELDS = (
        "id", "uid", "display_name", "organization", "title", "tier", "birthday",
        "has_photo", "archived", "last_touchpoint", "next_due",
    )  # fmt: skip
    id: int
    uid: str
    display_name: str
    organization: str
    title: str
    tier: str | None
    birthday: Birthday | None
    has_photo: bool
    archived: bool
    last_touchpoint: dt.date | None
    next_due: dt.date | None

    def __init__(
        self,
        id: int,
        uid: str,
        display_name: str,
        organization: str,
        title: str,
        tier: str | None,
        birthday: Birthday | None,
        has_photo: bool,
        archived: bool,
        last_touchpoint: dt.date | None = None,
        next_due: dt.date | None = None,
    ) -> None:
        self.id = id
        self.uid = uid
        self.display_name = display_name
        self.organization = organization
        self.title = title
        self.tier = tier
        self.birthday = birthday
        self.has_photo = has_photo
        self.archived = archived
        self.last_touchpoint = last_touchpoint
        self.next_due = next_due

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._ROW_FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._ROW_FIELDS)
        return f"ContactRow({shown})"


# ---------------------------------------------------------------- search (the FTS5 query)


# ---------------------------------------------------------------- care (as `care` reads it)


def tier_rules(db: Database) -> dict[str, due.TierRule]:
    """The four tiers' rules, keyed "A".."D" (`care.tier_rules` without the models)."""
    from netzwerk_app.core import due

    return {
        tier: due.TierRule(tier, due.Cadence(count, unit), anchor)
        for tier, count, unit, anchor in db.execute_sql(
            "SELECT tier, cadence_count, cadence_unit, anchor FROM tier_setting ORDER BY tier"
        )
    }


def _chunks(ids: list[int], column: str) -> Iterator[tuple[str, list[int]]]:
    """(" AND column IN (...)", ids) per chunk of ids; one clause-less scan for many ids."""
    for clause, chunk in id_chunks(ids):
        yield clause.format(col=column), chunk


def care_dates(
    db: Database, facts: Sequence[ContactFacts], today: dt.date
) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    """(last done touchpoint, next due date) of the contacts whose (id, display name, tier,
    tier_since, stored birthday) are given, as `care.care_states` and `due.next_due` make them.

    A contact with neither a tier nor a planned touchpoint is never due (`due`'s rules): for
    those no care state is built, and the due engine is imported only when one is needed.
    """
    date = dt.date.fromisoformat
    care = read_care_facts(db, [f[0] for f in facts], {f[0] for f in facts})
    last_done = {cid: date(day) for cid, day in care.last_done.items()}
    planned, snoozes = care.planned, care.snoozes
    rules = None
    result: dict[int, tuple[dt.date | None, dt.date | None]] = {}
    for cid, name, tier, since, bday in facts:
        last = last_done.get(cid)
        if tier is None and cid not in planned:
            result[cid] = (last, None)
            continue
        from netzwerk_app.core import due

        if rules is None:
            rules = tier_rules(db)
        state = due.CareState(
            cid, name, tier, date(since) if since else None, last, parse_stored_birthday(bday),
            [due.PlannedItem(i, date(d), k, n) for i, d, k, n in planned.get(cid, ())],
            {(r, date(d)): date(u) for (r, d), u in snoozes.get(cid, {}).items()},
        )  # fmt: skip
        result[cid] = (last, due.next_due(state, rules, today))
    return result


# ---------------------------------------------------------------- the list

_LIST_COLUMNS = (
    "c.id, c.uid, c.display_name, c.organization, c.title, c.tier, c.birthday,"
    " p.id IS NOT NULL, c.archived, c.tier_since"
)


def _select(
    db: Database,
    columns: str,
    tier: object,
    search: str | None,
    include_archived: bool,
    tag: str | None,
    ids: Iterable[int] | None,
) -> list[tuple]:
    """The listed contacts' rows (`columns`), sorted by display name."""
    where, params = [], []
    if ids is not None:
        where.append("c.id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in ids) + "]")
    if not include_archived:
        where.append("c.archived = 0")
    if tier is not ALL_TIERS:
        canonical = validate_tier(tier)  # type: ignore[arg-type]
        if canonical is None:
            where.append("c.tier IS NULL")
        else:
            where.append("c.tier = ?")
            params.append(canonical)
    if tag:
        where.append(
            "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            " WHERE t.name = ?)"
        )
        params.append(tag)
    if search and search.strip():
        found = search_contact_ids(db, search)
        if found is not None:
            where.append("c.id IN (SELECT value FROM json_each(?))")
            params.append("[" + ",".join(map(str, found)) + "]")
    sql = f"SELECT {columns} FROM contact c LEFT JOIN photo p ON p.contact_id = c.id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.display_name COLLATE NOCASE, c.id"
    return db.execute_sql(sql, params).fetchall()


def list_contacts(
    db: Database,
    tier: object = ALL_TIERS,
    search: str | None = None,
    include_archived: bool = False,
    today: dt.date | None = None,
    tag: str | None = None,
    ids: Iterable[int] | None = None,
) -> list[ContactRow]:
    """Contacts sorted by display name; `tier` "A".."D", None (unsorted) or ALL_TIERS.

    With `ids`, only those contacts (to refresh a few rows of a long list after an edit).
    """
    raw = _select(db, _LIST_COLUMNS, tier, search, include_archived, tag, ids)
    care = care_dates(db, [(r[0], r[2], r[5], r[9], r[6]) for r in raw], today or clock.today())
    return [
        ContactRow(
            r[0], r[1], r[2], r[3], r[4], r[5], parse_stored_birthday(r[6]), bool(r[7]),
            bool(r[8]), *care[r[0]],
        )
        for r in raw
    ]  # fmt: skip


def _methods_and_tags(
    db: Database, ids: list[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]], dict[int, list[str]]]:
    """The email addresses, phone numbers and tags of the contacts, in their order."""
    emails: dict[int, list[str]] = {i: [] for i in ids}
    phones: dict[int, list[str]] = {i: [] for i in ids}
    tags: dict[int, list[str]] = {i: [] for i in ids}
    for clause, chunk in _chunks(ids, "contact_id"):
        for cid, kind, value in db.execute_sql(
            "SELECT contact_id, kind, value FROM contact_method"
            f" WHERE kind IN ('email', 'phone'){clause} ORDER BY position, id",
            chunk,
        ):
            if (found := (emails if kind == "email" else phones).get(cid)) is not None:
                found.append(value)
        for cid, name in db.execute_sql(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            f" WHERE 1=1{clause.replace('contact_id', 'ct.contact_id')} ORDER BY t.name",
            chunk,
        ):
            if (found := tags.get(cid)) is not None:
                found.append(name)
    return emails, phones, tags


def _dict(
    r: Sequence,
    names: tuple[str, str, str],
    emails: list[str],
    phones: list[str],
    tags: list[str],
    birthday: Birthday | None,
    last: dt.date | None,
    next_due: dt.date | None,
) -> dict:
    """One contact as the command line's JSON shows it (the keys are a contract); `r` holds
    id, uid, display name, organization, title, tier, …, has photo, archived (`_LIST_COLUMNS`)."""
    return {
        "id": r[0],
        "uid": r[1],
        "display_name": r[2],
        "given_name": names[0],
        "family_name": names[1],
        "organization": r[3],
        "title": r[4],
        "emails": emails,
        "phones": phones,
        "birthday": birthday.isoformat() if birthday else None,
        "tier": r[5],
        "tags": tags,
        "notes": names[2],
        "has_photo": bool(r[7]),
        "archived": bool(r[8]),
        "last_touchpoint": last.isoformat() if last else None,
        "next_due": next_due.isoformat() if next_due else None,
    }


def contact_dicts(db: Database, rows: list[ContactRow]) -> list[dict]:
    """JSON-ready dictionaries of listed rows for the command line (the keys are a contract)."""
    ids = [r.id for r in rows]
    emails, phones, tags = _methods_and_tags(db, ids)
    names: dict[int, tuple[str, str, str]] = {}
    for clause, chunk in _chunks(ids, "id"):
        for cid, given, family, notes in db.execute_sql(
            f"SELECT id, given_name, family_name, notes FROM contact WHERE 1=1{clause}", chunk
        ):
            names[cid] = (given, family, notes)
    return [
        _dict(
            (r.id, r.uid, r.display_name, r.organization, r.title, r.tier, None, r.has_photo,
             r.archived),
            names.get(r.id, ("", "", "")), emails[r.id], phones[r.id], tags[r.id], r.birthday,
            r.last_touchpoint, r.next_due,
        )
        for r in rows
    ]  # fmt: skip


def _json_text(
    r: Sequence,
    names: tuple[str, str, str],
    emails: list[str],
    phones: list[str],
    tags: list[str],
    birthday: Birthday | None,
    last: dt.date | None,
    next_due: dt.date | None,
    *,
    q: Callable[[str], str],
) -> str:
    """`_dict`'s dictionary as the text json's encoder makes of it (``ensure_ascii=False``,
    separators ", " and ": "), without building the dictionary: each string through the
    encoder's own quoting `q` (json's `encode_basestring`), the keys written once here. A test
    holds the two equal for every kind of value."""
    given, family, notes = names
    org, title, tier = r[3], r[4], r[5]
    return (
        f'{{"id": {r[0]}, "uid": {"null" if r[1] is None else q(r[1])}, '
        f'"display_name": {"null" if r[2] is None else q(r[2])}, '
        f'"given_name": {"null" if given is None else q(given)}, '
        f'"family_name": {"null" if family is None else q(family)}, '
        f'"organization": {"null" if org is None else q(org)}, '
        f'"title": {"null" if title is None else q(title)}, '
        f'"emails": [{", ".join(map(q, emails))}], "phones": [{", ".join(map(q, phones))}], '
        f'"birthday": {"null" if birthday is None else q(birthday.isoformat())}, '
        f'"tier": {"null" if tier is None else q(tier)}, "tags": [{", ".join(map(q, tags))}], '
        f'"notes": {"null" if notes is None else q(notes)}, '
        f'"has_photo": {"true" if r[7] else "false"}, "archived": {"true" if r[8] else "false"}, '
        f'"last_touchpoint": {"null" if last is None else q(last.isoformat())}, '
        f'"next_due": {"null" if next_due is None else q(next_due.isoformat())}}}'
    )


def _iter_listed(db: Database, make: Callable[..., T], **chosen: Any) -> Iterator[T]:
    """`make(row, names, emails, phones, tags, birthday, last, next due)` per listed contact,
    read in one pass (see `iter_listed_dicts`)."""
    columns = _LIST_COLUMNS + ", c.given_name, c.family_name, c.notes"
    today = chosen.pop("today", None) or clock.today()
    raw = _select(
        db, columns, chosen.get("tier", ALL_TIERS), chosen.get("search"),
        chosen.get("include_archived", False), chosen.get("tag"), None,
    )  # fmt: skip
    care = care_dates(db, [(r[0], r[2], r[5], r[9], r[6]) for r in raw], today)
    emails, phones, tags = _methods_and_tags(db, [r[0] for r in raw])
    for r in raw:
        cid = r[0]
        yield make(r, r[10:13], emails.pop(cid), phones.pop(cid), tags.pop(cid),
                   parse_stored_birthday(r[6]), *care[cid])  # fmt: skip


def iter_listed_dicts(
    db: Database,
    tier: object = ALL_TIERS,
    search: str | None = None,
    include_archived: bool = False,
    today: dt.date | None = None,
    tag: str | None = None,
) -> Iterator[dict]:
    """`contact_dicts(db, list_contacts(db, …))` one by one, read in one pass: the names and
    notes come with the listed rows, no `ContactRow` is built, and a caller that writes each
    dictionary as it comes never holds them all."""
    return _iter_listed(
        db, _dict, tier=tier, search=search, include_archived=include_archived, today=today,
        tag=tag,
    )  # fmt: skip


def iter_listed_json(db: Database, **chosen: Any) -> Iterator[str]:
    """`iter_listed_dicts(db, **chosen)`, each dictionary as its JSON text (`contacts --json`)."""
    from functools import partial
    from json.encoder import encode_basestring  # what json's encoder quotes strings with

    return _iter_listed(db, partial(_json_text, q=encode_basestring), **chosen)
