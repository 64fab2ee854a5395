"""Queries and commands on contacts and care, on a real temp database."""

from __future__ import annotations

import datetime as dt

import pytest

from netzwerk_app.core import care, contacts
from netzwerk_app.core.contact_writes import add_contact, archive_contacts, update_contact
from netzwerk_app.core.history import positions_of, set_tier, tier_history
from netzwerk_app.core.models import Contact, Position, Touchpoint
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactNotFound,
    ContactRecord,
    InvalidInput,
)
from netzwerk_app.core.snapshots import delete_contacts, restore_contacts

D = dt.date
TODAY = D(2026, 11, 26)


def person(given="Hans", family="Müller", **kw) -> ContactRecord:
    return ContactRecord(given_name=given, family_name=family, **kw)


def test_add_and_load_round_trip(db):
    rec = person(
        organization="Stadtwerke Zürich",
        title="Leiter Einkauf",
        birthday=Birthday(11, 27),
        tier="a",
        notes="Met at Swissdata",
        tags=["Zürich", "energy"],
        methods=[
            ContactMethodRecord("email", "hans@example.ch", "work", True),
            ContactMethodRecord("phone", "+41 79 123 45 67", "mobile"),
        ],
        addresses=[AddressRecord("work", street="Münsterplatz 21", locality="Bern")],
        photo=b"\x89PNG\r\n\x1a\nfake",
        photo_mime="image/png",
        raw_properties=["X-CUSTOM:kept"],
    )
    cid = add_contact(db, rec, today=TODAY)
    loaded = contacts.load_contact(db, cid)
    assert loaded.display_name == "Hans Müller"
    assert loaded.tier == "A"
    assert loaded.birthday == Birthday(11, 27)
    assert loaded.tags == ["Zürich", "energy"] or sorted(loaded.tags) == ["energy", "Zürich"]
    assert loaded.methods == rec.methods
    assert loaded.addresses[0].street == "Münsterplatz 21"
    assert loaded.photo == rec.photo and loaded.photo_mime == "image/png"
    assert loaded.raw_properties == ["X-CUSTOM:kept"]
    [history] = tier_history(cid)
    assert (history.from_tier, history.to_tier) == (None, "A")


def test_a_contact_needs_some_name(db):
    with pytest.raises(InvalidInput):
        add_contact(db, ContactRecord())
    cid = add_contact(db, ContactRecord(methods=[ContactMethodRecord("email", "x@y.ch")]))
    assert contacts.load_contact(db, cid).display_name == "x@y.ch"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("muller", ["Hans Müller"]),
        ("MÜLLER", ["Hans Müller"]),
        ("mül", ["Hans Müller"]),
        ("stadtwerke", ["Hans Müller"]),
        ("einkauf", ["Hans Müller"]),
        ("hans@example", ["Hans Müller"]),
        ("079 123", ["Hans Müller"]),
        ("0791234567", ["Hans Müller"]),
        ("41791234567", ["Hans Müller"]),
        ("0041 79 123", ["Hans Müller"]),
        ("+41 79 123", ["Hans Müller"]),
        ("zurich", ["Hans Müller"]),
        ("swissdata", ["Hans Müller"]),
        ("ana", ["Ana Łukasiewicz"]),
        ("lukas", ["Ana Łukasiewicz"]),
        ("nobody", []),
        ("   ", ["Ana Łukasiewicz", "Hans Müller"]),
    ],
)
def test_search_is_case_and_accent_insensitive(db, query, expected):
    add_contact(
        db,
        person(
            organization="Stadtwerke",
            title="Leiter Einkauf",
            notes="Swissdata 2025",
            tags=["Zürich"],
            methods=[
                ContactMethodRecord("email", "hans@example.ch"),
                ContactMethodRecord("phone", "+41 79 123 45 67"),
            ],
        ),
    )
    add_contact(db, person("Ana", "Łukasiewicz"))
    assert [r.display_name for r in contacts.list_contacts(db, search=query)] == expected


def test_list_by_tier_and_unsorted(db):
    a = add_contact(db, person("A", "One", tier="A"))
    n = add_contact(db, person("N", "None"))
    assert [r.id for r in contacts.list_contacts(db, tier="A")] == [a]
    assert [r.id for r in contacts.list_contacts(db, tier=None)] == [n]
    assert len(contacts.list_contacts(db)) == 2


def test_set_tier_writes_history_and_refiles(db):
    cid = add_contact(db, person(tier="C"), today=D(2026, 1, 1))
    assert set_tier(db, [cid], "A", "promoted to sales director", today=TODAY) == 1
    assert set_tier(db, [cid], "A", today=TODAY) == 0
    latest = tier_history(cid)[0]
    assert (latest.from_tier, latest.to_tier, latest.reason) == (
        "C",
        "A",
        "promoted to sales director",
    )
    [row] = contacts.list_contacts(db, today=TODAY)
    assert row.next_due == TODAY  # never touched: due from the day it was filed
    with pytest.raises(ContactNotFound):
        set_tier(db, [999], "A")


