"""Events: quick entry of people met, attaching contacts, and a contact's events."""

from __future__ import annotations

import datetime as dt

import pytest

from netzwerk_app.core import care, contacts, events
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.history import positions_of
from netzwerk_app.core.models import Touchpoint
from netzwerk_app.core.records import ContactNotFound, ContactRecord, InvalidInput

TODAY = dt.date(2026, 11, 26)
APERO = dt.date(2026, 11, 20)


def test_met_at_this_event_creates_the_contact_with_where_and_when(db):
    event = events.add_event(db, "  Apéro  Digital ", APERO, place="Zürich", note="fintech")
    cid = events.meet_at_event(db, event, "Anna Keller", "ACME AG", "wants to talk about  CRM")
    record = contacts.load_contact(db, cid)
    assert (record.given_name, record.family_name, record.organization) == (
        "Anna", "Keller", "ACME AG",
    )  # fmt: skip
    assert record.notes == "wants to talk about CRM"
    assert (record.met_where, record.met_on, record.tier) == ("Apéro Digital, Zürich", APERO, None)
    [tp] = care.touchpoints_of(cid)
    assert (tp.kind, tp.channel, tp.status, tp.date) == ("event", "in_person", "done", APERO)
    assert tp.note == "met at Apéro Digital, Zürich"
    assert [e.name for e in events.events_of(db, cid)] == ["Apéro Digital"]
    assert [a.display_name for a in events.attendees_of(db, event)] == ["Anna Keller"]
    assert [p.organization for p in positions_of(cid)] == ["ACME AG"]


def test_quick_entry_names(db):
    event = events.add_event(db, "Talk", APERO)
    reversed_name = events.meet_at_event(db, event, "Keller, Anna Maria")
    one_word = events.meet_at_event(db, event, "Madonna")
    record = contacts.load_contact(db, reversed_name)
    assert (record.given_name, record.family_name) == ("Anna Maria", "Keller")
    assert contacts.load_contact(db, one_word).given_name == "Madonna"
    with pytest.raises(InvalidInput):
        events.meet_at_event(db, event, "   ")


def test_attaching_existing_contacts_logs_touchpoints_once(db):
    event = events.add_event(db, "Apéro", APERO)
    cid = add_contact(db, ContactRecord(given_name="Beat", family_name="Brunner", tier="B"))
    assert events.attend(db, event, cid)
    assert not events.attend(db, event, cid)
    [tp] = care.touchpoints_of(cid)
    assert (tp.kind, tp.date, tp.channel) == ("event", APERO, "in_person")
    assert contacts.load_contact(db, cid).met_where == ""  # an old acquaintance stays as met
    [row] = events.list_events(db)
    assert (row.name, row.attendees) == ("Apéro", 1)
    assert row.as_dict() == {
        "id": event, "name": "Apéro", "date": "2026-11-20", "place": "", "note": "",
        "attendees": 1,
    }  # fmt: skip
    assert events.detach(db, event, cid) and not events.detach(db, event, cid)
    assert Touchpoint.select().count() == 1  # the touchpoint happened; it stays


def test_an_event_ahead_plans_the_touchpoint_and_refuses_quick_entry(db):
    later = events.add_event(db, "Conference", TODAY + dt.timedelta(days=10))
    cid = add_contact(db, ContactRecord(given_name="Carl", family_name="Christen"))
    events.attend(db, later, cid)
    [tp] = care.touchpoints_of(cid)
    assert (tp.status, tp.date) == ("planned", TODAY + dt.timedelta(days=10))
    with pytest.raises(InvalidInput):
        events.meet_at_event(db, later, "Dora Dürr")


def test_events_newest_first_and_bad_input(db):
    old = events.add_event(db, "Old", dt.date(2025, 1, 1))
    new = events.add_event(db, "New", APERO)
    assert [e.id for e in events.list_events(db)] == [new, old]
    with pytest.raises(InvalidInput):
        events.add_event(db, " ", APERO)
    with pytest.raises(InvalidInput):
        events.attend(db, 99, 1)
    with pytest.raises(ContactNotFound):
        events.attend(db, new, 99)
    with pytest.raises(ContactNotFound):
        events.events_of(db, 99)
    with pytest.raises(InvalidInput):
        events.attendees_of(db, 99)
