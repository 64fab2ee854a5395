"""Care commands and queries: tier settings, touchpoints (done and planned), snoozes, what is due.

Builds the due engine's inputs from the database in a few batch queries and calls the pure
functions of ``due``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from netzwerk_app.core import agenda_query, clock, due
from netzwerk_app.core.agenda_index import SHAPED
from netzwerk_app.core.batches import IN_JSON, RAISE_REVISION, as_json, marks
from netzwerk_app.core.bulk import checked_ids
from netzwerk_app.core.care_facts import SCAN_ABOVE, ContactFacts, id_chunks, read_care_facts
from netzwerk_app.core.connections import is_operational_error
from netzwerk_app.core.records import (
    ANCHORS,
    CADENCE_UNITS,
    CHANNELS,
    STATUSES,
    TIERS,
    TOUCHPOINT_KINDS,
    ContactNotFound,
    InvalidInput,
    parse_stored_birthday,
    validate_choice,
)

TYPE_CHECKING = False  # (the ORM is imported where it is used: not by the first frame)
if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from netzwerk_app.core.models import Contact, Touchpoint

# The channel a kind of touchpoint usually happens on.
DEFAULT_CHANNEL_FOR_KIND = {
    "meeting": "in_person",
    "lunch": "in_person",
    "call": "phone",
    "message": "written",
    "email": "written",
    "event": "in_person",
    "greeting": "written",
    "introduction": "online",
    "other": "in_person",
}


@dataclass
class TierSettings:
    tier: str
    name: str
    cadence_count: int
    cadence_unit: str
    anchor: str
    default_kind: str
    default_channel: str
    colour: str

    @property
    def rule(self) -> due.TierRule:
        return due.TierRule(
            self.tier, due.Cadence(self.cadence_count, self.cadence_unit), self.anchor
        )


def tier_settings(db: SqliteDatabase) -> dict[str, TierSettings]:
    """The four tiers' settings, keyed "A".."D"."""
    # by SQL, not the model: the window's first frame reads them before the ORM is imported
    return {
        row[0]: TierSettings(*row)
        for row in db.execute_sql(
            "SELECT tier, name, cadence_count, cadence_unit, anchor, default_kind,"
            " default_channel, colour FROM tier_setting ORDER BY tier"
        )
    }


def update_tier_settings(db: SqliteDatabase, settings: TierSettings) -> None:
    """Validate and store one tier's settings."""
    from netzwerk_app.core.models import TierSetting

    if settings.tier not in TIERS:
        raise InvalidInput(f"unknown tier {settings.tier!r}")
    if not settings.name.strip():
        raise InvalidInput("a tier needs a name")
    if not 1 <= int(settings.cadence_count) <= 1000:
        raise InvalidInput("the cadence must be between 1 and 1000")
    validate_choice(settings.cadence_unit, CADENCE_UNITS, "cadence unit")
    validate_choice(settings.anchor, ANCHORS, "anchor")
    validate_choice(settings.default_kind, TOUCHPOINT_KINDS, "touchpoint kind")
    validate_choice(settings.default_channel, CHANNELS, "channel")
    with db.atomic():
        TierSetting.update(
            name=settings.name.strip(), cadence_count=int(settings.cadence_count),
            cadence_unit=settings.cadence_unit, anchor=settings.anchor,
            default_kind=settings.default_kind, default_channel=settings.default_channel,
            colour=settings.colour,
        ).where(TierSetting.tier == settings.tier).execute()  # fmt: skip


def tier_rules(db: SqliteDatabase) -> dict[str, due.TierRule]:
    return {t: s.rule for t, s in tier_settings(db).items()}


# ---------------------------------------------------------------- due


_date = due._date


