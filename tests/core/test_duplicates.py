"""Possible duplicates: the scan, listing, merging (and undoing it) and dismissing a pair."""

from __future__ import annotations

import datetime as dt

import pytest

from netzwerk_app.core import care, contacts
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.duplicates import (
    dismiss_pair,
    find_duplicates,
    list_duplicates,
    list_merges,
    merge_contacts,
    undo_merge,
)
from netzwerk_app.core.models import Contact, ContactMerge, Position, TierChange, Touchpoint
from netzwerk_app.core.records import (
    Birthday,
    ContactMethodRecord,
    ContactNotFound,
    ContactRecord,
    InvalidInput,
)


def add(db, given: str, family: str, **kw) -> int:
    emails = kw.pop("emails", [])
    phones = kw.pop("phones", [])
    methods = [ContactMethodRecord("email", e) for e in emails]
    methods += [ContactMethodRecord("phone", p) for p in phones]
    return add_contact(
        db, ContactRecord(given_name=given, family_name=family, methods=methods, **kw)
    )


def test_scan_finds_pairs_by_the_rules(db):
    anna = add(db, "Anna", "Keller", emails=["anna@x.ch"])
    anna2 = add(db, "", "", display_name="Keller, Anna", emails=["ANNA@x.ch"])
    add(db, "John", "Miller", phones=["044 111 22 33"])
    add(db, "Mary", "Miller", phones=["044 111 22 33"])  # a household: never proposed
    assert find_duplicates(db) == 1
    [pair] = list_duplicates(db)
    assert (pair.a.id, pair.b.id) == (anna, anna2)
    assert pair.found_by == "scan" and "same email anna@x.ch" in pair.evidence
    assert pair.a.emails == ["anna@x.ch"] and pair.b.emails == ["ANNA@x.ch"]
    assert find_duplicates(db) == 0  # known pairs are not recorded twice


def test_dismissed_pairs_are_never_proposed_again(db):
    a = add(db, "Eva", "Roth", emails=["eva@roth.ch"])
    b = add(db, "Eva", "Roth", phones=["079 000 00 00"])
    assert find_duplicates(db) == 1
    dismiss_pair(db, b, a)
    assert list_duplicates(db) == []
    assert find_duplicates(db) == 0 and list_duplicates(db) == []
    with pytest.raises(ContactNotFound):
        dismiss_pair(db, a, 999)


def test_merge_keeps_everything_of_both_and_chooses_per_field(db, today):
    keep = add(db, "Thomas", "Gehrig", organization="Alt AG", title="Berater",
               emails=["t@alt.ch"], tags=["Kunden"], tier="B")  # fmt: skip
    other = add(db, "Thomas", "Gehrig", organization="Neu AG", title="Partner",
                phones=["079 123 45 67"], tags=["Golf"], birthday=Birthday(5, 26, 1981),
                notes="met at the fair")  # fmt: skip
    care.log_touchpoint(db, [keep], "lunch", dt.date(2026, 10, 1))
    care.log_touchpoint(db, [other], "call", dt.date(2026, 11, 1))
    outcome = merge_contacts(db, keep, other, take=["organization", "title"])
    assert outcome.kept_id == keep and outcome.other_id == other
    assert Contact.get_or_none(Contact.id == other) is None
    merged = contacts.load_contact(db, keep)
    assert (merged.organization, merged.title) == ("Neu AG", "Partner")
    assert merged.emails() == ["t@alt.ch"] and merged.phones() == ["079 123 45 67"]
    assert sorted(merged.tags) == ["Golf", "Kunden"]
    assert merged.birthday == Birthday(5, 26, 1981) and merged.notes == "met at the fair"
    assert merged.tier == "B"
    assert Touchpoint.select().where(Touchpoint.contact == keep).count() == 2
    assert Position.select().where(Position.contact == keep).count() == 2
    assert {"organization", "title", "birthday", "notes"} <= set(outcome.changes)
    [summary] = list_merges(db)
    assert (summary.kept_name, summary.other_name) == ("Thomas Gehrig", "Thomas Gehrig")


