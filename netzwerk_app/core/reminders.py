"""The reminder's rules: what is announced when, and the actions a reminder offers.

Qt-free. The tray (``ui/tray.py``) only shows what these functions decide:

- *What*: the items due today and the overdue ones (`due_today`), the same list as the
  calendar's agenda of today.
- *Once a day*: an item is announced at most once a day, also across restarts: the day it was
  announced is stored per item (contact, reason, date the due rule computed) in the
  ``announcement`` table. A snoozed item keeps its key, so it is announced again on the day it
  shows again; an item marked done leaves the list (its contact's next item is a new one).
- *When*: at start and at the user's reminder time each day (`next_reminder`,
  `reminder_passed`); counts refresh at midnight (`next_midnight`) and after the machine woke
  (`clock_jumped`: the wall clock moved much further than a slow timer's interval).
- *Summary*: one notification for all new items (`Summary`); the GUI words it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from netzwerk_app.core import care, clock
from netzwerk_app.core.batches import batches
from netzwerk_app.core.collation import sort_key
from netzwerk_app.core.contacts import ContactRow
from netzwerk_app.core.due import DueItem, birthday_in_year
from netzwerk_app.core.records import Birthday

TYPE_CHECKING = False  # (the ORM is imported where it is used: not by the first frame)
if TYPE_CHECKING:
    from peewee import SqliteDatabase

ItemKey = tuple[int, str, dt.date]
"""(contact id, reason, date the due rule computed): the identity of a due item."""

# How long announcement rows are kept; older ones can no longer decide anything.
KEEP_DAYS = 7


def item_key(item: DueItem) -> ItemKey:
    return (item.contact_id, item.reason, item.original_date)


# ---------------------------------------------------------------- what is due


def due_today(
    db: SqliteDatabase, today: dt.date | None = None, rows: Sequence[ContactRow] | None = None
) -> Sequence[DueItem]:
    """Due today and overdue, in the agenda's order (earliest first).

    With `rows` (the contact list's rows, already read), only the contacts that can have an
    item today are read again (`candidate_ids`): the same answer, at a fraction of the cost
    when few of many contacts are due.
    """
    today = today or clock.today()
    if rows is None:
        return care.due_agenda(db, today, today, today)
    snoozed = {
        cid for (cid,) in db.execute_sql(
            "SELECT DISTINCT contact_id FROM snooze WHERE until = ?", [today.isoformat()]
        )
    }  # fmt: skip
    ids = candidate_ids(rows, today, snoozed)
    return care.due_agenda(db, today, today, today, ids=ids) if ids else []


def candidate_ids(
    rows: Iterable[ContactRow], today: dt.date, snoozed_until_today: Iterable[int] = ()
) -> list[int]:
    """The contacts that can have an item today: next due on or before today, a birthday today
    in a tier (the agenda lists it), or an item snoozed until today."""
    snoozed = set(snoozed_until_today)
    return [
        r.id
        for r in rows
        if not r.archived
        and (
            (r.next_due is not None and r.next_due <= today)
            or r.id in snoozed
            or (r.tier is not None and r.birthday is not None and _birthday_on(r.birthday, today))
        )
    ]


def _birthday_on(birthday: Birthday, day: dt.date) -> bool:
    return birthday_in_year(birthday, day.year) == day


def due_contacts(rows: Iterable[ContactRow], today: dt.date) -> list[ContactRow]:
    """The contacts due today or overdue by their next due date, earliest first (the status
    bar's count, and the tray's badge)."""
    due = [r for r in rows if not r.archived and r.next_due is not None and r.next_due <= today]
    due.sort(key=lambda r: (r.next_due, r.tier or "Z", sort_key(r.display_name)))
    return due


@dataclass(frozen=True)
class SummaryEntry:
    """One named item of a summary: who, their tier, and what is due ("lunch", "birthday" …)."""

    contact_id: int
    name: str
    tier: str | None
    what: str
    overdue_days: int


@dataclass(frozen=True)
class Summary:
    """What one notification says: how many items, and the first of them by name."""

    entries: tuple[SummaryEntry, ...]
    total: int

    @property
    def more(self) -> int:
        """Items counted but not named."""
        return self.total - len(self.entries)


def what_is_due(item: DueItem, default_kinds: dict[str, str], planned_kinds: dict[int, str]) -> str:
    """The touchpoint an item asks for: the planned kind, "birthday", or the tier's usual kind."""
    if item.reason == "planned" and item.touchpoint_id is not None:
        return planned_kinds.get(item.touchpoint_id, "other")
    if item.reason == "birthday":
        return "birthday"
    return default_kinds.get(item.tier or "", "meeting")


def summarize(
    items: Sequence[DueItem],
    default_kinds: dict[str, str],
    planned_kinds: dict[int, str] | None = None,
    limit: int = 3,
) -> Summary:
    """The summary of `items`: all of them counted, the first `limit` named."""
    planned_kinds = planned_kinds or {}
    entries = tuple(
        SummaryEntry(
            i.contact_id,
            i.display_name,
            i.tier,
            what_is_due(i, default_kinds, planned_kinds),
            i.overdue_days,
        )
        for i in items[: max(0, limit)]
    )
    return Summary(entries, len(items))


def summary_of(db: SqliteDatabase, items: Sequence[DueItem], limit: int = 3) -> Summary:
    """`summarize` with the tiers' usual kinds and the planned touchpoints' kinds read."""
    from netzwerk_app.core.models import Touchpoint

    default_kinds = {t: s.default_kind for t, s in care.tier_settings(db).items()}
    ids = [i.touchpoint_id for i in items[:limit] if i.touchpoint_id is not None]
    planned = (
        {tp.id: tp.kind for tp in Touchpoint.select().where(Touchpoint.id.in_(ids))} if ids else {}
    )
    return summarize(items, default_kinds, planned, limit)


# ---------------------------------------------------------------- once a day


def not_yet_announced(
    items: Iterable[DueItem], announced: dict[ItemKey, dt.date], today: dt.date
) -> list[DueItem]:
    """The items not announced today (`announced`: item key -> last day announced)."""
    return [i for i in items if announced.get(item_key(i)) != today]


def announced_days(db: SqliteDatabase) -> dict[ItemKey, dt.date]:
    """Item key -> the last day it was announced."""
    return {
        (cid, reason, dt.date.fromisoformat(str(day))): dt.date.fromisoformat(str(on))
        for cid, reason, day, on in db.execute_sql(
            "SELECT contact_id, reason, due_date, announced_on FROM announcement"
        )
    }


def record_announced(db: SqliteDatabase, items: Iterable[DueItem], today: dt.date) -> None:
    """Remember that `items` were announced today; forget rows older than `KEEP_DAYS`."""
    from netzwerk_app.core.models import Announcement

    rows = [
        {"contact": i.contact_id, "reason": i.reason, "due_date": i.original_date,
         "announced_on": today}
        for i in items
    ]  # fmt: skip
    with db.atomic():
        for chunk in batches(rows, 200):  # four values a row
            Announcement.insert_many(chunk).on_conflict(
                conflict_target=[Announcement.contact, Announcement.reason, Announcement.due_date],
                update={Announcement.announced_on: today},
            ).execute()
        Announcement.delete().where(
            Announcement.announced_on < today - dt.timedelta(days=KEEP_DAYS)
        ).execute()


def pending(
    db: SqliteDatabase, today: dt.date | None = None, rows: Sequence[ContactRow] | None = None
) -> list[DueItem]:
    """Today's due and overdue items that have not been announced today."""
    today = today or clock.today()
    return not_yet_announced(due_today(db, today, rows), announced_days(db), today)


def announce(
    db: SqliteDatabase,
    today: dt.date | None = None,
    limit: int = 3,
    rows: Sequence[ContactRow] | None = None,
) -> Summary | None:
    """Take the items to announce now and remember them: their summary, or None for nothing new.

    Call it at start and at the reminder time; the caller shows the summary.
    """
    today = today or clock.today()
    items = pending(db, today, rows)
    if not items:
        return None
    record_announced(db, items, today)
    return summary_of(db, items, limit)


# ---------------------------------------------------------------- acting on an item


def mark_done(db: SqliteDatabase, item: DueItem, today: dt.date | None = None) -> None:
    """Done: complete a planned touchpoint, or log the usual touchpoint of the item today
    (a greeting for a birthday, the tier's usual kind and channel for a cadence item)."""
    today = today or clock.today()
    if item.reason == "planned" and item.touchpoint_id is not None:
        care.update_touchpoint(db, item.touchpoint_id, status="done", date=today)
    elif item.reason == "birthday":
        care.log_touchpoint(db, [item.contact_id], "greeting", today)
    else:
        setting = care.tier_settings(db).get(item.tier or "")
        kind = setting.default_kind if setting else "meeting"
        channel = setting.default_channel if setting else None
        care.log_touchpoint(db, [item.contact_id], kind, today, channel)


def snooze_until_tomorrow(
    db: SqliteDatabase, items: Iterable[DueItem], today: dt.date | None = None
) -> int:
    """Hide the items until tomorrow; returns how many were snoozed."""
    today = today or clock.today()
    tomorrow = today + dt.timedelta(days=1)
    count = 0
    with db.atomic():
        for item in items:
            care.snooze(db, item.contact_id, item.reason, item.original_date, tomorrow)
            count += 1
    return count


# ---------------------------------------------------------------- when


def next_reminder(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The next moment strictly after `now` at the reminder time `at`."""
    candidate = dt.datetime.combine(now.date(), at)
    if candidate <= now:
        candidate = dt.datetime.combine(now.date() + dt.timedelta(days=1), at)
    return candidate


def next_midnight(now: dt.datetime) -> dt.datetime:
    """The start of the next day."""
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())


def reminder_passed(last: dt.datetime, now: dt.datetime, at: dt.time) -> bool:
    """Whether a reminder time lies in (last, now]: it was missed while the machine slept."""
    if now <= last:
        return False
    return next_reminder(last, at) <= now


def clock_jumped(
    last: dt.datetime, now: dt.datetime, interval: dt.timedelta, slack: dt.timedelta
) -> bool:
    """Whether the wall clock moved by more than a timer's `interval` plus `slack` (or back):
    the machine slept (or its clock was set) between two ticks of a slow timer."""
    moved = now - last
    return moved > interval + slack or moved < -slack