def care_states(
    db: SqliteDatabase,
    ids: Sequence[int] | None = None,
    include_archived: bool = False,
    facts: Sequence[ContactFacts] | None = None,
) -> dict[int, due.CareState]:
    """The due engine's input for the given contacts (all non-archived ones when ids is None).

    Callers that already read the contacts' rows pass them as `facts` to save a query.
    """
    if facts is not None:
        ids = [f[0] for f in facts]
    states: dict[int, due.CareState] = {}
    wanted = set(ids) if ids is not None and len(ids) > SCAN_ABOVE else None
    archived = "" if include_archived or ids is not None else " AND archived = 0"
    if facts is None:
        facts = [
            row
            for clause, params in id_chunks(ids)
            for row in db.execute_sql(
                "SELECT id, display_name, tier, tier_since, birthday FROM contact WHERE 1=1"
                + archived
                + clause.format(col="id"),
                params,
            )
            if wanted is None or row[0] in wanted
        ]
    for cid, name, tier, since, bday in facts:
        states[cid] = due.CareState(
            cid, name, tier, _date(since) if since else None, None, parse_stored_birthday(bday)
        )
    care = read_care_facts(db, ids, states)
    for cid, last in care.last_done.items():
        states[cid].last_done = _date(last)
    for cid, planned in care.planned.items():
        states[cid].planned = [due.PlannedItem(i, _date(d), k, n) for i, d, k, n in planned]
    for cid, snoozes in care.snoozes.items():
        states[cid].snoozes = {(r, _date(d)): _date(u) for (r, d), u in snoozes.items()}
    return states


def next_due_of(
    state: due.CareState, rules: dict[str, due.TierRule], today: dt.date
) -> dt.date | None:
    return due.next_due(state, rules, today)


def due_agenda(
    db: SqliteDatabase,
    start: dt.date,
    end: dt.date,
    today: dt.date | None = None,
    ids: Sequence[int] | None = None,
) -> Sequence[due.DueItem]:
    """What is due between start and end (overdue items included when the range holds today),
    in the agenda's order. Over all contacts, mostly an `agenda_items.Agenda`: its items are made as
    they are read (`agenda_query`)."""
    today = today or clock.today()
    rules = tier_rules(db)
    if ids is None:
        return _agenda(db, rules, start, end, today)
    return due.agenda(care_states(db, ids).values(), rules, start, end, today)


def _birthday_days(first: dt.date, last: dt.date) -> list[str] | None:
    """The "MM-DD"s of the days from `first` to `last`; None when that is a year or more.
    29 February counts when 28 February or 1 March does (it is kept on 28 February)."""
    if (last - first).days >= 365:
        return None
    days = {
        (first + dt.timedelta(days=i)).strftime("%m-%d") for i in range((last - first).days + 1)
    }
    if "02-28" in days or "03-01" in days:
        days.add("02-29")
    return sorted(days)


