"""The agenda over every contact as one SQL statement that hands over little: `read_agenda`.

The due rules of `due` are said in SQL for the contacts without plans and snoozes (the most):
SQLite reads each contact once (from the narrow index `contact_agenda`), leaves out those with
nothing to show, and gives the others' (cadence key, birthday key, display name, id) as four
texts, one per column, joined in the same order. The cadence key is the tier and the
last done date ("A|2026-05-01") or, never touched, the day the cadence item falls on
("A!2026-05-01"); contacts of a tier with the same key have the same due date, which Python
works out once per key. The birthday key is the day a birthday item shows and the tier
("2026-12-01A"). Python then only sorts the rows by these keys and cuts them into one
`agenda_items.AgendaBucket` per day and tier; no `DueItem` is made until a view reads it.

The contacts with plans or snoozes, and those whose stored birthday is not in one of the two
shapes written here ("YYYY-MM-DD", "--MM-DD"; found through an index of their own), go through
the engine (`due.AgendaWindow.add`) with all their items.

Ranges of a year or more (a birthday would show twice) and ranges at the ends of the
calendar are left to the caller (`read_agenda` gives None).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from netzwerk_app.core import agenda_items, due
from netzwerk_app.core.agenda_index import ODD_BIRTHDAY
from netzwerk_app.core.records import Birthday, parse_stored_birthday

TYPE_CHECKING = False  # (the ORM is imported where it is used: not by the first frame)
if TYPE_CHECKING:
    from peewee import SqliteDatabase

# The columns read of each contact, by the names the keys' SQL uses. The dates lose their
# column's affinity (unary +): compared with text as they are, not first tried as numbers.
_COLUMNS = {"since": "+c.tier_since", "tier": "c.tier", "bday": "c.birthday", "last": "+l.date"}
_MD = "substr(bday, -5)"  # the month and day of a stored birthday
_NAME_GAP = "\x1f"  # between the names handed over (a name holding it is read apart)
_YEAR = "CAST(substr(bday, 1, 4) AS INTEGER)"
# A shaped birthday the engine can read (`Birthday`): a year from 1 on, and 29 February only in
# leap years (the month and day are checked by the days listed, which are all real days).
_READABLE = (
    "(substr(bday, 1, 2) = '--' OR substr(bday, 1, 4) != '0000'"
    f" AND (substr(bday, 6) != '02-29' OR {_YEAR} % 4 = 0"
    f" AND ({_YEAR} % 100 != 0 OR {_YEAR} % 400 = 0)))"
)
# every (month, day) a birthday can have (of a leap year: 29 February too)
_MONTH_DAYS = [
    (d.month, d.day) for d in (dt.date(2000, 1, 1) + dt.timedelta(i) for i in range(366))
]


@lru_cache(maxsize=16)
def _columns(sql: str) -> str:
    """`sql` with the columns' short names (since, tier, bday, last) as the statement reads
    them (`_COLUMNS`)."""
    return re.sub(r"(?<![.\w])(since|tier|bday|last)\b", lambda m: _COLUMNS[m[1]], sql)


def _text(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _one_of(column: str, values: list[str]) -> str:
    """`column` is one of `values` (compared one by one: cheaper than IN for a few)."""
    return "(" + " OR ".join(f"{column} = {_text(v)}" for v in values) + ")"


@lru_cache(maxsize=64)
def _occurrences(first: dt.date, last: dt.date) -> dict[str, dt.date]:
    """ "MM-DD" of each birthday that falls between first and last -> its day there (29 February
    on 28 February in common years, `due.birthday_in_year`). For less than a year of days."""
    found = {}
    for month, day in _MONTH_DAYS:
        birthday = Birthday(month, day)
        for year in range(first.year, last.year + 1):
            when = due.birthday_in_year(birthday, year)
            if first <= when <= last:
                found[f"{month:02d}-{day:02d}"] = when
                break
    return found


def _occurrence_sql(found: dict[str, dt.date]) -> str:
    """The day (ISO text) of the birthday `bday` in the window `found` describes; the window
    holds less than a year of days, so a "MM-DD" falls in it at most once."""
    years = sorted({d.year for d in found.values()})
    day = _MD
    leap_day = found.get("02-29")
    if leap_day is not None:  # 29 February may be kept on 28 February
        day = f"(CASE {_MD} WHEN '02-29' THEN {_text(leap_day.strftime('%m-%d'))} ELSE {_MD} END)"
    if len(years) == 1:
        return f"('{years[0]:04d}-' || {day})"
    # the days of the first year are those from the window's first "MM-DD" on
    cut = min(md for md, d in found.items() if d.year == years[0])
    return (
        f"(CASE WHEN {_MD} >= {_text(cut)} THEN '{years[0]:04d}-' ELSE '{years[1]:04d}-' END"
        f" || {day})"
    )


@lru_cache(maxsize=64)
def _in_window(first: dt.date, last: dt.date) -> str:
    """The birthday `bday` falls between first and last (`_occurrences`): its "MM-DD" is in
    runs of days, which SQLite compares faster than a list."""
    found = _occurrences(first, last)
    runs: list[list[str]] = []
    inside = False
    for month, day in _MONTH_DAYS:
        key = f"{month:02d}-{day:02d}"
        if key in found:
            if inside:
                runs[-1][1] = key
            else:
                runs.append([key, key])
            inside = True
        else:
            inside = False
    return "(" + " OR ".join(f"{_MD} BETWEEN '{a}' AND '{b}'" for a, b in runs) + ")"


def read_agenda(
    db: SqliteDatabase,
    rules: dict[str, due.TierRule],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    special: dict[int, tuple[list[due.PlannedItem], dict[tuple[str, dt.date], dt.date]]],
) -> agenda_items.Agenda | None:
    """`due.agenda` over every non-archived contact, or None when the range is one this
    statement does not serve (a year or longer, or at the ends of the calendar).

    `special`: the contacts with plans or snoozes -> (their plans, their snoozes)."""
    if start > end or start.year < 2 or end.year > 9998 or not 1 < today.year < 9999:
        return None
    shows_today = start <= today <= end
    grace = today - dt.timedelta(days=due.BIRTHDAY_GRACE_DAYS)
    touch_tiers = [t for t, r in rules.items() if r.anchor != "birthday"]
    birthday_tiers = [t for t, r in rules.items() if r.anchor == "birthday"]
    if touch_tiers and (end - start).days >= 365:
        return None  # a birthday listed beside the cadence could show twice
    birthday_first = grace if shows_today else max(grace, start)
    if birthday_tiers and end >= birthday_first and (end - grace).days >= 365:
        return None  # the birthday a birthday-anchored tier is due on could be one of two
    today_text, end_text = _text(today.isoformat()), _text(end.isoformat())
    never = f"coalesce(since, {today_text})"  # the day a contact never touched is due
    never_shows = f"{never} <= {end_text}"
    if not shows_today:
        never_shows += f" AND {never} >= {_text(start.isoformat())}"

    # Which contacts to read (`wanted`, on the table's columns), and of each its cadence key
    # (`cadence`; '' when none shows) and its birthday key (`birthday`; NULL when none shows).
    wanted, cadence = [], []
    for tier in touch_tiers:
        cadence_of = rules[tier].cadence
        last = last_on_or_before(cadence_of, end)
        done = ""
        if last is not None:
            done = f"last <= {_text(last.isoformat())}"
            before = None if shows_today else last_on_or_before(cadence_of, start - dt.timedelta(1))
            if before is not None:
                done += f" AND last > {_text(before.isoformat())}"
        shows = f"last IS NULL AND {never_shows}" + (f" OR {done}" if done else "")
        wanted.append(f"tier = {_text(tier)} AND ({shows})")
        cadence.append(
            f" WHEN {_text(tier)} THEN CASE"
            + (f" WHEN {done} THEN {_text(tier + '|')} || last" if done else "")
            + f" WHEN last IS NULL AND {never_shows} THEN {_text(tier + '!')} || {never}"
            " ELSE '' END"
        )
    birthday_wanted, birthday = [], []
    windows = []
    if touch_tiers:  # the birthdays listed beside the cadence
        windows.append((touch_tiers, start, ""))
    if birthday_tiers and end >= birthday_first:  # the birthdays that are the cadence
        windows.append((birthday_tiers, birthday_first, " AND {day} >= " + never))
    for tiers, first, also in windows:
        found = _occurrences(first, end)
        if not found:
            continue
        occurs = _occurrence_sql(found)
        where = f"{_one_of('tier', tiers)} AND {_in_window(first, end)}"
        birthday_wanted.append(where)
        birthday.append(
            f" WHEN {where} THEN CASE WHEN {_READABLE}{also.format(day=occurs)}"
            f" AND (last IS NULL OR last < {occurs}) THEN {occurs} || tier END"
        )
    if birthday_wanted:
        wanted.append(f"bday > '' AND ({' OR '.join(birthday_wanted)})")
    cadence_key = f"CASE tier{''.join(cadence)} ELSE '' END" if cadence else "''"
    birthday_key = (
        f"CASE WHEN bday > '' THEN CASE{''.join(birthday)} END END" if birthday else "NULL"
    )
    picked = " OR ".join(f"({w})" for w in wanted) or "0"
    # the contacts the engine reads: those with plans or snoozes, and those whose birthday is
    # in another shape (the statement below reads only the two shapes)
    odd: set[int] = set()
    if rules:
        odd = {
            cid
            for (cid,) in db.execute_sql(
                "SELECT id FROM contact INDEXED BY contact_odd_birthday"
                f" WHERE {ODD_BIRTHDAY} AND tier IS NOT NULL AND archived = 0"
            )
        }
    engine_ids = sorted(special.keys() | odd)
    not_special = ""
    if engine_ids:
        not_special = f" AND c.id NOT IN ({','.join(str(int(i)) for i in engine_ids)})"
    # One row: the picked contacts' keys, names and ids, each column joined into one text in
    # the same order (every aggregate steps over the same rows). Handing over a few long texts
    # costs a fraction of handing over a row per contact, and no row is made in Python until
    # an item is read. (The contacts without a tier, a third or so, are read no further.)
    ((cadences, birthdays, names, numbers_text),) = db.execute_sql(
        _columns(
            f"SELECT group_concat({cadence_key}), group_concat(ifnull({birthday_key}, '')),"
            f" group_concat(c.display_name, {_text(_NAME_GAP)}), group_concat(c.id)"
            " FROM contact c INDEXED BY contact_agenda"
            " LEFT JOIN contact_last_done l ON l.contact_id = c.id"
            f" WHERE c.tier IS NOT NULL AND c.archived = 0 AND ({picked})"
        )
        + not_special
    ).fetchall()
    cadence_keys = cadences.split(",") if numbers_text else []
    birthday_keys = birthdays.split(",") if numbers_text else []
    # a name holding the gap between names: the names are read apart (rare)
    by_id = None
    if numbers_text and names.count(_NAME_GAP) != len(cadence_keys) - 1:
        by_id = dict(
            db.execute_sql(
                "SELECT id, display_name FROM contact WHERE id IN (SELECT value FROM json_each(?))",
                [f"[{numbers_text}]"],
            ).fetchall()
        )

    @lru_cache(maxsize=1)
    def all_rows() -> list[Sequence[Any]]:
        """The picked contacts as rows (cadence key, birthday key, name, id), made when an item
        is first read."""
        if not numbers_text:
            return []
        numbers = list(map(int, numbers_text.split(",")))
        named = names.split(_NAME_GAP) if by_id is None else [by_id[i] for i in numbers]
        return list(zip(cadence_keys, birthday_keys, named, numbers, strict=True))

    # Each key's rows are counted by C code (Counter over the keys); they are sorted and cut
    # into the keys' rows only when an item is first read (`agenda_items.AgendaRows`).
    buckets: dict[tuple[dt.date, str | None], agenda_items.AgendaBucket] = {}

    def bucket(day: dt.date, tier: str | None) -> agenda_items.AgendaBucket:
        found = buckets.get((day, tier))
        if found is None:
            found = buckets[(day, tier)] = agenda_items.AgendaBucket(day, tier)
        return found

    by_cadence = agenda_items.AgendaRows(all_rows, 0)
    for key, count in Counter(cadence_keys).items():
        if key:
            tier, mark, day = key[:-11], key[-11], due._date(key[-10:])
            if mark == "|":  # the last done date: the cadence's next date after it
                day = rules[tier].cadence.add_to(day)
            bucket(day, tier).add((by_cadence, key, count, "cadence", max(0, (today - day).days)))
    by_birthday = agenda_items.AgendaRows(lambda: [r for r in all_rows() if r[1]], 1)
    for key, count in Counter(filter(None, birthday_keys)).items():
        day, tier = due._date(key[:10]), key[10:]
        late = max(0, (today - day).days) if rules[tier].anchor == "birthday" else 0
        bucket(day, tier).add((by_birthday, key, count, "birthday", late))

    # The engine: the contacts with plans or snoozes, and those whose birthday is stored in
    # another shape (all their items).
    window = due.AgendaWindow(rules, start, end, today)
    for cid, name, tier, since, bday, last in (
        db.execute_sql(
            "SELECT c.id, c.display_name, c.tier, c.tier_since, c.birthday, l.date FROM contact c"
            " LEFT JOIN contact_last_done l ON l.contact_id = c.id"
            " WHERE c.archived = 0 AND c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id",
            ["[" + ",".join(map(str, engine_ids)) + "]"],
        )
        if engine_ids
        else ()
    ):
        planned, snoozes = special.get(cid, ([], {}))
        window.add(
            due.CareState(
                cid, name, tier, due._date(since) if since else None,
                due._date(last) if last else None, parse_stored_birthday(bday), planned, snoozes,
            )
        )  # fmt: skip
    for item in window.sorted():
        bucket(item.due_date, item.tier).add_item(item)
    return agenda_items.Agenda(buckets.values())


def last_on_or_before(cadence: due.Cadence, end: dt.date) -> dt.date | None:
    """The latest day whose next cadence date is on or before `end` (None: no such day).

    Adding a cadence never moves a later day before an earlier one, so the days that come
    due by `end` are exactly those up to this one."""
    lo, hi = dt.date.min.toordinal(), end.toordinal()
    if cadence.add_to(dt.date.fromordinal(lo)) > end:
        return None
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if cadence.add_to(dt.date.fromordinal(mid)) <= end:
            lo = mid
        else:
            hi = mid - 1
    return dt.date.fromordinal(lo)
