"""The due engine: pure functions that compute when each contact needs care.

No I/O. Inputs are small dataclasses built by ``care`` (or, for the agenda over many contacts,
their rows as stored: `AgendaWindow.add_rows`); outputs are `DueItem`s.

Rules:
- Touchpoint-anchored tiers (A, B, C by default): next due = last done touchpoint + cadence;
  a contact never touched is due from the day it was filed into its tier.
- Birthday-anchored tiers (D by default): due on the next birthday not yet covered by a done
  touchpoint; a missed birthday stays overdue for `BIRTHDAY_GRACE_DAYS`, then the next one counts.
- A planned touchpoint is its own item ("planned") and replaces the cadence item while it is open.
- A birthday in a year without 29 February is celebrated on 28 February.
- Contacts without a tier (unsorted) have no cadence; their planned touchpoints still count.
- A snoozed item is moved to the snooze date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from netzwerk_app.core.records import Birthday, parse_stored_birthday
from netzwerk_app.core.sort_keys import name_key

BIRTHDAY_GRACE_DAYS = 30
REASONS = ("cadence", "birthday", "planned")

_date = lru_cache(maxsize=65536)(dt.date.fromisoformat)  # stored dates, parsed once each

AgendaRow = tuple[int, str, "str | None", "str | None", "str | None", "str | None"]
"""(id, display name, tier, tier_since, birthday, last done date) of a contact, as stored."""


@dataclass(frozen=True)
class Cadence:
    """A care rhythm: every `count` `unit` (days, weeks, calendar months, years)."""

    count: int
    unit: str

    def add_to(self, day: dt.date, times: int = 1) -> dt.date:
        return _add(day, self.count * times, self.unit)


@lru_cache(maxsize=65536)
def _add(day: dt.date, n: int, unit: str) -> dt.date:
    if unit not in ("days", "weeks", "months", "years"):
        raise ValueError(f"unknown cadence unit {unit!r}")
    try:
        if unit == "days":
            return day + dt.timedelta(days=n)
        if unit == "weeks":
            return day + dt.timedelta(weeks=n)
        if unit == "months":
            return day + relativedelta(months=n)  # clamps 31 Jan + 1 month to 28/29 Feb
        return day + relativedelta(years=n)
    except (OverflowError, ValueError):  # beyond the calendar (a date typed as 9999-12-31)
        return dt.date.max if n >= 0 else dt.date.min


def shift(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, held at the ends of the calendar (1-01-01 and 9999-12-31)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days >= 0 else dt.date.min


@dataclass(frozen=True)
class TierRule:
    """What the due engine needs to know of a tier."""

    tier: str
    cadence: Cadence
    anchor: str = "touchpoint"  # or "birthday"


@dataclass(frozen=True)
class PlannedItem:
    touchpoint_id: int
    date: dt.date
    kind: str = ""
    note: str = ""


@dataclass
class CareState:
    """The facts about one contact that decide when it is due."""

    contact_id: int
    display_name: str
    tier: str | None
    tier_since: dt.date | None = None
    last_done: dt.date | None = None
    birthday: Birthday | None = None
    planned: list[PlannedItem] = field(default_factory=list)
    # (reason, original due date) -> snoozed until
    snoozes: dict[tuple[str, dt.date], dt.date] = field(default_factory=dict)


@dataclass(frozen=True)
class DueItem:
    contact_id: int
    display_name: str
    tier: str | None
    reason: str  # cadence, birthday, planned
    due_date: dt.date  # when it shows (after snoozing)
    original_date: dt.date  # the date the rule computed (the snooze key)
    overdue_days: int
    touchpoint_id: int | None = None
    note: str = ""

    @property
    def snoozed(self) -> bool:
        return self.due_date != self.original_date


def birthday_in_year(birthday: Birthday, year: int) -> dt.date:
    """The day the birthday falls on in `year` (29 Feb -> 28 Feb in common years).

    Years beyond the calendar give its last day (there is no birthday after 9999).
    """
    if year > dt.MAXYEAR:
        return dt.date.max
    day = birthday.day
    if birthday.month == 2 and day == 29 and not calendar.isleap(year):
        day = 28
    return dt.date(year, birthday.month, day)


def next_birthday(birthday: Birthday, on_or_after: dt.date) -> dt.date:
    """The first occurrence of the birthday on or after the given day."""
    this_year = birthday_in_year(birthday, on_or_after.year)
    if this_year >= on_or_after:
        return this_year
    return birthday_in_year(birthday, on_or_after.year + 1)


def birthdays_between(birthday: Birthday, start: dt.date, end: dt.date) -> list[dt.date]:
    """Every occurrence of the birthday in the closed range [start, end]."""
    return [
        d
        for year in range(start.year, end.year + 1)
        if start <= (d := birthday_in_year(birthday, year)) <= end
    ]


def age_on(birthday: Birthday, day: dt.date) -> int | None:
    """The age reached on `day`'s birthday in that year, or None when the year is unknown."""
    return None if birthday.year is None else day.year - birthday.year


def overdue_days(due: dt.date, today: dt.date) -> int:
    return max(0, (today - due).days)


