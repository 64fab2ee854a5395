"""The agenda read as one statement whose items are made when read (`agenda_query`,
`agenda_items.Agenda`) lists exactly what the earlier reading (`care._agenda(fast=False)`) and the
engine over every contact list: plans, snoozes, birthdays in every stored shape, archived
contacts, every tier rule; and what the calendar counts and names per day is the same."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from netzwerk_app.core import agenda_items, care, database, due
from netzwerk_app.core.database import open_database
from tests.core.test_agenda_candidates import SETTINGS, _fill, set_tiers

D = dt.date
# stored shapes the app does not write, next to those it does (the engine reads some of them)
ODD_BIRTHDAYS = ["--１２-０１", "２０００-12-01", " --1201", "--1201 ", "abcd-12-01",
                 "0000-12-01", "2023-02-29", "2024-02-29", "--02-29", "1999-12-0x", "--12-01",
                 "2000-12-01"]  # fmt: skip


def _marks(items, today):
    found: dict = {}
    for item in items:
        day = today if due.is_overdue(item, today) else item.due_date
        found.setdefault(day, {}).setdefault(due.mark_kind(item, today), 0)
        found[day][due.mark_kind(item, today)] += 1
    return found


def _marked_on(items, day, today):
    return [i for i in items if (today if due.is_overdue(i, today) else i.due_date) == day]


@pytest.mark.parametrize("settings", SETTINGS)
def test_the_lazy_agenda_lists_what_the_engine_lists(db, settings):
    today = D(2026, 11, 26)
    rnd = random.Random(26)
    _fill(db, rnd, 500, today)
    ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
    for cid in rnd.sample(ids, 80):  # birthdays in odd shapes, in and out of the ranges
        db.execute_sql(
            "UPDATE contact SET birthday = ? WHERE id = ?", (rnd.choice(ODD_BIRTHDAYS), cid)
        )
    set_tiers(settings)
    rules = care.tier_rules(db)
    everyone = list(care.care_states(db).values())
    ranges = [(today, today), (today, today + dt.timedelta(days=30)),
              (today - dt.timedelta(days=40), today + dt.timedelta(days=1)),
              (D(2026, 12, 20), D(2027, 1, 10)), (D(2027, 2, 20), D(2027, 3, 2)),
              (D(2028, 2, 28), D(2028, 3, 1)), (D(2027, 2, 28), D(2027, 2, 28)),
              (D(2026, 3, 1), D(2027, 2, 28)), (D(2027, 3, 1), D(2028, 2, 28))]  # fmt: skip
    for _ in range(25):
        start = today + dt.timedelta(days=rnd.randint(-400, 400))
        ranges.append((start, start + dt.timedelta(days=rnd.randint(0, 120))))
    for start, end in ranges:
        for day in (today, start, end, today + dt.timedelta(days=45)):
            expected = due.agenda(everyone, rules, start, end, day)
            found = care._agenda(db, rules, start, end, day)
            assert list(found) == expected, (start, end, day)
            assert found == care._agenda(db, rules, start, end, day, fast=False)
            if isinstance(found, agenda_items.Agenda):
                again = care._agenda(db, rules, start, end, day)
                fresh = care._agenda(db, rules, start, end, day)
                assert again.marks(day) == _marks(expected, day), (start, end, day)
                for shown in {i.due_date for i in expected} | {day}:
                    marked = _marked_on(expected, shown, day)
                    assert again.marked_on(shown, day) == marked
                    names: dict = {}
                    for item in marked:
                        total, first = names.get(due.mark_kind(item, day), (0, []))
                        first = [*first, item.display_name] if len(first) < 2 else first
                        names[due.mark_kind(item, day)] = (total + 1, first)
                    assert fresh.marked_names(shown, day, 2) == names, (start, end, day, shown)


def test_an_agenda_reads_like_a_list(db):
    a = due.DueItem(1, "Anna", "A", "cadence", D(2026, 11, 20), D(2026, 11, 20), 6)
    b = due.DueItem(2, "bert", "A", "cadence", D(2026, 11, 20), D(2026, 11, 20), 6)
    c = due.DueItem(3, "Cleo", None, "planned", D(2026, 11, 26), D(2026, 11, 26), 0, 7)
    rows = agenda_items.AgendaRows(
        [("B", None, "Bert", 4), ("A", None, "x", 9), ("B", None, "anna", 5)], 0
    )
    bucket = agenda_items.AgendaBucket(D(2026, 11, 20), "A")
    bucket.add((rows, "B", 2, "cadence", 6))
    bucket.add_item(b)
    bucket.add_item(a)
    planned = agenda_items.AgendaBucket(D(2026, 11, 26), None)
    planned.add_item(c)
    agenda = agenda_items.Agenda([planned, bucket, agenda_items.AgendaBucket(D(2026, 11, 27), "B")])
    made = [
        a, due.DueItem(5, "anna", "A", "cadence", D(2026, 11, 20), D(2026, 11, 20), 6),
        b, due.DueItem(4, "Bert", "A", "cadence", D(2026, 11, 20), D(2026, 11, 20), 6), c,
    ]  # fmt: skip
    assert len(agenda) == 5 and bool(agenda)
    assert agenda == made and made == agenda and agenda != made[:4]
    assert agenda[-1] == c and agenda[1:3] == made[1:3] and agenda[0] is agenda[0]
    with pytest.raises(IndexError):
        agenda[5]
    assert list(reversed(agenda)) == made[::-1]
    assert agenda.marks(D(2026, 11, 26)) == {D(2026, 11, 26): {"overdue": 4, "planned": 1}}
    assert agenda.marked_on(D(2026, 11, 26), D(2026, 11, 26)) == made
    assert not agenda_items.Agenda([]) and agenda_items.Agenda([]) == []


@pytest.mark.parametrize("odd", ["\x1f", ",", "\x1e"])
def test_names_holding_any_character_are_listed_as_the_engine_lists_them(db, odd):
    """Display names holding separators (a comma, control characters) keep each contact's own
    name, as the engine lists them."""
    today = D(2026, 11, 26)
    rnd = random.Random(7)
    _fill(db, rnd, 60, today)
    names = [f"{odd}Anna", f"Be{odd}rt", f"Cleo{odd}", odd, f"{odd}{odd}", "Dora"]
    for cid, name in zip(range(1, 61, 10), names, strict=True):
        db.execute_sql("UPDATE contact SET display_name = ? WHERE id = ?", (name, cid))
    rules = care.tier_rules(db)
    everyone = list(care.care_states(db).values())
    for start, end in [(today, today + dt.timedelta(days=30)), (D(2027, 2, 1), D(2027, 5, 1))]:
        expected = due.agenda(everyone, rules, start, end, today)
        found = care._agenda(db, rules, start, end, today)
        assert isinstance(found, agenda_items.Agenda)
        assert list(found) == expected, (start, end)
        assert {i.display_name for i in found} & set(names)


def test_a_schema_9_database_gets_the_agenda_indexes(data_dir, old_schema):
    """Schema 10 adds the indexes the agenda reads from (`agenda_index.AGENDA_INDEX_SQL`); a
    schema 9 file gets them when opened, and the agenda lists what the engine lists."""
    today = D(2026, 11, 26)
    db = open_database(data_dir)
    _fill(db, random.Random(9), 200, today)
    db.close()
    old_schema(data_dir, 9, "DROP INDEX contact_agenda", "DROP INDEX contact_odd_birthday")

    db = open_database(data_dir)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        indexes = {r[1] for r in db.execute_sql("PRAGMA index_list(contact)")}
        assert {"contact_agenda", "contact_odd_birthday"} <= indexes
        rules = care.tier_rules(db)
        everyone = list(care.care_states(db).values())
        end = today + dt.timedelta(days=30)
        found = care._agenda(db, rules, today, end, today)
        assert isinstance(found, agenda_items.Agenda)
        assert list(found) == due.agenda(everyone, rules, today, end, today)
    finally:
        db.close()


@pytest.mark.parametrize("index", ["contact_agenda", "contact_odd_birthday"])
def test_an_agenda_index_gone_from_the_file_only_slows_the_agenda(db, index):
    """A file that says schema 10 but lacks an agenda index (changed by another tool): the
    agenda is read the slower way, and lists what the engine lists."""
    today = D(2026, 11, 26)
    _fill(db, random.Random(11), 120, today)
    db.execute_sql(f"DROP INDEX {index}")
    rules = care.tier_rules(db)
    everyone = list(care.care_states(db).values())
    end = today + dt.timedelta(days=30)
    assert list(care._agenda(db, rules, today, end, today)) == due.agenda(
        everyone, rules, today, end, today
    )
