"""The network overview's numbers, and the give-and-get search."""

from __future__ import annotations

import datetime as dt

from netzwerk_app.core import care, give_and_get, introductions, overview
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.core.search import give_and_get_expression, search_contact_ids

TODAY = dt.date(2026, 11, 26)


def add(db, name: str, **kw) -> int:
    given_name, family = name.split()
    return add_contact(db, ContactRecord(given_name=given_name, family_name=family, **kw))


def test_last_months_cross_the_year():
    months = overview.last_months(dt.date(2026, 2, 10))
    assert months[0] == "2025-03" and months[-1] == "2026-02" and len(months) == 12


def test_an_empty_network(db):
    data = overview.network_overview(db)
    assert data.contacts_per_tier == {"A": 0, "B": 0, "C": 0, "D": 0, "unsorted": 0}
    assert data.in_person_share is None and data.introductions_this_year == 0
    assert [m.touchpoints for m in data.touchpoints_per_month] == [0] * 12


def test_the_overview_counts(db):
    old = dt.date(2026, 1, 1)
    a = add(db, "Anna Keller", tier="A")
    a2 = add_contact(db, ContactRecord(given_name="Alma", tier="A"), today=old)
    b = add_contact(db, ContactRecord(given_name="Beat", tier="B"), today=old)
    add(db, "Una Sortiert")
    gone = add(db, "Gina Weg", tier="C")
    archive_contacts(db, [gone])
    care.log_touchpoint(db, [a], "lunch", TODAY)  # in person
    care.log_touchpoint(db, [a2], "call", dt.date(2026, 9, 1))  # phone
    care.log_touchpoint(db, [b], "lunch", dt.date(2025, 12, 15))  # 12 months ago: counted
    care.log_touchpoint(db, [b], "lunch", dt.date(2025, 11, 30))  # 13 months ago: not
    care.plan_touchpoint(db, a, dt.date(2026, 11, 28), "lunch")  # planned: not counted
    introductions.introduce(db, a, b, date=dt.date(2026, 3, 1))  # two touchpoints online
    introductions.introduce(db, a, a2, date=dt.date(2025, 12, 1))  # last year
    data = overview.network_overview(db)
    assert data.contacts_per_tier == {"A": 2, "B": 1, "C": 0, "D": 0, "unsorted": 1}
    # Alma: call on 1 Sep + 2 months = 1 Nov < today; Beat: 1 Mar + 3 months; Anna: fine
    assert data.overdue_per_tier == {"A": 1, "B": 1, "C": 0, "D": 0, "unsorted": 0}
    months = {m.month: m.touchpoints for m in data.touchpoints_per_month}
    assert months["2025-12"] == 3 and months["2026-03"] == 2 and months["2026-11"] == 1
    assert months["2026-09"] == 1 and sum(months.values()) == 7 and "2025-11" not in months
    assert (data.in_person_touchpoints, data.all_touchpoints) == (1, 2)
    assert data.in_person_share == 0.5
    assert data.introductions_this_year == 1
    as_dict = data.as_dict()
    assert as_dict["in_person_share"] == 0.5
    assert as_dict["touchpoints_per_month"][-1] == {"month": "2026-11", "touchpoints": 1}


def test_give_and_get_search_covers_offers_interests_and_tags(db):
    anna = add(db, "Anna Keller", they_offer="Vertriebskanäle in der Ostschweiz")
    beat = add(db, "Beat Brunner", i_offer="sales channels for his startup")
    carl = add(db, "Carl Christen", tags=["Ostschweiz"], notes="sales channels in his notes")
    dora = add(db, "Dora Dürr", interests="sales training")
    question = "Who could help with sales channels in Eastern Switzerland?"
    found = [g.contact_id for g in give_and_get.search_give_and_get(db, question)]
    assert found[0] == beat and set(found) == {beat, dora}  # notes are not give and get
    assert [g.contact_id for g in give_and_get.search_give_and_get(db, "ostschweiz")] == [
        anna, carl,
    ]  # fmt: skip
    [hit] = give_and_get.search_give_and_get(db, "vertriebskanale")
    assert hit.as_dict()["they_offer"] == "Vertriebskanäle in der Ostschweiz"
    assert give_and_get.search_give_and_get(db, "who could help?") == []
    assert give_and_get_expression("the and") is None
    # the general search now finds what someone offers too
    assert search_contact_ids(db, "vertriebskan") == [anna]
