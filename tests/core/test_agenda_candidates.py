"""The agenda reads only the contacts that can be due in its range: it must list exactly what
the due engine lists over every contact, whatever the range, the tiers and the data."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from netzwerk_app.core import agenda_query, care, due
from netzwerk_app.core.models import TierSetting

D = dt.date
BIRTHDAYS = [None, "", "--02-29", "2000-02-29", "--0229", "--12-31", "--01-01", "1980-03-01",
             "--02-28", "garbage", " --05-05", "--13-45"]  # fmt: skip


def set_tiers(settings: dict) -> None:
    """Each tier's cadence and anchor as `settings` gives them (tier -> (count, unit, anchor))."""
    for tier, (count, unit, anchor) in settings.items():
        TierSetting.update(cadence_count=count, cadence_unit=unit, anchor=anchor).where(
            TierSetting.tier == tier
        ).execute()


def _fill(db, rnd: random.Random, n: int, today: D) -> None:
    now = "2026-11-26 12:00:00"
    rows, touchpoints, snoozes = [], [], []
    for i in range(1, n + 1):
        tier = rnd.choice(["A", "B", "C", "D", None])
        if rnd.random() < 0.5:
            bday = rnd.choice(BIRTHDAYS)
        else:
            bday = f"--{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        since = (today + dt.timedelta(days=rnd.randint(-900, 60))).isoformat()
        since = since if tier and rnd.random() < 0.8 else None
        archived = int(rnd.random() < 0.1)
        rows.append((i, f"uid-{i}", f"Name {rnd.randint(1, 50)}", tier, bday, since, archived,
                     now, now))  # fmt: skip
        for _ in range(rnd.choice([0, 0, 1, 2, 4])):
            day = today + dt.timedelta(days=rnd.randint(-800, 40))
            status = rnd.choice(["done", "done", "done", "planned", "skipped"])
            touchpoints.append((i, day.isoformat(), "call", "phone", "", status, now))
        if rnd.random() < 0.1:
            reason = rnd.choice(due.REASONS)
            day = today + dt.timedelta(days=rnd.randint(-60, 30))
            until = day + dt.timedelta(days=rnd.randint(-5, 90))
            snoozes.append((i, reason, day.isoformat(), until.isoformat()))
    with db.atomic():
        cur = db.cursor()
        cur.executemany(
            "INSERT INTO contact (id, uid, display_name, tier, birthday, tier_since, archived,"
            " created_at, updated_at, given_name, family_name, organization, title, prefix,"
            " additional_names, suffix, nickname, department, notes, met_where, they_offer,"
            " i_offer, interests, photo_url) VALUES (?,?,?,?,?,?,?,?,?,'','','','','','','',"
            "'','','','','','','','')",
            rows,
        )
        cur.executemany(
            "INSERT INTO touchpoint (contact_id, date, kind, channel, note, status, created_at)"
            " VALUES (?,?,?,?,?,?,?)",
            touchpoints,
        )
        cur.executemany(
            "INSERT OR IGNORE INTO snooze (contact_id, reason, due_date, until) VALUES (?,?,?,?)",
            snoozes,
        )


SETTINGS = [
    {},  # the defaults: A, B, C by touchpoints (months), D by birthday
    {"A": (10, "days", "touchpoint"), "B": (3, "weeks", "touchpoint"),
     "C": (2, "years", "touchpoint"), "D": (1, "months", "birthday")},
    {"A": (1, "years", "birthday"), "B": (1, "months", "touchpoint"),
     "C": (1000, "days", "touchpoint"), "D": (13, "months", "touchpoint")},
]  # fmt: skip


@pytest.mark.parametrize("settings", SETTINGS)
def test_agenda_lists_what_the_engine_lists_over_all_contacts(db, settings):
    today = D(2026, 11, 26)
    rnd = random.Random(16)
    _fill(db, rnd, 400, today)
    set_tiers(settings)
    rules = care.tier_rules(db)
    everyone = list(care.care_states(db).values())
    ranges = [
        (today, today),
        (today, today + dt.timedelta(days=30)),
        (today - dt.timedelta(days=30), today),
        (D(2026, 12, 20), D(2027, 1, 10)),
        (D(2027, 2, 27), D(2027, 3, 2)),
        (D(2028, 2, 28), D(2028, 3, 1)),
        (D(2025, 1, 1), D(2025, 3, 1)),
        (D(2020, 1, 1), D(2030, 1, 1)),
        (today, D(2060, 12, 31)),
        (D(1990, 1, 1), today),
        (today, today - dt.timedelta(1)),
    ]
    for _ in range(30):
        start = today + dt.timedelta(days=rnd.randint(-500, 500))
        ranges.append((start, start + dt.timedelta(days=rnd.randint(0, 400))))  # fmt: skip
    for start, end in ranges:
        for day in (today, start, end, today + dt.timedelta(days=45)):
            expected = due.agenda(everyone, rules, start, end, day)
            assert care.due_agenda(db, start, end, day) == expected, (start, end, day)


def test_the_last_day_a_cadence_comes_due_by():
    months = due.Cadence(1, "months")
    assert agenda_query.last_on_or_before(months, D(2026, 2, 28)) == D(2026, 1, 31)
    assert agenda_query.last_on_or_before(months, D(2026, 3, 30)) == D(2026, 2, 28)
    assert agenda_query.last_on_or_before(due.Cadence(2, "weeks"), D(2026, 1, 15)) == D(2026, 1, 1)
    assert agenda_query.last_on_or_before(due.Cadence(1, "years"), D(9999, 12, 31)) == D(
        9999, 12, 31
    )
    assert agenda_query.last_on_or_before(due.Cadence(1, "years"), D(1, 6, 1)) is None
