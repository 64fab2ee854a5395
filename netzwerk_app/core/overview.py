"""Network overview: the numbers behind the overview charts, in one dataclass.

Contacts and overdue contacts per tier (non-archived; "unsorted" for contacts without a tier),
done touchpoints per month over the last 12 months (the current month last), the share of done
touchpoints in person over the last 90 days, and the introductions made this year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock, due
from netzwerk_app.core.records import TIERS

UNSORTED = "unsorted"
TIER_KEYS = (*TIERS, UNSORTED)
MONTHS = 12
IN_PERSON_DAYS = 90


@dataclass(frozen=True)
class MonthCount:
    month: str  # "YYYY-MM"
    touchpoints: int


@dataclass(frozen=True)
class NetworkOverview:
    contacts_per_tier: dict[str, int]  # "A".."D", "unsorted"
    overdue_per_tier: dict[str, int]
    touchpoints_per_month: list[MonthCount]  # oldest first, the current month last
    in_person_touchpoints: int  # done, last 90 days
    all_touchpoints: int  # done, last 90 days
    introductions_this_year: int

    @property
    def in_person_share(self) -> float | None:
        """In-person share of the last 90 days' touchpoints (None when there were none)."""
        return self.in_person_touchpoints / self.all_touchpoints if self.all_touchpoints else None

    def as_dict(self) -> dict:
        """JSON-ready (the keys are the `netzwerk overview --json` contract)."""
        data = asdict(self)
        data["in_person_share"] = self.in_person_share
        return data


def last_months(today: dt.date, count: int = MONTHS) -> list[str]:
    """The `count` months up to today's, oldest first, as "YYYY-MM"."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def network_overview(db: SqliteDatabase, today: dt.date | None = None) -> NetworkOverview:
    """The overview of the whole network on `today`."""
    today = today or clock.today()
    per_tier = dict.fromkeys(TIER_KEYS, 0)
    for tier, count in db.execute_sql(
        "SELECT tier, count(*) FROM contact WHERE archived = 0 GROUP BY tier"
    ):
        key = tier if tier in per_tier else UNSORTED
        per_tier[key] += count
    overdue = dict.fromkeys(TIER_KEYS, 0)
    rules = care.tier_rules(db)
    for state in care.care_states(db).values():
        next_date = due.next_due(state, rules, today)
        if next_date is not None and next_date < today:
            key = state.tier if state.tier in overdue else UNSORTED
            overdue[key] += 1
    months = last_months(today)
    first = dt.date.fromisoformat(months[0] + "-01")
    counts = dict.fromkeys(months, 0)
    for month, count in db.execute_sql(
        "SELECT substr(date, 1, 7), count(*) FROM touchpoint WHERE status = 'done'"
        " AND date >= ? AND date <= ? GROUP BY 1",
        [first.isoformat(), today.isoformat()],
    ):
        if month in counts:
            counts[month] = count
    since = due.shift(today, -(IN_PERSON_DAYS - 1))
    total, in_person = db.execute_sql(
        "SELECT count(*), coalesce(sum(channel = 'in_person'), 0) FROM touchpoint"
        " WHERE status = 'done' AND date >= ? AND date <= ?",
        [since.isoformat(), today.isoformat()],
    ).fetchone()
    (introductions,) = db.execute_sql(
        "SELECT count(*) FROM introduction WHERE made_on >= ? AND made_on <= ?",
        [f"{today.year:04d}-01-01", today.isoformat()],
    ).fetchone()
    return NetworkOverview(
        contacts_per_tier=per_tier,
        overdue_per_tier=overdue,
        touchpoints_per_month=[MonthCount(m, counts[m]) for m in months],
        in_person_touchpoints=in_person,
        all_touchpoints=total,
        introductions_this_year=introductions,
    )