def is_overdue(item: DueItem, today: dt.date) -> bool:
    """Still open and late (a past birthday listed for information is not overdue)."""
    return item.due_date < today and item.overdue_days > 0


def mark_kind(item: DueItem, today: dt.date) -> str:
    """What the calendar marks an item as: "overdue", or its reason."""
    return "overdue" if is_overdue(item, today) else item.reason


def cadence_due(state: CareState, rule: TierRule, today: dt.date) -> tuple[str, dt.date] | None:
    """The (reason, date) the tier's rule makes this contact due, ignoring plans and snoozes."""
    if rule.anchor == "birthday":
        if state.birthday is None:
            return None
        start = state.tier_since or today
        if state.last_done is not None:
            start = max(start, shift(state.last_done, 1))
        start = max(start, shift(today, -BIRTHDAY_GRACE_DAYS))
        return "birthday", next_birthday(state.birthday, start)
    if state.last_done is not None:
        return "cadence", rule.cadence.add_to(state.last_done)
    return "cadence", state.tier_since or today


def _open_items(
    state: CareState, rules: dict[str, TierRule], today: dt.date
) -> list[tuple[str, dt.date, dt.date, PlannedItem | None]]:
    """(reason, original date, shown date, plan) of a contact's open items."""
    raw: list[tuple[str, dt.date, PlannedItem | None]] = [
        ("planned", p.date, p) for p in state.planned
    ]
    rule = rules.get(state.tier) if state.tier else None
    if rule is not None and not state.planned:
        found = cadence_due(state, rule, today)
        if found is not None:
            raw.append((found[0], found[1], None))
    result = []
    for reason, original, plan in raw:
        until = state.snoozes.get((reason, original)) if state.snoozes else None
        shown = until if until is not None and until > original else original
        result.append((reason, original, shown, plan))
    return result


def due_items(state: CareState, rules: dict[str, TierRule], today: dt.date) -> list[DueItem]:
    """All open due items of one contact: its open plans, or else its cadence item."""
    return [
        _due_item(state, reason, shown, original, overdue_days(shown, today), plan)
        for reason, original, shown, plan in _open_items(state, rules, today)
    ]


def _due_item(
    state: CareState,
    reason: str,
    shown: dt.date,
    original: dt.date,
    overdue: int,
    plan: PlannedItem | None = None,
) -> DueItem:
    """A due item of the contact `state` describes (a planned one with its touchpoint)."""
    return DueItem(
        contact_id=state.contact_id,
        display_name=state.display_name,
        tier=state.tier,
        reason=reason,
        due_date=shown,
        original_date=original,
        overdue_days=overdue,
        touchpoint_id=plan.touchpoint_id if plan else None,
        note=plan.note if plan else "",
    )


def next_due(state: CareState, rules: dict[str, TierRule], today: dt.date) -> dt.date | None:
    """The earliest open due date of a contact, or None when nothing is due ever."""
    if not state.planned and not state.snoozes:
        # the cadence item alone, where it fell (the common case, said without the lists)
        rule = rules.get(state.tier) if state.tier else None
        found = cadence_due(state, rule, today) if rule is not None else None
        return None if found is None else found[1]
    dates = [shown for _, _, shown, _ in _open_items(state, rules, today)]
    return min(dates) if dates else None


def _sort_key(item: DueItem) -> tuple[dt.date, str, str, str]:
    return (item.due_date, item.tier or "Z", name_key(item.display_name), item.reason)


_new = object.__new__
_set = object.__setattr__


def _plain_item(
    contact_id: int, name: str, tier: str | None, reason: str, day: dt.date, overdue: int
) -> DueItem:
    """`DueItem(contact_id, name, tier, reason, day, day, overdue)` made faster: a frozen
    dataclass's __init__ sets its nine fields one by one through object.__setattr__ (DueItem has
    no __post_init__, so the item is the same). The agenda makes tens of thousands of them."""
    item = _new(DueItem)
    _set(item, "__dict__", {
        "contact_id": contact_id, "display_name": name, "tier": tier, "reason": reason,
        "due_date": day, "original_date": day, "overdue_days": overdue, "touchpoint_id": None,
        "note": "",
    })  # fmt: skip
    return item