def _agenda(
    db: SqliteDatabase,
    rules: dict[str, due.TierRule],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    fast: bool = True,
) -> Sequence[due.DueItem]:
    """`due.agenda` over every non-archived contact: with `fast`, for the ranges it serves, as
    one statement that hands over little (`agenda_query.read_agenda`); else read only for the
    contacts that can have an item between start and end, and maybe a few more
    (`due.AgendaWindow` decides): SQLite leaves out the others, which no rule could make due
    then, so most contacts never become Python objects; and those without plans and snoozes
    (most of the rest) never become CareStates either (`AgendaWindow.add_plain`).

    A contact can have an item only when it has a planned touchpoint or a snooze; or, in a
    tier anchored on touchpoints, when its cadence comes due by `end` (its last touchpoint on
    or before the day `agenda_query.last_on_or_before` finds; never touched: filed by `end`);
    or when its birthday falls between 30 days before the earlier of start and today, and `end` (the
    birthday-anchored cadence and the birthdays listed beside the cadence look no further
    back). Items are never shown before the rule's date (a snooze only moves them later).
    """
    if start > end:
        return []
    planned: dict[int, list[due.PlannedItem]] = {}
    for tp_id, cid, day, kind, note in db.execute_sql(
        "SELECT id, contact_id, date, kind, note FROM touchpoint WHERE status = 'planned'"
        " ORDER BY date"
    ):
        planned.setdefault(cid, []).append(due.PlannedItem(tp_id, _date(day), kind, note))
    snoozes: dict[int, dict[tuple[str, dt.date], dt.date]] = {}
    for cid, reason, day, until in db.execute_sql(
        "SELECT contact_id, reason, due_date, until FROM snooze"
    ):
        snoozes.setdefault(cid, {})[(reason, _date(day))] = _date(until)
    # the contacts with plans or snoozes (few) by their ids: no subquery probed for every row
    special = planned.keys() | snoozes.keys()
    if fast:
        try:
            found = agenda_query.read_agenda(
                db, rules, start, end, today,
                {cid: (planned.get(cid, []), snoozes.get(cid, {})) for cid in special},
            )  # fmt: skip
        except Exception as exc:  # an index it reads by is gone (another tool changed the
            if not is_operational_error(exc):  # file): the slower reading below; a real
                raise  # fault shows there too
            found = None
        if found is not None:
            return found
    conditions = ["c.id IN (SELECT value FROM json_each(?))"] if special else []
    params: list[object] = [as_json(sorted(special))] if special else []
    birthday_tiers = []
    for tier, rule in rules.items():
        if rule.anchor == "birthday":
            birthday_tiers.append(tier)
            continue
        birthday_tiers.append(tier)  # its birthdays are listed beside the cadence
        last = agenda_query.last_on_or_before(rule.cadence, end)
        conditions.append(
            "(c.tier = ? AND (l.date IS NULL AND coalesce(c.tier_since, ?) <= ?"
            + (" OR l.date <= ?))" if last is not None else "))")
        )
        params += [tier, today.isoformat(), end.isoformat()]
        if last is not None:
            params.append(last.isoformat())
    if birthday_tiers:
        first = due.shift(min(start, today), -due.BIRTHDAY_GRACE_DAYS - 1)
        days = _birthday_days(first, end)
        condition = (
            f"(c.tier IN ({marks(birthday_tiers)}) AND c.birthday IS NOT NULL AND c.birthday != ''"
        )
        params += birthday_tiers
        if days is not None:
            # stored as "YYYY-MM-DD" or "--MM-DD"; any other shape (" --1201" too, which has
            # the length of one) is left to the engine
            condition += (
                f" AND (NOT {SHAPED.replace('bday', 'c.birthday')}"
                " OR substr(c.birthday, -5) IN (SELECT value FROM json_each(?)))"
            )
            params.append("[" + ",".join(f'"{d}"' for d in days) + "]")
        conditions.append(condition + ")")
    if not conditions:
        return []  # no tier and nothing planned or snoozed: nothing is due
    rows = db.execute_sql(
        "SELECT c.id, c.display_name, c.tier, c.tier_since, c.birthday, l.date FROM contact c"
        " LEFT JOIN contact_last_done l ON l.contact_id = c.id"
        f" WHERE c.archived = 0 AND ({' OR '.join(conditions)})",
        params,
    ).fetchall()
    window = due.AgendaWindow(rules, start, end, today)

    def state_of(row: due.AgendaRow) -> due.CareState:
        cid, name, tier, since, bday, last = row
        return due.CareState(
            cid, name, tier, _date(since) if since else None, _date(last) if last else None,
            parse_stored_birthday(bday), planned.get(cid, []), snoozes.get(cid, {}),
        )  # fmt: skip

    window.add_rows(rows, special, state_of)
    return window.sorted()


def due_now(
    db: SqliteDatabase, days: int = 0, today: dt.date | None = None
) -> Sequence[due.DueItem]:
    """Due today and overdue; with `days`, also the next `days` days."""
    today = today or clock.today()
    if days < 0:
        raise InvalidInput("--days must not be negative")
    if days > (dt.date.max - today).days:
        raise InvalidInput(f"--days {days} reaches beyond the year 9999")
    return due_agenda(db, today, today + dt.timedelta(days=days), today)