def test_undo_merge_brings_both_back_as_they_were(db):
    keep = add(db, "Anna", "Keller", emails=["a@x.ch"], tier="A")
    other = add(db, "Anna", "Keller", phones=["079 1"], tags=["Golf"], tier="C")
    care.log_touchpoint(db, [other], "call", dt.date(2026, 11, 1))
    before = (contacts.load_contact(db, keep), contacts.load_contact(db, other))
    history = {cid: TierChange.select().where(TierChange.contact == cid).count()
               for cid in (keep, other)}  # fmt: skip
    outcome = merge_contacts(db, keep, other)
    assert undo_merge(db, outcome.merge_id) == (keep, other)
    assert (contacts.load_contact(db, keep), contacts.load_contact(db, other)) == before
    assert Touchpoint.select().where(Touchpoint.contact == other).count() == 1
    assert Touchpoint.select().where(Touchpoint.contact == keep).count() == 0
    assert {
        cid: TierChange.select().where(TierChange.contact == cid).count() for cid in (keep, other)
    } == history
    [pair] = list_duplicates(db)  # proposed again, for another decision
    assert {pair.a.id, pair.b.id} == {keep, other}
    with pytest.raises(InvalidInput, match="already undone"):
        undo_merge(db, outcome.merge_id)


def test_undo_merge_is_refused_after_an_edit(db):
    keep = add(db, "Anna", "Keller")
    other = add(db, "Anna", "Keller", emails=["b@x.ch"])
    outcome = merge_contacts(db, keep, other)
    care.log_touchpoint(db, [keep], "call")
    with pytest.raises(InvalidInput, match="edited since"):
        undo_merge(db, outcome.merge_id)
    assert Contact.get_or_none(Contact.id == other) is None


@pytest.mark.parametrize("edited", [False, True])
def test_a_merge_recorded_with_a_first_version_digest_is_undone_as_then(
    db, edited, first_version_digest
):
    """A merge recorded before the digests' second version: undone while the kept contact is
    as it was, refused once it was edited."""
    keep = add(db, "Anna", "Keller", emails=["a@x.ch"])
    other = add(db, "Anna", "Keller", emails=["b@x.ch"])
    outcome = merge_contacts(db, keep, other)
    merge = ContactMerge.get_by_id(outcome.merge_id)
    assert merge.digest.startswith("2:")  # made the new way
    merge.digest = first_version_digest(db, keep)  # as an earlier version recorded it
    merge.save()
    if edited:
        care.log_touchpoint(db, [keep], "call")
        with pytest.raises(InvalidInput, match="edited since"):
            undo_merge(db, outcome.merge_id)
    else:
        assert undo_merge(db, outcome.merge_id) == (keep, other)


def test_merge_refuses_bad_input(db):
    a = add(db, "Anna", "Keller")
    with pytest.raises(InvalidInput):
        merge_contacts(db, a, a)
    with pytest.raises(ContactNotFound):
        merge_contacts(db, a, 999)
    b = add(db, "Anna", "Keller")
    with pytest.raises(InvalidInput, match="unknown field"):
        merge_contacts(db, a, b, take=["shoe size"])
    assert Contact.select().count() == 2


def test_scan_proposes_a_contact_known_only_by_its_number(db):
    anna = add(db, "Anna", "Keller", phones=["079 555 55 55"])
    number = add_contact(
        db, ContactRecord(methods=[ContactMethodRecord("phone", "+41 79 555 55 55")])
    )
    assert find_duplicates(db) == 1
    [pair] = list_duplicates(db)
    assert (pair.a.id, pair.b.id) == (anna, number)
    assert pair.evidence == ["same phone +41795555555"]


def test_count_duplicates_counts_the_pairs_waiting(db):
    from netzwerk_app.core.duplicates import count_duplicates

    assert count_duplicates(db) == 0
    a = add(db, "Eva", "Roth", emails=["eva@roth.ch"])
    add(db, "Eva", "Roth", phones=["079 000 00 00"])
    find_duplicates(db)
    assert count_duplicates(db) == 1
    dismiss_pair(db, a, a + 1)
    assert count_duplicates(db) == 0
