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

import bisect
import calendar
import datetime as dt
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any, overload

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


# ---------------------------------------------------------------- the agenda, made when read


class AgendaRows:
    """Rows as the database handed them over, each holding a key at `column`, the contact's
    display name at index 2 and its id at index 3; sorted by the key when first asked for the
    rows of one key (`of`), so that an agenda nobody reads is never sorted."""

    __slots__ = ("_sorted", "column", "rows")

    def __init__(self, rows: list[Sequence[Any]], column: int) -> None:
        self.rows = rows
        self.column = column
        self._sorted = False

    def of(self, key: str, count: int) -> list[Sequence[Any]]:
        """The `count` rows whose key is `key`."""
        rows = self.rows
        if not self._sorted:
            rows.sort(key=itemgetter(self.column))
            self._sorted = True
        at = bisect.bisect_left(rows, key, key=itemgetter(self.column))
        return rows[at : at + count]


AgendaPart = tuple[AgendaRows, str, int, str, int]
"""(rows, key, count, reason, overdue days) of an `AgendaBucket`: the `count` rows of `key` are
items of the bucket's day and tier for that reason."""


class AgendaBucket:
    """The items of one day and tier (the agenda's order is by day, tier, name and reason):
    rows as read (`AgendaPart`s, the most) and items already made (`extras`), made into
    `DueItem`s and put in order when first read (`items`)."""

    __slots__ = ("_items", "count", "day", "extras", "parts", "tier")

    def __init__(self, day: dt.date, tier: str | None) -> None:
        self.day = day
        self.tier = tier
        self.parts: list[AgendaPart] = []
        self.extras: list[DueItem] = []
        self.count = 0
        self._items: list[DueItem] | None = None

    def add(self, part: AgendaPart) -> None:
        self.parts.append(part)
        self.count += part[2]

    def add_item(self, item: DueItem) -> None:
        self.extras.append(item)
        self.count += 1

    @property
    def order(self) -> tuple[dt.date, str]:
        return self.day, self.tier or "Z"

    def items(self) -> list[DueItem]:
        """The bucket's items by name and reason (then contact, then as they were added)."""
        if self._items is None:
            day, tier = self.day, self.tier
            items = [
                _plain_item(row[3], row[2], tier, reason, day, overdue)
                for rows, key, count, reason, overdue in self.parts
                for row in rows.of(key, count)
            ]
            items += self.extras
            if len(items) > 1:
                keys = [
                    (name_key(i.display_name), i.reason, i.contact_id, n)
                    for n, i in enumerate(items)
                ]
                keys.sort()
                items = [items[k[-1]] for k in keys]
            self._items = items
        return self._items

    def kinds(self, today: dt.date) -> Iterator[tuple[str, int]]:
        """(mark kind, count) of the bucket's items (`mark_kind`), without making them."""
        late = self.day < today
        for _, _, count, reason, overdue in self.parts:
            yield ("overdue" if late and overdue else reason), count
        for item in self.extras:
            yield mark_kind(item, today), 1


class Agenda(Sequence[DueItem]):
    """The agenda's items in order (by day, tier, name and reason), as a sequence whose items
    are made when first read, a day and tier at a time (`AgendaBucket`): a view that shows a
    few of many items makes only those, and counts per day need none (`marks`).

    Equal to any sequence of the same items (a list compares equal to it)."""

    def __init__(self, buckets: Iterable[AgendaBucket]) -> None:
        self.buckets: list[AgendaBucket] = []
        self.starts: list[int] = []  # each bucket's first item's place
        total = 0
        for bucket in sorted(buckets, key=lambda b: b.order):
            if count := bucket.count:
                self.buckets.append(bucket)
                self.starts.append(total)
                total += count
        self._len = total

    @classmethod
    def of(cls, items: Iterable[DueItem]) -> Agenda:
        """An agenda of items already made (in `_sort_key` order, as `AgendaWindow.sorted`)."""
        buckets: dict[tuple[dt.date, str | None], AgendaBucket] = {}
        for item in items:
            bucket = buckets.get((item.due_date, item.tier))
            if bucket is None:
                bucket = buckets[(item.due_date, item.tier)] = AgendaBucket(
                    item.due_date, item.tier
                )
            bucket.add_item(item)
        return cls(buckets.values())

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, index: int) -> DueItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[DueItem]: ...

    def __getitem__(self, index: int | slice) -> DueItem | list[DueItem]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("agenda index out of range")
        at = bisect.bisect_right(self.starts, index) - 1
        return self.buckets[at].items()[index - self.starts[at]]

    def __iter__(self) -> Iterator[DueItem]:
        for bucket in self.buckets:
            yield from bucket.items()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Agenda | list | tuple):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Agenda({list(self)!r})"

    def marks(self, today: dt.date) -> dict[dt.date, Counter[str]]:
        """Per day, how many items the calendar marks by kind (`mark_kind`): overdue items
        count on today, the others on their day. No item is made for it."""
        marks: dict[dt.date, Counter[str]] = {}
        for bucket in self.buckets:
            for kind, count in bucket.kinds(today):
                day = today if kind == "overdue" else bucket.day
                counter = marks.get(day)
                if counter is None:
                    counter = marks[day] = Counter()
                counter[kind] += count
        return marks

    def marked_on(self, day: dt.date, today: dt.date) -> list[DueItem]:
        """The items marked on `day` (overdue ones on today), in the agenda's order; only the
        days and tiers that can hold one are made."""
        found: list[DueItem] = []
        for bucket in self.buckets:
            if bucket.day == day:
                found += [i for i in bucket.items() if not is_overdue(i, today)]
            elif (
                day == today
                and bucket.day < today
                and any(kind == "overdue" for kind, _ in bucket.kinds(today))
            ):
                found += [i for i in bucket.items() if is_overdue(i, today)]
        return found

    def marked_names(
        self, day: dt.date, today: dt.date, limit: int
    ) -> dict[str, tuple[int, list[str]]]:
        """Per mark kind, how many items are marked on `day` and the names of the first
        `limit` of them (`marked_on`, counted): only the days and tiers that give a name are
        made (a day's tooltip)."""
        found: dict[str, tuple[int, list[str]]] = {}
        for bucket in self.buckets:
            if bucket.day == day:
                late = False
            elif day == today and bucket.day < today:
                late = True
            else:
                continue
            short = False
            for kind, count in bucket.kinds(today):
                if (kind == "overdue") == late:
                    total, names = found.get(kind, (0, []))
                    found[kind] = (total + count, names)
                    short = short or len(names) < limit
            if short:
                for item in bucket.items():
                    kind = mark_kind(item, today)
                    if (kind == "overdue") == late and len(found[kind][1]) < limit:
                        found[kind][1].append(item.display_name)
        return found
