"""Tier, archive, log and delete over many contacts at once (more ids than one SQL batch): each
keeps the rules of one contact, in the order the ids came, and writes nothing when an id is
wrong."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from netzwerk_app.core import care, contacts
from netzwerk_app.core.batches import BATCH, as_json
from netzwerk_app.core.bulk import checked_ids
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.history import set_tier
from netzwerk_app.core.models import Contact
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactNotFound,
    ContactRecord,
)
from netzwerk_app.core.snapshots import (
    delete_contacts,
    restore_contacts,
    snapshot_contact,
    snapshot_contacts,
)

D = dt.date
MANY = 2 * BATCH + 7


@pytest.fixture
def many(db) -> list[int]:
    """MANY contacts (ids from 1): every third in tier A, the rest unsorted."""
    add_contact(db, ContactRecord(given_name="P1", tier="A"), today=D(2026, 1, 1))
    filed = {"tier": "A", "tier_since": D(2026, 1, 1)}
    unsorted = {"tier": None, "tier_since": None}
    with db.atomic():  # the rest in one insert (a contact at a time is slow)
        Contact.insert_many(
            {"uid": f"u{i}", "given_name": f"P{i}", "display_name": f"P{i}",
             **(filed if i % 3 == 1 else unsorted)}
            for i in range(2, MANY + 1)
        ).execute()  # fmt: skip
    return list(range(1, MANY + 1))


def revisions(db) -> dict[int, int]:
    return dict(db.execute_sql("SELECT id, revision FROM contact"))


def test_as_json_and_checked_ids(db, many):
    assert as_json([3, 1, 2]) == "[3,1,2]"
    assert as_json([]) == "[]"
    ids, text = checked_ids(db, [many[2], many[0], many[2]])
    assert ids == [many[2], many[0]] and text == as_json(ids)
    with pytest.raises(ContactNotFound) as err:
        checked_ids(db, [many[0], 10_001, 10_000])
    assert err.value.contact_id == 10_001  # the first wrong one, in the order given


def test_set_tier_over_many_ids_writes_history_in_order(db, many):
    order = list(reversed(many))
    before = revisions(db)
    moving = [cid for cid in order if cid % 3 != 1]  # those not in A yet (ids start at 1)
    assert set_tier(db, [*order, order[0]], "A", "all of them", today=D(2026, 11, 26)) == len(
        moving
    )
    rows = list(
        db.execute_sql(
            "SELECT contact_id, from_tier, to_tier, reason FROM tier_change"
            " WHERE reason = 'all of them' ORDER BY id"
        )
    )
    assert rows == [(cid, None, "A", "all of them") for cid in moving]
    after = revisions(db)
    for cid in many:  # a moved contact's revision rises by one; the others stay
        assert after[cid] == before[cid] + (cid in moving)
    since = dict(db.execute_sql("SELECT id, tier_since FROM contact"))
    assert {since[cid] for cid in moving} == {"2026-11-26"}
    assert set_tier(db, many, "A") == 0


def test_set_tier_with_a_wrong_id_changes_nothing(db, many):
    before = revisions(db)
    with pytest.raises(ContactNotFound):
        set_tier(db, [*many, 99_999], "B")
    assert revisions(db) == before
    assert contacts.list_contacts(db, tier="B") == []


def test_archive_many_and_bring_back(db, many):
    before = revisions(db)
    assert archive_contacts(db, [*many, many[0]]) == MANY
    assert contacts.list_contacts(db) == []
    assert revisions(db) == {cid: rev + 1 for cid, rev in before.items()}
    with pytest.raises(ContactNotFound):
        archive_contacts(db, [many[0], 99_999], archived=False)
    assert contacts.list_contacts(db) == []  # nothing brought back
    assert archive_contacts(db, many, archived=False) == MANY
    assert len(contacts.list_contacts(db)) == MANY


def test_log_many_returns_ids_in_the_order_given(db, many):
    plan = care.plan_touchpoint(db, many[5], D(2026, 11, 1), "call", "plan")
    order = list(reversed(many))
    before = revisions(db)
    ids = care.log_touchpoint(db, [*order, order[3]], "call", date=D(2026, 11, 20), note="n")
    assert len(ids) == MANY
    rows = {
        tp: (cid, status, date, channel, note)
        for tp, cid, status, date, channel, note in db.execute_sql(
            "SELECT id, contact_id, status, date, channel, note FROM touchpoint"
        )
    }
    assert [rows[tp][0] for tp in ids] == order
    assert rows[plan] == (many[5], "done", "2026-11-20", "phone", "plan\nn")
    new = [tp for tp in ids if tp != plan]
    assert new == sorted(new)  # written in the order given
    assert {rows[tp][1:] for tp in new} == {("done", "2026-11-20", "phone", "n")}
    assert revisions(db) == {cid: rev + 1 for cid, rev in before.items()}


def test_snapshots_of_many_are_those_of_one_at_a_time(db, many):
    rich = add_contact(
        db,
        ContactRecord(
            given_name="Hans", family_name="Müller", organization="Stadtwerke", tier="B",
            birthday=Birthday(11, 27, 1970), tags=["x", "board"], photo=b"\xff\xd8jpeg",
            methods=[ContactMethodRecord("email", "h@m.ch"), ContactMethodRecord("phone", "079")],
            addresses=[AddressRecord(street="Weg 1", locality="Zürich")],
            raw_properties=["X-FOO:bar"],
        ),
        today=D(2025, 1, 1),
    )  # fmt: skip
    care.log_touchpoint(db, [rich, many[1]], "call", date=D(2026, 10, 1), note="good talk")
    care.plan_touchpoint(db, rich, D(2026, 12, 1), "lunch")
    set_tier(db, [rich, many[2]], "A", "closer now")
    archive_contacts(db, [many[3]])
    order = [many[4], rich, *many[: BATCH + 3], rich]  # more than a batch, one given twice
    one_at_a_time = [snapshot_contact(db, cid) for cid in order]
    assert snapshot_contacts(db, order) == one_at_a_time
    together = snapshot_contacts(db, order)
    assert together[1] is not together[-1]  # each its own, as one at a time
    with pytest.raises(ContactNotFound) as err:
        snapshot_contacts(db, [rich, 99_999, 99_998])
    assert err.value.contact_id == 99_999


def test_delete_many_and_restore_them(db, many):
    some = many[:40]
    care.log_touchpoint(db, some[:3], "call", date=D(2026, 10, 1))
    before = [snapshot_contact(db, cid) for cid in some]
    with pytest.raises(ContactNotFound):
        delete_contacts(db, [*some[:5], 99_999])
    assert len(contacts.list_contacts(db)) == MANY  # nothing deleted
    snaps = delete_contacts(db, some)
    assert [dataclasses.replace(s, ties={}) for s in snaps] == before
    assert len(contacts.list_contacts(db)) == MANY - len(some)
    assert restore_contacts(db, snaps) == some
    assert [contacts.load_contact(db, cid) for cid in some] == [s.record for s in before]
