"""Importing address books never loses a person: the issue's cases, asserting who exists after."""

from __future__ import annotations

from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.duplicates import list_duplicates
from netzwerk_app.core.importing import CardOrigin, import_records
from netzwerk_app.core.models import Position, TierChange
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord


def tel(value: str) -> ContactMethodRecord:
    return ContactMethodRecord("phone", value)


def mail(value: str) -> ContactMethodRecord:
    return ContactMethodRecord("email", value)


def people(db) -> dict[str, ContactRecord]:
    return {r.display_name: r for r in load_contacts(db)}


def from_file(name: str, n: int) -> list[CardOrigin]:
    return [CardOrigin(name, i + 1, 1 + 10 * i) for i in range(n)]


def test_household_landline_mary_stays_apart_from_john(db):
    john = ContactRecord(
        given_name="John", family_name="Miller", methods=[tel("044 111 22 33")],
        birthday=Birthday(1, 2, 1970),
    )  # fmt: skip
    mary = ContactRecord(
        given_name="Mary", family_name="Miller",
        methods=[tel("+41 44 111 22 33"), mail("mary@miller.ch")], birthday=Birthday(3, 4, 1972),
    )  # fmt: skip
    import_records(db, [john])
    result = import_records(db, [mary])
    assert len(result.created) == 1 and not result.updated and not result.possible_duplicates
    found = people(db)
    assert sorted(found) == ["John Miller", "Mary Miller"]
    assert found["John Miller"].emails() == [] and found["John Miller"].birthday == Birthday(
        1, 2, 1970
    )
    assert found["Mary Miller"].emails() == ["mary@miller.ch"]
    assert found["Mary Miller"].birthday == Birthday(3, 4, 1972)
    assert found["Mary Miller"].phones() == ["+41 44 111 22 33"]


def test_practice_switchboard_two_doctors_stay_apart(db):
    cards = [
        ContactRecord(prefix="Dr.", given_name="Hans", family_name="Meier",
                      display_name="Dr. Hans Meier", methods=[tel("031 300 00 00")]),
        ContactRecord(prefix="Dr.", given_name="Eva", family_name="Roth",
                      display_name="Dr. Eva Roth", methods=[tel("031 300 00 00")]),
    ]  # fmt: skip
    result = import_records(db, cards, origins=from_file("praxis.vcf", 2))
    assert len(result.created) == 2 and not result.merged
    found = people(db)
    assert sorted(found) == ["Dr. Eva Roth", "Dr. Hans Meier"]
    assert all(r.phones() == ["031 300 00 00"] for r in found.values())


def test_family_mailbox_couple_stays_apart(db):
    cards = [
        ContactRecord(given_name="Peter", family_name="Huber", methods=[mail("familie@huber.ch")]),
        ContactRecord(
            given_name="Susanne", family_name="Huber", methods=[mail("Familie@Huber.ch")]
        ),
    ]
    import_records(db, cards[:1])
    import_records(db, cards[1:])
    found = people(db)
    assert sorted(found) == ["Peter Huber", "Susanne Huber"]
    assert found["Susanne Huber"].emails() == ["Familie@Huber.ch"]


def test_two_anna_mueller_at_one_employer_stay_two(db):
    cards = [
        ContactRecord(uid="anna-1", given_name="Anna", family_name="Müller", organization="ACME",
                      methods=[mail("a.mueller@acme.ch"), tel("044 500 00 00")],
                      birthday=Birthday(1, 2, 1980)),
        ContactRecord(uid="anna-2", given_name="Anna", family_name="Müller", organization="ACME",
                      methods=[mail("anna.mueller@acme.ch"), tel("044 500 00 00")],
                      birthday=Birthday(7, 8, 1991)),
    ]  # fmt: skip
    result = import_records(db, cards, origins=from_file("acme.vcf", 2))
    assert len(result.created) == 2
    annas = sorted(load_contacts(db), key=lambda r: r.uid)
    assert [(a.uid, a.emails(), a.birthday) for a in annas] == [
        ("anna-1", ["a.mueller@acme.ch"], Birthday(1, 2, 1980)),
        ("anna-2", ["anna.mueller@acme.ch"], Birthday(7, 8, 1991)),
    ]
    again = import_records(db, cards, origins=from_file("acme.vcf", 2))
    assert (len(again.created), len(again.updated), len(again.unchanged)) == (0, 0, 2)


