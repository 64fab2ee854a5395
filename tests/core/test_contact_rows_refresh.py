"""Rows of given contacts match what the full list computes."""

from __future__ import annotations

import datetime as dt

from netzwerk_app.core import care, contacts
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.contacts import contact_rows
from netzwerk_app.core.records import Birthday, ContactRecord


def test_rows_of_given_contacts_match_the_full_list(db):
    today = dt.date(2026, 3, 1)
    a = add_contact(db, ContactRecord(given_name="Anna", tier="A"), today=today)
    b = add_contact(
        db, ContactRecord(given_name="Beat", tier="D", birthday=Birthday(5, 4)), today=today
    )
    c = add_contact(db, ContactRecord(given_name="Chidi"), today=today)
    care.log_touchpoint(db, [a], "lunch", dt.date(2026, 2, 1))
    archive_contacts(db, [c])
    full = {r.id: r for r in contacts.list_contacts(db, today=today)}
    some = contact_rows(db, [a, b, c, 999], today=today)
    assert set(some) == {a, b, c}
    assert some[a] == full[a] and some[b] == full[b]
    assert some[a].last_touchpoint == dt.date(2026, 2, 1)
    assert some[c].archived
    assert contact_rows(db, []) == {}
