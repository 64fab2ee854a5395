"""What the reminder announces when: once a day, across restarts, after snooze, after Done."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netzwerk_app.core import care, contacts, reminders
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.database import open_database
from netzwerk_app.core.records import Birthday, ContactRecord
from netzwerk_app.core.snapshots import delete_contacts


def add(db, given_name, family, tier, since=dt.date(2024, 1, 1), birthday=None) -> int:
    record = ContactRecord(given_name=given_name, family_name=family, tier=tier, birthday=birthday)
    return add_contact(db, record, today=since)


def test_due_today_holds_the_overdue_and_todays_items_only(db, today):
    anna = add(db, "Anna", "Schär", "A")  # never touched since 2024: overdue
    beat = add(db, "Beat", "Keller", "B", since=today)  # filed today: due today
    add(db, "Carla", "Frei", "C", since=today + dt.timedelta(days=3))  # due later
    add(db, "Dora", "Ott", None)  # unsorted: nothing due
    items = reminders.due_today(db, today)
    assert [i.contact_id for i in items] == [anna, beat]


def test_announced_once_a_day(db, today):
    add(db, "Anna", "Schär", "A")
    add(db, "Beat", "Keller", "B", since=today)
    first = reminders.announce(db, today)
    assert first is not None and first.total == 2
    assert reminders.announce(db, today) is None  # the reminder time later the same day
    assert reminders.pending(db, today) == []


def test_an_item_that_becomes_due_later_that_day_is_announced_alone(db, today):
    add(db, "Anna", "Schär", "A")
    reminders.announce(db, today)
    beat = add(db, "Beat", "Keller", "B", since=today)
    summary = reminders.announce(db, today)
    assert summary is not None
    assert [e.contact_id for e in summary.entries] == [beat]


def test_announced_once_a_day_also_across_restarts(data_dir, today):
    db = open_database(data_dir)
    add(db, "Anna", "Schär", "A")
    assert reminders.announce(db, today) is not None
    db.close()
    db = open_database(data_dir)  # the app starts again the same day
    try:
        assert reminders.announce(db, today) is None
        tomorrow = today + dt.timedelta(days=1)
        again = reminders.announce(db, tomorrow)  # still overdue the next day: announced again
        assert again is not None and again.total == 1
    finally:
        db.close()


def test_after_snooze_not_today_but_again_tomorrow(db, today):
    anna = add(db, "Anna", "Schär", "A")
    beat = add(db, "Beat", "Keller", "B", since=today)
    [item] = [i for i in reminders.due_today(db, today) if i.contact_id == anna]
    assert reminders.snooze_until_tomorrow(db, [item], today) == 1
    assert [i.contact_id for i in reminders.pending(db, today)] == [beat]
    assert anna not in {i.contact_id for i in reminders.due_today(db, today)}
    reminders.announce(db, today)
    tomorrow = today + dt.timedelta(days=1)
    summary = reminders.announce(db, tomorrow)
    assert summary is not None and anna in {e.contact_id for e in summary.entries}


def test_snoozing_an_announced_item_does_not_announce_it_twice_today(db, today):
    anna = add(db, "Anna", "Schär", "A")
    reminders.announce(db, today)
    [item] = reminders.due_today(db, today)
    reminders.snooze_until_tomorrow(db, [item], today)
    care.snooze(db, anna, item.reason, item.original_date, today)  # un-snoozed the same day
    assert reminders.pending(db, today) == []


def test_after_done_the_item_is_gone_and_its_next_one_is_not_announced(db, today):
    anna = add(db, "Anna", "Schär", "A")
    [item] = reminders.due_today(db, today)
    reminders.mark_done(db, item, today)
    assert reminders.due_today(db, today) == []
    assert reminders.announce(db, today) is None
    [touchpoint] = care.touchpoints_of(anna)
    assert (touchpoint.kind, touchpoint.channel, touchpoint.date) == ("lunch", "in_person", today)


def test_done_on_a_birthday_logs_a_greeting_and_on_a_plan_completes_it(db, today):
    dora = add(db, "Dora", "Ott", "D", birthday=Birthday(today.month, today.day))
    eva = add(db, "Eva", "Marti", None)
    plan = care.plan_touchpoint(db, eva, today, "call")
    items = {i.contact_id: i for i in reminders.due_today(db, today)}
    assert items[dora].reason == "birthday" and items[eva].reason == "planned"
    reminders.mark_done(db, items[dora], today)
    reminders.mark_done(db, items[eva], today)
    assert [t.kind for t in care.touchpoints_of(dora)] == ["greeting"]
    [done] = care.touchpoints_of(eva)
    assert (done.id, done.status) == (plan, "done")
    assert reminders.due_today(db, today) == []


def test_summary_names_the_first_three_with_tier_and_kind(db, today):
    add(db, "Anna", "Schär", "A")
    add(db, "Beat", "Keller", "B", since=dt.date(2025, 1, 1))
    add(db, "Dora", "Ott", "D", birthday=Birthday(today.month, today.day))
    eva = add(db, "Eva", "Marti", None)
    care.plan_touchpoint(db, eva, today - dt.timedelta(days=2), "meeting")
    summary = reminders.announce(db, today, limit=3)
    assert summary is not None
    assert summary.total == 4 and summary.more == 1
    assert [(e.name, e.tier, e.what) for e in summary.entries] == [
        ("Anna Schär", "A", "lunch"),
        ("Beat Keller", "B", "call"),
        ("Eva Marti", None, "meeting"),
    ]


def test_announcements_of_a_deleted_contact_go_with_it(db, today):
    anna = add(db, "Anna", "Schär", "A")
    reminders.announce(db, today)
    delete_contacts(db, [anna])
    assert reminders.announced_days(db) == {}


def test_old_announcements_are_forgotten(db, today):
    add(db, "Anna", "Schär", "A")
    long_ago = today - dt.timedelta(days=30)
    reminders.record_announced(db, reminders.due_today(db, today), long_ago)
    reminders.record_announced(db, [], today)
    assert reminders.announced_days(db) == {}


# ---------------------------------------------------------------- when


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_next_reminder_is_today_before_the_time_and_tomorrow_after_it():
    nine = dt.time(9, 0)
    assert reminders.next_reminder(at("2026-11-26 08:59:59"), nine) == at("2026-11-26 09:00")
    assert reminders.next_reminder(at("2026-11-26 09:00:00"), nine) == at("2026-11-27 09:00")
    assert reminders.next_reminder(at("2026-12-31 23:00"), nine) == at("2027-01-01 09:00")


def test_next_midnight():
    assert reminders.next_midnight(at("2026-11-26 00:00")) == at("2026-11-27 00:00")
    assert reminders.next_midnight(at("2028-02-28 23:59:59")) == at("2028-02-29 00:00")


def test_a_reminder_missed_while_asleep_is_noticed_on_waking():
    nine = dt.time(9, 0)
    assert reminders.reminder_passed(at("2026-11-26 08:00"), at("2026-11-26 10:00"), nine)
    assert reminders.reminder_passed(at("2026-11-25 18:00"), at("2026-11-26 09:00"), nine)
    assert not reminders.reminder_passed(at("2026-11-26 09:00"), at("2026-11-26 18:00"), nine)
    assert not reminders.reminder_passed(at("2026-11-26 10:00"), at("2026-11-26 08:00"), nine)


def test_clock_jump_detects_sleep_and_a_clock_set_back():
    minute, slack = dt.timedelta(minutes=1), dt.timedelta(seconds=30)
    base = at("2026-11-26 12:00")
    assert not reminders.clock_jumped(base, base + minute, minute, slack)
    assert not reminders.clock_jumped(base, base + minute + dt.timedelta(seconds=20), minute, slack)
    assert reminders.clock_jumped(base, base + dt.timedelta(hours=3), minute, slack)
    assert reminders.clock_jumped(base, base - dt.timedelta(minutes=5), minute, slack)


@given(
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.times(),
)
def test_next_reminder_is_within_a_day_and_at_the_time(now, time):
    time = time.replace(microsecond=0)
    moment = reminders.next_reminder(now, time)
    assert now < moment <= now + dt.timedelta(days=1)
    assert moment.time() == time


def test_reading_only_the_candidates_gives_the_same_items(db, today):
    """With the contact list's rows, only contacts that can be due are read: same answer."""
    add(db, "Anna", "Schär", "A")  # overdue
    add(db, "Beat", "Keller", "B", since=today)  # due today
    add(db, "Carla", "Frei", "C", since=today + dt.timedelta(days=5))  # later
    add(db, "Dora", "Ott", "B", since=today, birthday=Birthday(today.month, today.day))
    bday = add(db, "Emil", "Graf", "A", since=today + dt.timedelta(days=9),
               birthday=Birthday(today.month, today.day))  # fmt: skip
    fritz = add(db, "Fritz", "Huber", None)
    care.plan_touchpoint(db, fritz, today, "call")  # a plan for an unsorted contact
    gina = add(db, "Gina", "Iten", "C", since=today - dt.timedelta(days=2))
    [gina_item] = [i for i in reminders.due_today(db, today) if i.contact_id == gina]
    care.snooze(db, gina, gina_item.reason, gina_item.original_date, today)  # back today
    hans = add(db, "Hans", "Jost", "A")
    archive_contacts(db, [hans])
    rows = contacts.list_contacts(db, today=today, include_archived=True)
    full = reminders.due_today(db, today)
    assert {i.contact_id for i in full} >= {bday, fritz, gina}
    assert reminders.due_today(db, today, rows) == full
    due = [r.display_name for r in reminders.due_contacts(rows, today)]
    assert due == ["Anna Schär", "Beat Keller", "Dora Ott", "Gina Iten", "Fritz Huber"]


def test_nothing_due_reads_nothing(db, today):
    add(db, "Carla", "Frei", "C", since=today + dt.timedelta(days=5))
    rows = contacts.list_contacts(db, today=today)
    assert reminders.due_today(db, today, rows) == []
    assert reminders.announce(db, today, rows=rows) is None