def test_same_person_from_a_phone_then_from_outlook_folds_into_one(db):
    phone = ContactRecord(display_name="Thomas Gehrig", given_name="Thomas", family_name="Gehrig",
                          methods=[tel("079 123 45 67")])  # fmt: skip
    outlook = ContactRecord(
        uid="outlook-7", display_name="Gehrig, Thomas", given_name="Thomas",
        family_name="Gehrig", organization="Gehrig AG",
        methods=[tel("+41 (0)79 123 45 67"), mail("thomas@gehrig.ch")],
        birthday=Birthday(5, 26, 1981),
    )  # fmt: skip
    first = import_records(db, [phone], origins=from_file("phone.vcf", 1))
    [cid] = [c.contact_id for c in first.created]
    result = import_records(db, [outlook], origins=from_file("outlook.vcf", 1))
    assert not result.created and [u.contact_id for u in result.updated] == [cid]
    [merged] = result.merged
    assert (merged.origin.file, merged.origin.card, merged.contact_id) == ("outlook.vcf", 1, cid)
    assert "birthday" in merged.changes and "email thomas@gehrig.ch" in merged.changes
    [thomas] = load_contacts(db)
    assert thomas.display_name == "Thomas Gehrig"
    assert thomas.phones() == ["079 123 45 67"]  # the same number, not added twice
    assert thomas.emails() == ["thomas@gehrig.ch"]
    assert thomas.birthday == Birthday(5, 26, 1981)
    assert thomas.organization == "Gehrig AG"


def test_a_nameless_card_joins_the_one_contact_with_its_number(db):
    import_records(db, [ContactRecord(given_name="Anna", family_name="Keller",
                                      methods=[tel("079 555 55 55")])])  # fmt: skip
    result = import_records(db, [ContactRecord(methods=[tel("+41795555555"), mail("a@k.ch")])])
    assert not result.created and len(result.updated) == 1
    [anna] = load_contacts(db)
    assert anna.emails() == ["a@k.ch"]


def test_a_nameless_card_matching_two_contacts_is_kept_apart(db):
    import_records(db, [
        ContactRecord(given_name="John", family_name="Miller", methods=[tel("044 111 22 33")]),
        ContactRecord(given_name="Mary", family_name="Miller", methods=[tel("044 111 22 33")]),
    ])  # fmt: skip
    result = import_records(db, [ContactRecord(methods=[tel("044 111 22 33")])])
    assert len(result.created) == 1 and len(load_contacts(db)) == 3


def test_a_nameless_card_with_a_short_number_read_again_is_the_contact_it_made(db):
    """A card holding nothing but "TEL:1" (a damaged phone export) is one contact, however often
    it is imported: the digits identify it, though no one could dial them (found by
    hypothesis in a mutated real file)."""
    card = ContactRecord(methods=[tel("1")])
    assert len(import_records(db, [card]).created) == 1
    again = import_records(db, [ContactRecord(methods=[tel("1")])])
    assert not again.created and not again.updated and len(again.unchanged) == 1
    other = import_records(db, [ContactRecord(methods=[tel("2")])])
    assert len(other.created) == 1 and len(load_contacts(db)) == 2


def test_a_card_named_like_an_address_with_nothing_else_read_again_is_one_contact(db):
    """FN "team@home" and no email, phone or organization (a NUL had glued a damaged card's
    EMAIL line into its FN): its name is all that identifies it, so it is recognised when read
    again (found by hypothesis in a mutated real file)."""
    assert len(import_records(db, [ContactRecord(display_name="team@home")]).created) == 1
    again = import_records(db, [ContactRecord(display_name="team@home")])
    assert not again.created and len(again.unchanged) == 1
    assert len(import_records(db, [ContactRecord(display_name="crew@home")]).created) == 1