def test_log_touchpoint_moves_next_due(db):
    cid = add_contact(db, person(tier="A"), today=D(2026, 1, 1))
    care.log_touchpoint(db, [cid], "lunch", date=D(2026, 11, 20))
    [row] = contacts.list_contacts(db, today=TODAY)
    assert row.last_touchpoint == D(2026, 11, 20)
    assert row.next_due == D(2027, 1, 20)
    tp = Touchpoint.get()
    assert (tp.kind, tp.channel, tp.status) == ("lunch", "in_person", "done")


def test_log_for_several_contacts_and_default_channels(db):
    a = add_contact(db, person("A", "A", tier="B"))
    b = add_contact(db, person("B", "B"))
    ids = care.log_touchpoint(db, [a, b], "call", date=TODAY, note="catch-up")
    assert len(ids) == 2
    assert {t.channel for t in Touchpoint.select()} == {"phone"}
    with pytest.raises(InvalidInput):
        care.log_touchpoint(db, [a], "dance")


def test_plan_then_log_completes_the_plan(db):
    cid = add_contact(db, person(tier="A"), today=D(2026, 1, 1))
    tp = care.plan_touchpoint(db, cid, D(2026, 12, 3), "lunch", "Zunfthaus")
    [item] = care.due_now(db, days=10, today=TODAY)
    assert (item.reason, item.due_date, item.touchpoint_id) == ("planned", D(2026, 12, 3), tp)
    care.log_touchpoint(db, [cid], "lunch", date=D(2026, 12, 3))
    assert Touchpoint.select().count() == 1
    assert Touchpoint.get_by_id(tp).status == "done"


def test_log_many_at_once_keeps_the_rules_of_one(db):
    a = add_contact(db, person("A", "A", tier="A"), today=D(2026, 1, 1))
    b = add_contact(db, person("B", "B"))
    before = {c.id: (c.revision, c.updated_at) for c in Contact.select()}
    plan = care.plan_touchpoint(db, a, D(2026, 11, 1), "lunch", "Zunfthaus")
    later = care.plan_touchpoint(db, a, D(2026, 12, 24), "lunch")  # after the day: stays planned
    with pytest.raises(ContactNotFound):
        care.log_touchpoint(db, [a, 999, b], "lunch", date=TODAY)
    assert Touchpoint.select().where(Touchpoint.status == "done").count() == 0  # nothing written
    ids = care.log_touchpoint(db, [a, b, a], "lunch", date=TODAY, note="good")
    assert ids[0] == plan and len(ids) == 2  # an id given twice: one touchpoint
    done = Touchpoint.get_by_id(plan)
    assert (done.status, done.date, done.channel, done.note) == (
        "done", TODAY, "in_person", "Zunfthaus\ngood",
    )  # fmt: skip
    new = Touchpoint.get_by_id(ids[1])
    assert (new.contact_id, new.status, new.date, new.note) == (b, "done", TODAY, "good")
    assert Touchpoint.get_by_id(later).status == "planned"
    for c in Contact.select():
        assert c.revision > before[c.id][0] and c.updated_at >= before[c.id][1]


def test_due_now_counts_and_snooze(db):
    cid = add_contact(db, person(tier="A"), today=D(2026, 11, 1))
    add_contact(db, person("Eva", "D", tier="D", birthday=Birthday(11, 26, 1980)))
    counts = care.care_counts(db, TODAY)
    assert (counts.contacts, counts.due_today, counts.overdue) == (2, 1, 1)
    care.snooze(db, cid, "cadence", D(2026, 11, 1), D(2026, 11, 27))
    assert [i.display_name for i in care.due_now(db, 0, TODAY)] == ["Eva D"]
    assert [i.display_name for i in care.due_now(db, 1, TODAY)][-1] == "Hans Müller"


def test_archive_hides_from_lists_and_due(db):
    cid = add_contact(db, person(tier="A"))
    archive_contacts(db, [cid])
    assert contacts.list_contacts(db) == []
    assert care.due_now(db) == []
    assert len(contacts.list_contacts(db, include_archived=True)) == 1
    archive_contacts(db, [cid], archived=False)
    assert len(contacts.list_contacts(db)) == 1