class AgendaWindow:
    """The due items shown between `start` and `end` (inclusive), gathered contact by contact
    (`add`; `add_rows` for many contacts read from the database) and then `sorted`.

    Items due before `today` that are still open are overdue and are listed when the range
    contains today (overdue care is not lost in the past). With `include_birthdays`, the
    birthdays of contacts in touchpoint-anchored tiers are listed too (reason "birthday"),
    unless a touchpoint was logged on or after the day; they can be snoozed like other items.
    In birthday-anchored tiers the birthday is already the cadence item.
    """

    def __init__(
        self,
        rules: dict[str, TierRule],
        start: dt.date,
        end: dt.date,
        today: dt.date,
        include_birthdays: bool = True,
    ) -> None:
        self.rules = rules
        self.start = start
        self.end = end
        self.today = today
        self.include_birthdays = include_birthdays
        self.shows_today = start <= today <= end
        # Look back far enough to find a birthday snoozed into the range.
        self.lookback = shift(start, -BIRTHDAY_GRACE_DAYS)
        self.items: list[DueItem] = []
        # each item's sort key (`_sort_key`) and its place in `items`: sorting these compares
        # no DueItem, and keeps the order of items with equal keys (a stable sort)
        self.keys: list[tuple[dt.date, str, str, str, int]] = []

    def add(self, state: CareState) -> None:
        """The items of one contact shown in the range."""
        start, end, today = self.start, self.end, self.today
        shows_today = self.shows_today
        found = []
        seen_birthdays = set()
        for reason, original, shown, plan in _open_items(state, self.rules, today):
            if start <= shown <= end or (shows_today and shown < today):
                overdue = overdue_days(shown, today)
                found.append(_due_item(state, reason, shown, original, overdue, plan))
            if reason == "birthday":
                seen_birthdays.add(original)
        rule = self.rules.get(state.tier) if state.tier else None
        informational = rule is not None and rule.anchor != "birthday"
        if self.include_birthdays and informational and state.birthday is not None:
            for day in birthdays_between(state.birthday, self.lookback, end):
                if day in seen_birthdays:
                    continue
                if state.last_done is not None and state.last_done >= day:
                    continue  # greeted on the day or later
                until = state.snoozes.get(("birthday", day)) if state.snoozes else None
                shown = until if until is not None and until > day else day
                if not start <= shown <= end:
                    continue
                # a fact of its day, never overdue
                found.append(_due_item(state, "birthday", shown, day, overdue=0))
        for item in found:
            self.keys.append((*_sort_key(item), len(self.items)))
            self.items.append(item)

    def add_rows(
        self,
        rows: Iterable[AgendaRow],
        special: Container[int],
        state_of: Callable[[AgendaRow], CareState],
    ) -> None:
        """`add` of each contact a row describes: the contacts in `special` (those with plans
        or snoozes) through `state_of`; the others, the most, told here without a CareState:
        their cadence item, and the birthdays listed beside it."""
        start, end, today, shows_today = self.start, self.end, self.today, self.shows_today
        items, append_key, append = self.items, self.keys.append, self.items.append
        rules = self.rules
        grace_start = shift(today, -BIRTHDAY_GRACE_DAYS)
        birthdays = self.include_birthdays
        # per tier: the anchor, and the cadence's date after each last done date met
        anchor = {tier: rule.anchor for tier, rule in rules.items()}
        cadence_after: dict[str, dict[str, dt.date]] = {tier: {} for tier in rules}
        in_range: dict[tuple[int, int], list[dt.date]] = {}  # (month, day) -> days in range
        for row in rows:
            contact_id, name, tier, since, bday, last = row
            if contact_id in special:
                self.add(state_of(row))
                continue
            if not tier or tier not in anchor:
                continue  # unsorted (or a tier without rule): only plans are due
            last_done = _date(last) if last else None
            birthday = parse_stored_birthday(bday) if bday else None
            key = None
            if anchor[tier] == "birthday":
                if birthday is None:
                    continue
                first = _date(since) if since else today
                if last_done is not None:
                    first = max(first, shift(last_done, 1))
                day = next_birthday(birthday, max(first, grace_start))
                if start <= day <= end or (shows_today and day < today):
                    overdue = (today - day).days if day < today else 0
                    append_key((day, tier, name_key(name), "birthday", len(items)))
                    append(_plain_item(contact_id, name, tier, "birthday", day, overdue))
                continue
            if last and last_done is not None:
                after = cadence_after[tier]
                cached = after.get(last)
                if cached is None:
                    cached = after[last] = rules[tier].cadence.add_to(last_done)
                day = cached
            else:
                day = _date(since) if since else today
            if start <= day <= end or (shows_today and day < today):
                overdue = (today - day).days if day < today else 0
                key = name_key(name)
                append_key((day, tier, key, "cadence", len(items)))
                append(_plain_item(contact_id, name, tier, "cadence", day, overdue))
            if birthdays and birthday is not None:
                days = in_range.get((birthday.month, birthday.day))
                if days is None:  # unsnoozed, a birthday shows on its day: those in the range
                    days = in_range[(birthday.month, birthday.day)] = birthdays_between(
                        birthday, start, end
                    )
                for day in days:
                    if last_done is None or last_done < day:  # not greeted on the day or later
                        if key is None:
                            key = name_key(name)
                        append_key((day, tier, key, "birthday", len(items)))
                        append(_plain_item(contact_id, name, tier, "birthday", day, 0))

    def sorted(self) -> list[DueItem]:
        """The items gathered, by date, tier, name and reason."""
        items = self.items
        return [items[key[-1]] for key in sorted(self.keys)]


def agenda(
    states: Iterable[CareState],
    rules: dict[str, TierRule],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    include_birthdays: bool = True,
) -> list[DueItem]:
    """Due items shown between `start` and `end` (inclusive), as `AgendaWindow` says."""
    window = AgendaWindow(rules, start, end, today, include_birthdays)
    # Only the items shown become DueItems (most contacts have nothing due in the range).
    for state in states:
        window.add(state)
    return window.sorted()
