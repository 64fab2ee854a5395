"""The due engine's edges: month ends, leap days, birthdays without year, plans, tiers."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netzwerk_app.core import due
from netzwerk_app.core.records import Birthday

D = dt.date
RULES = {
    "A": due.TierRule("A", due.Cadence(2, "months")),
    "B": due.TierRule("B", due.Cadence(3, "months")),
    "C": due.TierRule("C", due.Cadence(6, "weeks")),
    "D": due.TierRule("D", due.Cadence(1, "years"), anchor="birthday"),
}


def state(**kw) -> due.CareState:
    base = dict(contact_id=1, display_name="Anna", tier="A", tier_since=D(2026, 1, 1))
    base.update(kw)
    return due.CareState(**base)


def test_cadence_month_end_is_clamped():
    assert due.Cadence(1, "months").add_to(D(2026, 1, 31)) == D(2026, 2, 28)
    assert due.Cadence(1, "months").add_to(D(2028, 1, 31)) == D(2028, 2, 29)
    assert due.Cadence(2, "months").add_to(D(2026, 12, 31)) == D(2027, 2, 28)
    assert due.Cadence(2, "weeks").add_to(D(2026, 12, 25)) == D(2027, 1, 8)
    assert due.Cadence(1, "years").add_to(D(2028, 2, 29)) == D(2029, 2, 28)
    assert due.Cadence(10, "days").add_to(D(2026, 2, 25)) == D(2026, 3, 7)


def test_next_due_from_last_touchpoint():
    s = state(last_done=D(2026, 1, 31))
    assert due.next_due(s, RULES, today=D(2026, 2, 1)) == D(2026, 3, 31)


def test_never_touched_is_due_from_the_day_it_was_filed():
    s = state(tier_since=D(2026, 5, 4))
    items = due.due_items(s, RULES, today=D(2026, 6, 1))
    assert [(i.reason, i.due_date, i.overdue_days) for i in items] == [
        ("cadence", D(2026, 5, 4), 28)
    ]


def test_contact_without_tier_has_no_cadence_but_keeps_plans():
    s = state(tier=None, tier_since=None)
    assert due.next_due(s, RULES, today=D(2026, 6, 1)) is None
    s.planned.append(due.PlannedItem(7, D(2026, 6, 10), "lunch"))
    assert due.next_due(s, RULES, today=D(2026, 6, 1)) == D(2026, 6, 10)


def test_tier_change_uses_the_new_cadence():
    s = state(last_done=D(2026, 1, 10))
    assert due.next_due(s, RULES, D(2026, 1, 11)) == D(2026, 3, 10)
    s.tier = "B"
    assert due.next_due(s, RULES, D(2026, 1, 11)) == D(2026, 4, 10)
    s.tier = "C"
    assert due.next_due(s, RULES, D(2026, 1, 11)) == D(2026, 2, 21)


def test_birthday_29_february_in_common_and_leap_years():
    bday = Birthday(2, 29, 1996)
    assert due.birthday_in_year(bday, 2027) == D(2027, 2, 28)
    assert due.birthday_in_year(bday, 2028) == D(2028, 2, 29)
    assert due.next_birthday(bday, D(2027, 3, 1)) == D(2028, 2, 29)


def test_birthday_without_year():
    bday = Birthday(11, 27)
    assert bday.isoformat() == "--11-27"
    assert Birthday.parse("--11-27") == bday
    assert Birthday.parse("--1127") == bday
    assert due.next_birthday(bday, D(2026, 11, 28)) == D(2027, 11, 27)
    assert due.age_on(bday, D(2026, 11, 27)) is None
    assert due.age_on(Birthday(11, 27, 1980), D(2026, 11, 27)) == 46


def test_birthday_anchored_tier_is_due_on_the_birthday():
    s = state(tier="D", tier_since=D(2025, 1, 1), birthday=Birthday(3, 15))
    assert due.next_due(s, RULES, D(2026, 3, 1)) == D(2026, 3, 15)
    # greeting sent: the next one is a year later
    s.last_done = D(2026, 3, 15)
    assert due.next_due(s, RULES, D(2026, 3, 16)) == D(2027, 3, 15)


def test_missed_birthday_stays_overdue_for_the_grace_period_only():
    s = state(tier="D", tier_since=D(2025, 1, 1), birthday=Birthday(3, 15))
    [item] = due.due_items(s, RULES, D(2026, 3, 20))
    assert (item.reason, item.due_date, item.overdue_days) == ("birthday", D(2026, 3, 15), 5)
    assert due.next_due(s, RULES, D(2026, 5, 1)) == D(2027, 3, 15)


def test_filing_into_birthday_tier_after_the_birthday_waits_for_next_year():
    s = state(tier="D", tier_since=D(2026, 3, 20), birthday=Birthday(3, 15))
    assert due.next_due(s, RULES, D(2026, 3, 20)) == D(2027, 3, 15)


def test_birthday_tier_without_birthday_is_never_due():
    s = state(tier="D", birthday=None)
    assert due.due_items(s, RULES, D(2026, 3, 20)) == []


def test_planned_touchpoint_in_the_past_is_overdue_and_replaces_cadence():
    s = state(last_done=D(2026, 1, 1), planned=[due.PlannedItem(3, D(2026, 2, 1), "call")])
    [item] = due.due_items(s, RULES, D(2026, 2, 11))
    assert (item.reason, item.due_date, item.overdue_days, item.touchpoint_id) == (
        "planned",
        D(2026, 2, 1),
        10,
        3,
    )


def test_snooze_moves_the_item_until_the_date():
    s = state(tier_since=D(2026, 6, 1))
    s.snoozes[("cadence", D(2026, 6, 1))] = D(2026, 6, 8)
    [item] = due.due_items(s, RULES, D(2026, 6, 2))
    assert (item.due_date, item.original_date, item.overdue_days, item.snoozed) == (
        D(2026, 6, 8),
        D(2026, 6, 1),
        0,
        True,
    )
    assert due.agenda([s], RULES, D(2026, 6, 2), D(2026, 6, 2), D(2026, 6, 2)) == []
    [again] = due.agenda([s], RULES, D(2026, 6, 8), D(2026, 6, 8), D(2026, 6, 8))
    assert again.due_date == D(2026, 6, 8)


def test_agenda_lists_overdue_cadence_birthdays_and_plans_in_date_order():
    today = D(2026, 11, 26)
    states = [
        state(contact_id=1, display_name="Overdue", last_done=D(2026, 9, 1)),
        state(
            contact_id=2, display_name="Bday", tier="B", last_done=today, birthday=Birthday(11, 28)
        ),
        state(
            contact_id=3,
            display_name="Plan",
            tier=None,
            planned=[due.PlannedItem(9, D(2026, 12, 1))],
        ),
        state(contact_id=4, display_name="Later", last_done=D(2026, 11, 1)),
    ]
    items = due.agenda(states, RULES, today, today + dt.timedelta(days=7), today)
    assert [(i.display_name, i.reason, i.due_date) for i in items] == [
        ("Overdue", "cadence", D(2026, 11, 1)),
        ("Bday", "birthday", D(2026, 11, 28)),
        ("Plan", "planned", D(2026, 12, 1)),
    ]
    assert items[0].overdue_days == 25
    # without today in the range, overdue items stay on their own dates
    later = due.agenda(states, RULES, D(2026, 12, 25), D(2027, 1, 5), today)
    assert [(i.display_name, i.due_date) for i in later] == [("Later", D(2027, 1, 1))]


def test_agenda_shows_a_birthday_once_in_birthday_tiers():
    s = state(tier="D", tier_since=D(2025, 1, 1), birthday=Birthday(2, 29, 1992))
    items = due.agenda([s], RULES, D(2027, 2, 1), D(2027, 3, 31), D(2027, 2, 1))
    assert [(i.reason, i.due_date) for i in items] == [("birthday", D(2027, 2, 28))]


@given(
    last=st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)),
    count=st.integers(1, 24),
    unit=st.sampled_from(["days", "weeks", "months", "years"]),
)
def test_next_due_is_always_after_the_last_touchpoint(last, count, unit):
    rules = {"A": due.TierRule("A", due.Cadence(count, unit))}
    s = state(last_done=last)
    assert due.next_due(s, rules, last) > last


@given(bday=st.dates(min_value=D(1904, 1, 1), max_value=D(2020, 12, 31)), today=st.dates())
def test_next_birthday_is_within_a_year(bday, today):
    if today.year >= 9999:
        return
    b = Birthday.from_date(bday)
    nxt = due.next_birthday(b, today)
    assert today <= nxt <= today + dt.timedelta(days=366)
    assert nxt.month == bday.month


def test_informational_birthday_is_cleared_by_a_greeting_and_can_be_snoozed():
    day = D(2026, 11, 28)
    s = state(tier="B", last_done=D(2026, 11, 1), birthday=Birthday(11, 28))
    items = due.agenda([s], RULES, day, day, D(2026, 11, 28))
    assert [(i.reason, i.due_date) for i in items] == [("birthday", day)]
    s.snoozes[("birthday", day)] = D(2026, 11, 30)
    assert due.agenda([s], RULES, day, day, day) == []
    [moved] = due.agenda([s], RULES, D(2026, 11, 30), D(2026, 11, 30), D(2026, 11, 30))
    assert (moved.reason, moved.original_date, moved.snoozed) == ("birthday", day, True)
    s.snoozes.clear()
    s.last_done = day  # greeting logged on the birthday
    assert due.agenda([s], RULES, day, day, day) == []


def test_informational_birthdays_in_the_past_are_not_overdue():
    s = state(tier="B", last_done=D(2026, 10, 1), birthday=Birthday(11, 3))
    items = due.agenda([s], RULES, D(2026, 10, 26), D(2026, 12, 6), D(2026, 11, 26))
    bday = [i for i in items if i.reason == "birthday"]
    assert [(i.due_date, i.overdue_days) for i in bday] == [(D(2026, 11, 3), 0)]


def test_dates_at_the_ends_of_the_calendar_never_raise():
    """A touchpoint typed as 9999-12-31 must not break the due dates of everyone."""
    assert due.Cadence(2, "months").add_to(D(9999, 12, 31)) == dt.date.max
    assert due.Cadence(3, "days").add_to(D(9999, 12, 30)) == dt.date.max
    touched_at_the_end = state(last_done=D(9999, 12, 31))
    assert due.next_due(touched_at_the_end, RULES, today=D(2026, 5, 1)) == dt.date.max
    greeted = state(tier="D", birthday=Birthday(5, 1), last_done=D(9999, 12, 31))
    assert due.next_due(greeted, RULES, today=D(2026, 5, 1)) == dt.date.max
    early = state(tier_since=D(1, 1, 1), birthday=Birthday(1, 1, 1))
    for today in (D(1, 1, 1), D(9999, 12, 31)):
        due.agenda([early, touched_at_the_end, greeted], RULES, today, today, today)


@given(
    last=st.dates(),
    today=st.dates(),
    bday=st.dates(),
    tier=st.sampled_from(["A", "B", "C", "D"]),
)
def test_due_engine_is_total_over_all_dates(last, today, bday, tier):
    s = state(tier=tier, tier_since=today, last_done=last, birthday=Birthday.from_date(bday))
    due.agenda([s], RULES, today, today, today)
    assert due.next_due(s, RULES, today) is not None