def test_same_name_nothing_else_shared_is_imported_and_recorded(db):
    import_records(db, [ContactRecord(given_name="Eva", family_name="Roth",
                                      methods=[mail("eva@roth.ch")])])  # fmt: skip
    result = import_records(
        db,
        [ContactRecord(given_name="Eva", family_name="Roth", methods=[tel("078 000 00 00")])],
        origins=from_file("new.vcf", 1),
    )
    assert len(result.created) == 1
    [found] = result.possible_duplicates
    assert (found.origin.file, found.origin.card) == ("new.vcf", 1)
    assert found.contact_id == result.created[0].contact_id and found.other_name == "Eva Roth"
    [pair] = list_duplicates(db)
    assert {pair.a.id, pair.b.id} == {found.contact_id, found.other_id}
    assert pair.evidence == ["same name"] and pair.found_by == "import"


def test_reimport_reports_nothing_and_writes_no_history(db):
    cards = [
        ContactRecord(
            uid=f"u{i}",
            given_name=g,
            family_name="Muster",
            organization=f"Firma {i}",
            title="Leiterin",
            methods=[mail(f"{g}@x.ch")],
        )
        for i, g in enumerate(["Anna", "Beat", "Chris"])
    ] + [ContactRecord(given_name="Dora", family_name="Ohneuid", organization="Z AG")]
    cards += [ContactRecord(given_name="Dora", family_name="Ohneuid", organization="Z AG")]
    import_records(db, cards, tier="B")
    history = (Position.select().count(), TierChange.select().count())
    for _ in range(2):
        again = import_records(db, cards)
        assert (len(again.created), len(again.updated)) == (0, 0)
        assert not again.merged and not again.possible_duplicates
    assert (Position.select().count(), TierChange.select().count()) == history
    assert len(load_contacts(db)) == 5


def test_two_cards_of_one_file_with_different_uids_are_two_people(db):
    cards = [
        ContactRecord(uid=f"u{i}", given_name="Sam", family_name="Lee",
                      methods=[mail("info@lee.example")])
        for i in (1, 2)
    ]  # fmt: skip
    result = import_records(db, cards, origins=from_file("book.vcf", 2))
    assert len(result.created) == 2 and len(result.possible_duplicates) == 1
    assert result.possible_duplicates[0].evidence == ("same name", "same email info@lee.example")
    # the same two cards from two different sources are one person
    other = open_other(db)
    try:
        result = import_records(
            other, cards, origins=[CardOrigin("phone.vcf", 1), CardOrigin("outlook.vcf", 1)]
        )
        assert len(result.created) == 1 and len(result.merged) == 1
    finally:
        other.close()


def test_a_preview_lists_merges_and_possible_duplicates_without_ids_for_new_contacts(db):
    import_records(db, [ContactRecord(given_name="Eva", family_name="Roth",
                                      methods=[mail("eva@roth.ch")])])  # fmt: skip
    result = import_records(
        db,
        [
            ContactRecord(given_name="Eva", family_name="Roth", methods=[mail("eva@roth.ch"),
                                                                          tel("079 1")]),
            ContactRecord(given_name="Eva", family_name="Roth", methods=[tel("078 2")]),
        ],
        dry_run=True,
    )  # fmt: skip
    assert result.import_id is None and len(result.merged) == 1
    assert result.merged[0].changes == ["phone 079 1"]
    [found] = result.possible_duplicates
    assert found.contact_id is None and found.other_name == "Eva Roth"
    assert len(load_contacts(db)) == 1 and list_duplicates(db) == []


def open_other(db):
    from pathlib import Path

    from netzwerk_app.core.database import open_database

    other = open_database(Path(db.database).parent.parent / "other")
    return other


def test_many_cards_of_one_bare_name_cost_linear_pairs_not_quadratic(db):
    """300 cards that say only "Anna": each is kept, and the possible-duplicate pairs stay
    bounded by the block limit per card (a quadratic blow-up took minutes for 5,000 cards)."""
    from netzwerk_app.core.matching import BLOCK_LIMIT

    cards = [ContactRecord(given_name="Anna") for _ in range(300)]
    result = import_records(db, cards, origins=from_file("annas.vcf", 300))
    assert len(result.created) == 300
    assert len(list_duplicates(db)) <= BLOCK_LIMIT * 300 // 2
