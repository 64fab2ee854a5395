"""Who knows whom: links and the "path to" search (breadth-first, shortest chains)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netzwerk_app.core import contacts, network
from netzwerk_app.core.contact_writes import add_contact, archive_contacts, update_contact
from netzwerk_app.core.records import ContactNotFound, ContactRecord, InvalidInput
from netzwerk_app.core.snapshots import delete_contacts, restore_contacts


def add(db, name: str, tier: str | None = None) -> int:
    given_name, family = name.split()
    return add_contact(db, ContactRecord(given_name=given_name, family_name=family, tier=tier))


def test_link_is_undirected_and_once(db):
    a, b = add(db, "Anna Keller"), add(db, "Beat Brunner")
    assert network.link(db, b, a, "studied together")
    assert not network.link(db, a, b)  # already linked: the note stays
    assert network.are_linked(a, b) and network.are_linked(b, a)
    assert network.links_of(db, a) == [network.Link(b, "Beat Brunner", "studied together")]
    assert network.links_of(db, b) == [network.Link(a, "Anna Keller", "studied together")]
    assert not network.link(db, a, b, "same  football club")
    assert network.links_of(db, a)[0].note == "same football club"
    assert network.unlink(db, a, b) and not network.unlink(db, a, b)
    assert network.links_of(db, a) == []


def test_link_refuses_bad_input(db):
    a = add(db, "Anna Keller")
    with pytest.raises(InvalidInput):
        network.link(db, a, a)
    with pytest.raises(ContactNotFound):
        network.link(db, a, 999)


def test_deleting_a_contact_removes_its_links(db):
    a, b = add(db, "Anna Keller"), add(db, "Beat Brunner")
    network.link(db, a, b)
    delete_contacts(db, [b])
    assert network.links_of(db, a) == []


def test_path_to_finds_who_knows_whom_shortest_first(db):
    target = add(db, "Xaver Ziel")
    direct_d = add(db, "Dora Direkt", "D")
    direct_a = add(db, "Alma Direkt", "A")
    second = add(db, "Sepp Zweit", "A")
    third = add(db, "Tina Dritt", "B")
    far = add(db, "Fritz Fern", "A")
    add(db, "Ida Isoliert", "A")
    network.link(db, target, direct_d)
    network.link(db, target, direct_a)
    network.link(db, direct_d, second)
    network.link(db, second, third)
    network.link(db, third, far)  # four links away
    chains = network.path_to(db, target)
    assert [(c.start.display_name, c.hops) for c in chains] == [
        ("Alma Direkt", 1),
        ("Dora Direkt", 1),
        ("Sepp Zweit", 2),
        ("Tina Dritt", 3),
    ]
    assert [m.display_name for m in chains[3].members] == [
        "Tina Dritt", "Sepp Zweit", "Dora Direkt", "Xaver Ziel",
    ]  # fmt: skip
    assert chains[2].as_dict() == {
        "contact_id": second,
        "display_name": "Sepp Zweit",
        "tier": "A",
        "hops": 2,
        "chain": [
            {"id": second, "display_name": "Sepp Zweit"},
            {"id": direct_d, "display_name": "Dora Direkt"},
            {"id": target, "display_name": "Xaver Ziel"},
        ],
    }
    assert len(network.path_to(db, target, max_hops=4)) == 5
    [chain] = network.path_to(db, target, start=far)
    assert chain.hops == 4
    assert network.path_to(db, far, start=add(db, "Ida Zwei")) == []


def test_archived_contacts_are_no_way_in_but_still_connect(db):
    target, middle, start = add(db, "Xaver Ziel"), add(db, "Mia Mitte"), add(db, "Sara Start")
    network.link(db, target, middle)
    network.link(db, middle, start)
    archive_contacts(db, [middle])
    assert [c.start.contact_id for c in network.path_to(db, target)] == [start]


def test_path_to_refuses_unknown_contacts(db):
    with pytest.raises(ContactNotFound):
        network.path_to(db, 42)
    with pytest.raises(InvalidInput):
        network.path_to(db, add(db, "Anna Keller"), max_hops=0)


edges = st.lists(st.tuples(st.integers(0, 12), st.integers(0, 12)), max_size=40)


def _graph(pairs):
    graph: dict[int, list[int]] = {}
    for a, b in pairs:
        if a != b:
            graph.setdefault(a, []).append(b)
            graph.setdefault(b, []).append(a)
    return graph


@given(pairs=edges, target=st.integers(0, 12), max_hops=st.integers(1, 6))
def test_chains_are_real_shortest_and_bounded(pairs, target, max_hops):
    graph = _graph(pairs)
    chains = network.shortest_chains(graph, target, max_hops)
    unbounded = network.shortest_chains(graph, target, 100)
    for start, chain in chains.items():
        assert chain[0] == start and chain[-1] == target and start != target
        assert len(chain) - 1 <= max_hops
        assert len(set(chain)) == len(chain)
        for a, b in pairwise(chain):
            assert b in graph[a]
        assert len(chain) == len(unbounded[start])  # no shorter chain exists
    # everyone reachable within the bound is found
    assert set(chains) == {s for s, c in unbounded.items() if len(c) - 1 <= max_hops}


def test_a_merge_keeps_the_ties_of_both_and_its_undo_puts_them_back(db):
    import datetime as dt

    from netzwerk_app.core import duplicates, events, introductions, review
    from netzwerk_app.core.models import ContactLink, EventAttendee, Introduction

    keep, other = add(db, "Anna Keller", "B"), add(db, "Anna Keller", "B")
    friend, colleague = add(db, "Fritz Freund"), add(db, "Carla Kollegin")
    network.link(db, keep, friend, "school")
    network.link(db, other, friend, "golf")  # the same tie twice: kept once
    network.link(db, other, colleague, "work")
    network.link(db, keep, other, "same person")  # disappears
    introductions.introduce(db, other, colleague, status="planned")
    introductions.dismiss_suggestion(db, other, friend)
    event = events.add_event(db, "Apéro", dt.date(2026, 11, 20))
    events.attend(db, event, other)
    record = contacts.load_contact(db, other)
    for organization in ("Old AG", "New AG"):  # a career change
        record.organization = organization
        update_contact(db, other, record)
    before = {
        "links": sorted(ContactLink.select().tuples()),
        "intros": sorted(Introduction.select().tuples()),
        "attendees": sorted(EventAttendee.select().tuples()),
    }
    merge = duplicates.merge_contacts(db, keep, other)
    assert [(k.contact_id, k.note) for k in network.links_of(db, keep)] == [
        (colleague, "work"),
        (friend, "school"),
    ]
    [intro] = introductions.list_introductions(db, contact_id=keep)
    assert (intro.contact_a, intro.contact_b) == (keep, colleague)
    assert [e.id for e in events.events_of(db, keep)] == [event]
    assert [i.contact_id for i in review.review_queue(db)] == [keep]
    assert introductions.suggest_introductions(db) == []
    duplicates.undo_merge(db, merge.merge_id)
    assert sorted(ContactLink.select().tuples()) == before["links"]
    assert sorted(Introduction.select().tuples()) == before["intros"]
    assert sorted(EventAttendee.select().tuples()) == before["attendees"]
    assert [i.contact_id for i in review.review_queue(db)] == [other]


def test_undoing_a_delete_brings_the_ties_back(db):
    import datetime as dt

    from netzwerk_app.core import events, introductions

    anna, beat, carl = add(db, "Anna Keller"), add(db, "Beat Brunner"), add(db, "Carl Christen")
    network.link(db, anna, beat, "school")
    network.link(db, beat, carl)
    introductions.introduce(db, anna, carl, status="planned")
    event = events.add_event(db, "Apéro", dt.date(2026, 11, 20))
    events.attend(db, event, anna)
    snapshots = delete_contacts(db, [anna, beat])
    assert network.links_of(db, carl) == [] and events.list_events(db)[0].attendees == 0
    assert restore_contacts(db, snapshots) == [anna, beat]
    assert [(k.contact_id, k.note) for k in network.links_of(db, anna)] == [(beat, "school")]
    assert [k.contact_id for k in network.links_of(db, carl)] == [beat]
    assert [i.contact_a for i in introductions.list_introductions(db)] == [anna]
    assert [e.id for e in events.events_of(db, anna)] == [event]


def test_a_tie_to_what_is_gone_stays_away(db):
    import datetime as dt

    from netzwerk_app.core import events

    anna, beat = add(db, "Anna Keller"), add(db, "Beat Brunner")
    network.link(db, anna, beat)
    event = events.add_event(db, "Apéro", dt.date(2026, 11, 20))
    events.attend(db, event, anna)
    [snapshot] = delete_contacts(db, [anna])
    delete_contacts(db, [beat])
    db.execute_sql("DELETE FROM event")
    assert restore_contacts(db, [snapshot]) == [anna]
    assert network.links_of(db, anna) == [] and events.list_events(db) == []
