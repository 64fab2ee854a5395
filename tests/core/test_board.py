"""Board logic: care state buckets, column building, sorting, cadence in words."""

from __future__ import annotations

import datetime as dt

import pytest

from netzwerk_app.core import board, care, contacts
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.history import set_tier
from netzwerk_app.core.records import Birthday, ContactRecord, InvalidInput

TODAY = dt.date(2026, 3, 10)


def _add(db, given, family="", tier=None, org="", title="", since=TODAY, birthday=None, tags=()):
    record = ContactRecord(
        given_name=given, family_name=family, organization=org, title=title, tier=tier,
        birthday=birthday, tags=list(tags),
    )  # fmt: skip
    return add_contact(db, record, today=since)


@pytest.mark.parametrize(
    ("offset", "state"),
    [(-5, "overdue"), (-1, "overdue"), (0, "due"), (1, "due_soon"), (14, "due_soon"),
     (15, "fine"), (200, "fine")],
)  # fmt: skip
def test_care_state_buckets(offset, state):
    assert board.care_state(TODAY + dt.timedelta(days=offset), TODAY) == state


def test_care_state_without_date_is_none():
    assert board.care_state(None, TODAY) == "none"


def test_columns_hold_cards_per_tier(db):
    a = _add(db, "Anna", "Amsel", "A", org="Acme AG", title="CEO")
    _add(db, "Ben", "Birke", "C")
    u = _add(db, "Uli", "Ungeordnet")
    archived = _add(db, "Xaver", "Alt", "A")
    archive_contacts(db, [archived])
    cols = board.board_columns(db, today=TODAY)
    assert list(cols) == [None, "A", "B", "C", "D"]
    assert [c.id for c in cols["A"]] == [a]
    assert [c.id for c in cols[None]] == [u]
    assert cols["B"] == []
    card = cols["A"][0]
    assert card.subtitle == "Acme AG · CEO"
    # filed today, never touched: due today
    assert card.state == "due" and card.days_left == 0
    assert cols[None][0].state == "none"


def test_overdue_first_then_name(db):
    old = _add(db, "Zora", "Zeder", "B", since=TODAY - dt.timedelta(days=40))
    fresh = _add(db, "Adam", "Ahorn", "B")
    touched = _add(db, "Mia", "Moos", "B", since=TODAY - dt.timedelta(days=100))
    care.log_touchpoint(db, [touched], "call", TODAY - dt.timedelta(days=10))
    cols = board.board_columns(db, today=TODAY)
    assert [c.id for c in cols["B"]] == [old, fresh, touched]
    assert cols["B"][0].state == "overdue" and cols["B"][0].overdue_days == 40
    assert cols["B"][2].state == "fine"
    by_name = board.board_columns(db, order="name", today=TODAY)
    assert [c.id for c in by_name["B"]] == [fresh, touched, old]


def test_nothing_due_sorts_last(db):
    no_bday = _add(db, "Aaron", "Ast", "D")
    bday = _add(db, "Zeno", "Zweig", "D", birthday=Birthday(3, 20))
    cols = board.board_columns(db, today=TODAY)
    assert [c.id for c in cols["D"]] == [bday, no_bday]
    assert cols["D"][1].state == "none"


def test_search_and_tag_filter(db):
    a = _add(db, "Anna", "Müller", "A", tags=["Golf"])
    _add(db, "Ben", "Birke", "A")
    assert [c.id for c in board.board_columns(db, search="mull", today=TODAY)["A"]] == [a]
    assert [c.id for c in board.board_columns(db, tag="Golf", today=TODAY)["A"]] == [a]


def test_unsorted_queue_in_name_order(db):
    b = _add(db, "Berta")
    a = _add(db, "Anton")
    _add(db, "Carl", tier="A")
    assert board.unsorted_queue(db) == [a, b]


def test_unknown_sort_order():
    with pytest.raises(InvalidInput):
        board.sort_cards([], "age")


def test_board_returns_codes_not_words():
    """Words belong to the UI: the core's board module holds no cadence wording."""
    assert not hasattr(board, "cadence_in_words")


def test_birthday_tier_without_birthday_is_never_due(db):
    no_bday = _add(db, "Aaron", "Ast")
    bday = _add(db, "Zeno", "Zweig", birthday=Birthday(3, 20))
    assert board.birthday_tiers(db) == frozenset({"D"})
    assert board.never_due_in(db, [no_bday, bday], "D") == [no_bday]
    assert board.never_due_in(db, [no_bday, bday], "C") == []
    assert board.never_due_in(db, [no_bday], None) == []
    set_tier(db, [no_bday], "D")
    card = board.board_columns(db, today=TODAY)["D"][0]
    assert card.id == no_bday and card.needs_birthday and card.state == "none"


def test_undo_undoes_only_the_latest_move(db):
    a = _add(db, "Anna", tier="C")
    b = _add(db, "Ben", tier="C")
    first = board.move_to_tier(db, [a], "A")
    assert first.previous == ((a, "C"),) and board.is_latest(db, first)
    second = board.move_to_tier(db, [b], "B")
    assert not board.is_latest(db, first) and board.is_latest(db, second)
    # the older move is not undone over the newer one
    assert board.undo_move(db, first) == 0
    assert board.undo_move(db, second) == 1
    tiers = {c.id: c.tier for c in contacts.list_contacts(db)}
    assert (tiers[a], tiers[b]) == ("A", "C")


def test_a_move_made_elsewhere_is_the_latest(db):
    a = _add(db, "Anna", tier="C")
    move = board.move_to_tier(db, [a], "A")
    set_tier(db, [a], "B")  # the card, a menu, the triage
    assert not board.is_latest(db, move)
    assert board.undo_move(db, move) == 0
    assert contacts.list_contacts(db)[0].tier == "B"


def test_moving_into_the_same_tier_offers_no_undo(db):
    a = _add(db, "Anna", tier="A")
    move = board.move_to_tier(db, [a], "A")
    assert move.previous == () and not board.is_latest(db, move)