def test_delete_and_undo_restores_everything(db):
    cid = add_contact(
        db, person(tier="B", tags=["x"], methods=[ContactMethodRecord("email", "h@m.ch")])
    )
    care.log_touchpoint(db, [cid], "call", date=D(2026, 10, 1), note="good talk")
    set_tier(db, [cid], "A", "closer now")
    snaps = delete_contacts(db, [cid])
    assert contacts.list_contacts(db) == []
    assert contacts.list_contacts(db, search="hans") == []
    [new_id] = restore_contacts(db, snaps)
    assert new_id == cid  # the same id again: scripts holding it keep working
    restored = contacts.load_contact(db, new_id)
    assert restored.tier == "A" and restored.tags == ["x"] and restored.emails() == ["h@m.ch"]
    assert [t.note for t in care.touchpoints_of(new_id)] == ["good talk"]
    assert [h.to_tier for h in tier_history(new_id)] == ["A", "B"]
    assert [r.display_name for r in contacts.list_contacts(db, search="hans")] == ["Hans Müller"]


def test_update_contact_keeps_career_history(db):
    cid = add_contact(
        db, person(organization="Lehrbetrieb AG", title="Lehrling"), today=D(2015, 8, 1)
    )
    rec = contacts.load_contact(db, cid)
    rec.organization, rec.title = "Big Corp", "Sales Director"
    rec.tier = "A"
    update_contact(db, cid, rec, today=TODAY, tier_reason="career")
    positions = positions_of(cid)
    assert [(p.organization, p.title, p.ended_on) for p in positions] == [
        ("Big Corp", "Sales Director", None),
        ("Lehrbetrieb AG", "Lehrling", TODAY),
    ]
    assert Position.select().count() == 2
    assert tier_history(cid)[0].reason == "career"
    assert contacts.list_contacts(db, search="sales")[0].id == cid


def test_tier_settings_are_editable_and_validated(db):
    settings = care.tier_settings(db)
    a = settings["A"]
    a.cadence_count, a.cadence_unit, a.name = 6, "weeks", "Key"
    care.update_tier_settings(db, a)
    assert care.tier_settings(db)["A"].name == "Key"
    assert care.tier_rules(db)["A"].cadence.unit == "weeks"
    a.cadence_unit = "fortnights"
    with pytest.raises(InvalidInput):
        care.update_tier_settings(db, a)


def test_in_person_share(db):
    cid = add_contact(db, person(tier="A"))
    assert care.in_person_share(db) is None
    care.log_touchpoint(db, [cid], "lunch", date=TODAY)
    care.log_touchpoint(db, [cid], "email", date=TODAY)
    assert care.in_person_share(db) == 0.5


def test_sort_key_orders_names_as_people_expect():
    from netzwerk_app.core.collation import sort_key

    names = ["Zoë", "Łukas", "Aðalbjörn", "Åberg", "lukas", "Ade", "Müller", "Mueller", "Asger"]
    assert sorted(names, key=sort_key) == [
        "Åberg", "Aðalbjörn", "Ade", "Asger", "Łukas", "lukas", "Mueller", "Müller", "Zoë",
    ]  # fmt: skip


def test_ids_of_deleted_contacts_are_never_given_again(db):
    from netzwerk_app.core.importing import import_records

    first = add_contact(db, person("A", "One"))
    last = add_contact(db, person("B", "Two"))
    delete_contacts(db, [last])
    new = add_contact(db, person("C", "Three"))
    assert new > last > first
    delete_contacts(db, [new])
    result = import_records(db, [person("D", "Four")])
    [created] = result.created
    assert created.contact_id > new


def test_a_phone_number_typed_in_groups_finds_only_that_number(db):
    wanted = add_contact(
        db, person("Ida", "Ruf", methods=[ContactMethodRecord("phone", "+41 79 000 12 34")])
    )
    for i in range(5):
        add_contact(
            db,
            person(f"P{i}", "X", notes=f"room 12, floor 34, {i}",
                   methods=[ContactMethodRecord("phone", f"+41 79 000 56 7{i}")]),
        )  # fmt: skip
    for query in (
        "079 000 12 34",
        "+41 79 000 12 34",
        "0041 79 000 12",
        "079-000-12",
        "Ida 079 000",
    ):
        assert [r.id for r in contacts.list_contacts(db, search=query)] == [wanted], query
    assert len(contacts.list_contacts(db, search="12 34")) == 0  # digit groups alone: one number
    assert len(contacts.list_contacts(db, search="room 12")) == 5


def test_care_counts_count_each_contact_once_by_its_next_due(db):
    a = add_contact(db, person("A", "Late", tier="A"), today=D(2026, 11, 1))
    care.plan_touchpoint(db, a, D(2026, 11, 20), "lunch")  # a missed plan: still one contact
    care.plan_touchpoint(db, a, D(2026, 11, 22), "call")
    add_contact(db, person("B", "Today", tier="B"), today=TODAY)
    add_contact(db, person("C", "Fine", tier="C"), today=TODAY)
    care.log_touchpoint(db, [contacts.list_contacts(db, search="fine")[0].id], "call", date=TODAY)
    counts = care.care_counts(db, TODAY)
    assert (counts.contacts, counts.due_today, counts.overdue) == (3, 1, 1)