@dataclass(frozen=True)
class CareCounts:
    contacts: int
    due_today: int
    overdue: int


def care_counts(db: SqliteDatabase, today: dt.date | None = None) -> CareCounts:
    """Numbers for the status bar and the tray: contacts, and how many of them are due today
    or overdue by their next due date (each contact counts once, as in the contact list)."""
    today = today or clock.today()
    states = care_states(db)
    rules = tier_rules(db)
    due_today = overdue = 0
    for state in states.values():
        next_date = due.next_due(state, rules, today)
        if next_date is None or next_date > today:
            continue
        if next_date == today:
            due_today += 1
        else:
            overdue += 1
    return CareCounts(len(states), due_today, overdue)


def snooze(
    db: SqliteDatabase, contact_id: int, reason: str, original_date: dt.date, until: dt.date
) -> None:
    """Hide a due item until a date."""
    from netzwerk_app.core.models import Snooze

    _contact(contact_id)
    validate_choice(reason, due.REASONS, "reason")
    with db.atomic():
        Snooze.insert(
            contact=contact_id, reason=reason, due_date=original_date, until=until
        ).on_conflict(
            conflict_target=[Snooze.contact, Snooze.reason, Snooze.due_date],
            update={Snooze.until: until},
        ).execute()


# ---------------------------------------------------------------- touchpoints


def _contact(contact_id: int) -> Contact:
    from netzwerk_app.core.models import Contact

    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ContactNotFound(contact_id)
    return contact


def default_channel(db: SqliteDatabase, contact: Contact, kind: str) -> str:
    """The channel for a kind: the tier's default when the kind is the tier's default kind."""
    from netzwerk_app.core.models import TierSetting

    if contact.tier:
        setting = TierSetting.get_or_none(TierSetting.tier == contact.tier)
        if setting is not None and setting.default_kind == kind:
            return setting.default_channel
    return DEFAULT_CHANNEL_FOR_KIND.get(kind, "in_person")


def log_touchpoint(
    db: SqliteDatabase,
    ids: Iterable[int],
    kind: str,
    date: dt.date | None = None,
    channel: str | None = None,
    note: str = "",
) -> list[int]:
    """Record a done touchpoint with one or several contacts; returns the touchpoint ids.

    An open planned touchpoint of the same contact on or before that date is marked done
    (the plan was carried out) instead of adding a second row.
    """
    from netzwerk_app.core.models import now

    date = date or clock.today()
    kind = validate_choice(kind, TOUCHPOINT_KINDS, "touchpoint kind")
    if channel is not None:
        channel = validate_choice(channel, CHANNELS, "channel")
    stamp = now()
    # the channel: the one given, else the tier's default when the kind is the tier's default
    # kind, else the kind's usual one (as `default_channel`), for the contact `c`
    chan = (
        "COALESCE(?, (SELECT s.default_channel FROM tier_setting AS s WHERE s.tier = c.tier"
        " AND s.default_kind = ?), ?)"
    )
    chan_params = (channel, kind, DEFAULT_CHANNEL_FOR_KIND.get(kind, "in_person"))
    with db.atomic():
        # an id given twice: one row; `ContactNotFound` for the first id that names none
        unique, in_json = checked_ids(db, ids)
        # per contact, the latest open plan of this kind on or before the day: carried out
        plans: dict[int, tuple[int, str, str]] = {}
        for cid, plan_id, plan_note, plan_chan in db.execute_sql(
            f"SELECT t.contact_id, t.id, t.note, {chan} FROM touchpoint AS t"
            " JOIN contact AS c ON c.id = t.contact_id WHERE t.status = 'planned'"
            f" AND t.kind = ? AND t.date <= ? AND t.contact_id {IN_JSON}"
            " ORDER BY t.date DESC, t.id",
            (*chan_params, kind, date, in_json),
        ):
            plans.setdefault(cid, (plan_id, plan_note, plan_chan))
        db.cursor().executemany(
            "UPDATE touchpoint SET status = 'done', date = ?, channel = ?, note = ? WHERE id = ?",
            [
                (date, plan_chan, f"{plan_note}\n{note}".strip() if note else plan_note, plan_id)
                for plan_id, plan_note, plan_chan in plans.values()
            ],
        )
        # the others' new rows in one statement, in the order the ids came (ids ascending)
        new_ids: dict[int, int] = dict(
            db.execute_sql(
                "INSERT INTO touchpoint (contact_id, date, kind, channel, note, status,"
                f" created_at) SELECT c.id, ?, ?, {chan}, ?, 'done', ? FROM json_each(?) AS j"
                " JOIN contact AS c ON c.id = j.value ORDER BY j.key RETURNING contact_id, id",
                (date, kind, *chan_params, note, stamp,
                 as_json([cid for cid in unique if cid not in plans])),
            ).fetchall()
        )  # fmt: skip
        db.execute_sql(
            f"UPDATE contact SET updated_at = ?, {RAISE_REVISION} WHERE id {IN_JSON}",
            (stamp, in_json),
        )
    return [plans[cid][0] if cid in plans else new_ids[cid] for cid in unique]


