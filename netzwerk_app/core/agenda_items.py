"""The agenda over many contacts, made when read (`agenda_query.read_agenda` fills it): the
rows SQLite handed over, in one bucket per day and tier; a bucket's `DueItem`s are made and
sorted only when a view reads them, and the calendar counts its marks without making any.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any, overload

from netzwerk_app.core.due import DueItem, _plain_item, is_overdue, mark_kind
from netzwerk_app.core.sort_keys import name_key


class AgendaRows:
    """Rows as the database handed them over, each holding a key at `column`, the contact's
    display name at index 2 and its id at index 3; sorted by the key when first asked for the
    rows of one key (`of`), so that an agenda nobody reads is never sorted. The rows may be
    given as a function that makes them: it is called then, once."""

    __slots__ = ("_make", "_rows", "_sorted", "column")

    def __init__(
        self, rows: list[Sequence[Any]] | Callable[[], list[Sequence[Any]]], column: int
    ) -> None:
        self._rows: list[Sequence[Any]] = rows if isinstance(rows, list) else []
        self._make: Callable[[], list[Sequence[Any]]] | None = (
            None if isinstance(rows, list) else rows
        )
        self.column = column
        self._sorted = False

    @property
    def rows(self) -> list[Sequence[Any]]:
        if self._make is not None:
            self._rows, self._make = self._make(), None
        return self._rows

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
