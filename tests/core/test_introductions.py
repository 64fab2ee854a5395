"""Introductions: side effects of making one, statuses, and the ranked, dismissable suggestions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netzwerk_app.core import care, introductions, network
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.introductions import Profile, normalised_words, suggest_pairs
from netzwerk_app.core.models import Touchpoint
from netzwerk_app.core.records import ContactNotFound, ContactRecord, InvalidInput

TODAY = dt.date(2026, 11, 26)


def add(db, name: str, **kw) -> int:
    given_name, family = name.split()
    return add_contact(db, ContactRecord(given_name=given_name, family_name=family, **kw))


def test_making_an_introduction_logs_touchpoints_on_both_and_links_them(db):
    a, b = add(db, "Anna Keller"), add(db, "Beat Brunner")
    row = introductions.introduce(db, a, b, note="both in logistics")
    assert (row.status, row.made_on, row.date) == ("made", TODAY, TODAY)
    assert len(row.touchpoint_ids) == 2
    for cid in (a, b):
        [tp] = care.touchpoints_of(cid)
        assert (tp.kind, tp.status, tp.date) == ("introduction", "done", TODAY)
        assert "introduced Anna Keller to Beat Brunner: both in logistics" in tp.note
    assert network.are_linked(a, b)
    assert network.links_of(db, a)[0].note == f"introduced by me on {TODAY}"


def test_making_one_keeps_the_note_of_an_earlier_link(db):
    a, b = add(db, "Anna Keller"), add(db, "Beat Brunner")
    network.link(db, a, b, "met once at a fair")
    introductions.introduce(db, b, a)
    assert network.links_of(db, a)[0].note == "met once at a fair"


def test_a_planned_introduction_does_nothing_until_made(db):
    a, b = add(db, "Anna Keller"), add(db, "Beat Brunner")
    row = introductions.introduce(db, a, b, status="planned", date=dt.date(2026, 12, 10))
    assert Touchpoint.select().count() == 0 and not network.are_linked(a, b)
    made = introductions.update_introduction(db, row.id, status="made")
    assert (made.status, made.made_on, made.date) == ("made", TODAY, TODAY)
    assert Touchpoint.select().count() == 2 and network.are_linked(a, b)
    followed = introductions.update_introduction(
        db, row.id, status="followed_up", outcome="they work together now"
    )
    assert (followed.status, followed.outcome) == ("followed_up", "they work together now")
    assert Touchpoint.select().count() == 2  # made once: no second touchpoint
    [listed] = introductions.list_introductions(db, contact_id=b)
    assert listed.as_dict()["status"] == "followed_up"
    assert listed.as_dict()["a"] == {"id": a, "display_name": "Anna Keller"}


def test_introduction_input_is_checked(db):
    a, b = add(db, "Anna Keller"), add(db, "Beat Brunner")
    with pytest.raises(InvalidInput):
        introductions.introduce(db, a, a)
    with pytest.raises(ContactNotFound):
        introductions.introduce(db, a, 999)
    with pytest.raises(InvalidInput):
        introductions.introduce(db, a, b, status="maybe")
    with pytest.raises(InvalidInput):
        introductions.introduce(db, a, b, date=TODAY + dt.timedelta(days=1))
    with pytest.raises(InvalidInput):
        introductions.update_introduction(db, 77, status="made")
    assert introductions.list_introductions(db) == []


# ---------------------------------------------------------------- suggestions


def test_words_are_compared_normalised():
    assert normalised_words("Vertriebskanäle in der Ostschweiz, Sales-Channels & KMU") == {
        "vertriebskanale", "ostschweiz", "sale", "channel", "kmu",
    }  # fmt: skip
    assert normalised_words("and the für 2026 of") == frozenset()
    assert normalised_words("Business business") == {"business"}


def test_offer_matching_need_ranks_above_shared_interests(db):
    anna = add(db, "Anna Keller", they_offer="Sales channels in Eastern Switzerland")
    beat = add(db, "Beat Brunner", i_offer="Contacts for sales channels", tags=["golf"])
    carl = add(db, "Carl Christen", tags=["golf", "Sailing"], interests="jazz")
    dora = add(db, "Dora Dürr", tags=["sailing", "Jazz"])
    add(db, "Emil Eder")  # nothing to compare
    suggestions = introductions.suggest_introductions(db)
    assert [(s.a.contact_id, s.b.contact_id) for s in suggestions] == [
        (anna, beat), (carl, dora), (beat, carl),
    ]  # fmt: skip
    top = suggestions[0]
    assert top.score == 2 * introductions.OFFER_WEIGHT
    assert top.a_offers_b == ("channel", "sale") and top.b_offers_a == ()
    assert top.reason == "Anna Keller offers what Beat Brunner looks for: channel, sale"
    assert suggestions[1].shared_interests == ("jazz", "sailing")
    assert suggestions[2].reason == "shared interests: golf"
    data = suggestions[0].as_dict()
    assert data["ids"] == [anna, beat]
    assert data["a"] == {"id": anna, "display_name": "Anna Keller"}
    assert data["b"] == {"id": beat, "display_name": "Beat Brunner"}


def test_the_offer_of_the_larger_id_is_named_the_other_way_round(db):
    seeker = add(db, "Sara Sucht", i_offer="financing")
    offerer = add(db, "Otto Bietet", they_offer="Financing for startups")
    [s] = introductions.suggest_introductions(db)
    assert (s.a.contact_id, s.b.contact_id) == (seeker, offerer)
    assert s.b_offers_a == ("financing",) and s.a_offers_b == ()
    assert s.reason == "Otto Bietet offers what Sara Sucht looks for: financing"


def test_linked_introduced_archived_and_dismissed_pairs_are_not_suggested(db):
    a, b = add(db, "Anna Keller", tags=["golf"]), add(db, "Beat Brunner", tags=["golf"])
    c, d = add(db, "Carl Christen", tags=["jazz"]), add(db, "Dora Dürr", tags=["jazz"])
    e = add(db, "Emil Eder", tags=["wine"])
    add(db, "Fritz Frei", tags=["wine"])
    g, h = add(db, "Gina Gut", tags=["chess"]), add(db, "Hans Hug", tags=["chess"])
    assert len(introductions.suggest_introductions(db)) == 4
    network.link(db, a, b)
    introductions.introduce(db, c, d, status="planned")
    archive_contacts(db, [e])
    introductions.dismiss_suggestion(db, h, g)
    introductions.dismiss_suggestion(db, h, g)  # twice is fine
    assert introductions.suggest_introductions(db) == []
    with pytest.raises(ContactNotFound):
        introductions.dismiss_suggestion(db, a, 999)
    with pytest.raises(InvalidInput):
        introductions.dismiss_suggestion(db, a, a)


def test_a_term_everyone_has_says_nothing():
    people = [Profile(i, f"P{i}", frozenset({"customers"})) for i in range(60)]
    assert suggest_pairs(people) == []
    assert len(suggest_pairs(people[:3])) == 3


def test_the_limit_keeps_the_best():
    people = [Profile(1, "A", frozenset({"x1", "x2"})), Profile(2, "B", frozenset({"x1", "x2"}))]
    people += [Profile(3, "C", frozenset({"y1"})), Profile(4, "D", frozenset({"y1"}))]
    [best] = suggest_pairs(people, limit=1)
    assert (best.a.contact_id, best.score) == (1, 2)


profiles = st.lists(
    st.builds(
        Profile,
        st.integers(1, 30),
        st.sampled_from(["Anna", "Beat", "Carl"]),
        st.frozensets(st.sampled_from(["golf", "jazz", "wine"]), max_size=2),
        st.frozensets(st.sampled_from(["sale", "law"]), max_size=2),
        st.frozensets(st.sampled_from(["sale", "law"]), max_size=2),
    ),
    max_size=12,
    unique_by=lambda p: p.contact_id,
)


@given(people=profiles)
def test_suggestions_are_ordered_explained_and_never_excluded(people):
    all_pairs = suggest_pairs(people, limit=0)
    scores = [s.score for s in all_pairs]
    assert scores == sorted(scores, reverse=True)
    for s in all_pairs:
        assert s.a.contact_id < s.b.contact_id and s.score > 0 and s.reason
    excluded = {(s.a.contact_id, s.b.contact_id) for s in all_pairs[::2]}
    rest = suggest_pairs(people, excluded, limit=0)
    assert {(s.a.contact_id, s.b.contact_id) for s in rest}.isdisjoint(excluded)
    assert len(rest) == len(all_pairs) - len(excluded)