def plan_touchpoint(
    db: SqliteDatabase,
    contact_id: int,
    date: dt.date,
    kind: str,
    note: str = "",
    channel: str | None = None,
) -> int:
    """Plan a touchpoint for a date; returns its id."""
    from netzwerk_app.core.models import Touchpoint

    kind = validate_choice(kind, TOUCHPOINT_KINDS, "touchpoint kind")
    contact = _contact(contact_id)
    chan = (
        validate_choice(channel, CHANNELS, "channel")
        if channel
        else default_channel(db, contact, kind)
    )
    with db.atomic():
        return Touchpoint.create(
            contact=contact, date=date, kind=kind, channel=chan, note=note, status="planned"
        ).id


def update_touchpoint(
    db: SqliteDatabase,
    touchpoint_id: int,
    *,
    date: dt.date | None = None,
    kind: str | None = None,
    channel: str | None = None,
    note: str | None = None,
    status: str | None = None,
) -> None:
    from netzwerk_app.core.models import Touchpoint

    tp = Touchpoint.get_or_none(Touchpoint.id == touchpoint_id)
    if tp is None:
        raise InvalidInput(f"no touchpoint with id {touchpoint_id}")
    if date is not None:
        tp.date = date
    if kind is not None:
        tp.kind = validate_choice(kind, TOUCHPOINT_KINDS, "touchpoint kind")
    if channel is not None:
        tp.channel = validate_choice(channel, CHANNELS, "channel")
    if note is not None:
        tp.note = note
    if status is not None:
        tp.status = validate_choice(status, STATUSES, "status")
    with db.atomic():
        tp.save()


def delete_touchpoint(db: SqliteDatabase, touchpoint_id: int) -> None:
    from netzwerk_app.core.models import Touchpoint

    with db.atomic():
        Touchpoint.delete().where(Touchpoint.id == touchpoint_id).execute()


def touchpoints_of(contact_id: int) -> list[Touchpoint]:
    """A contact's touchpoints, newest first (planned ones included; filter by status)."""
    from netzwerk_app.core.models import Touchpoint

    return list(
        Touchpoint.select()
        .where(Touchpoint.contact == contact_id)
        .order_by(Touchpoint.date.desc(), Touchpoint.id.desc())
    )


def in_person_share(db: SqliteDatabase, since: dt.date | None = None) -> float | None:
    """Share of done touchpoints that happened in person (None when there are none)."""
    sql = "SELECT count(*), sum(channel = 'in_person') FROM touchpoint WHERE status = 'done'"
    params: list = []
    if since:
        sql += " AND date >= ?"
        params.append(since.isoformat())
    total, in_person = db.execute_sql(sql, params).fetchone()
    return (in_person or 0) / total if total else None
