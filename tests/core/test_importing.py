"""Merging imported ContactRecords into the database: matching, filling, history, transactions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netzwerk_app.core.contact_writes import update_contact
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.export_records import load_records_for_export
from netzwerk_app.core.history import positions_of
from netzwerk_app.core.importing import import_records
from netzwerk_app.core.models import Contact, ContactMethod, Position, TierChange
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
)
from netzwerk_app.core.search import search_contact_ids
from netzwerk_app.vcard import export_vcards, import_vcard_files, read_vcard_file

CORPUS = Path(__file__).parent.parent / "data" / "vcards"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 40


def person(**kw) -> ContactRecord:
    base = {"given_name": "Anna", "family_name": "Keller"}
    base.update(kw)
    return ContactRecord(**base)


def tel(value: str, label: str = "") -> ContactMethodRecord:
    return ContactMethodRecord("phone", value, label)


def mail(value: str) -> ContactMethodRecord:
    return ContactMethodRecord("email", value)


def count() -> int:
    return Contact.select().count()


def test_creates_contacts_with_everything(db):
    rec = person(
        uid="u1",
        organization="ACME",
        title="CEO",
        birthday=Birthday(11, 27),
        methods=[tel("+41 79 123 45 67", "mobile"), mail("anna@example.com")],
        addresses=[AddressRecord("home", street="Weg 1", locality="Bern")],
        tags=["Kunden", "Golf"],
        photo=PNG,
        photo_mime="image/png",
        raw_properties=["X-FOO:bar"],
        tier="b",
    )
    result = import_records(db, [rec])
    assert len(result.created) == 1 and not result.updated and not result.skipped
    cid = result.created[0].contact_id
    (back,) = load_contacts(db, [cid])
    assert back.display_name == "Anna Keller"
    assert back.birthday == Birthday(11, 27)
    assert back.methods == rec.methods
    assert back.addresses == rec.addresses
    assert sorted(back.tags) == ["Golf", "Kunden"]
    assert back.photo == PNG and back.photo_mime == "image/png"
    assert back.raw_properties == ["X-FOO:bar"]
    assert back.tier == "B"
    assert [(p.organization, p.title) for p in positions_of(cid)] == [("ACME", "CEO")]
    assert TierChange.select().where(TierChange.contact == cid).count() == 1
    assert search_contact_ids(db, "kell") == [cid]


def test_reimport_creates_no_duplicates(db):
    records = read_vcard_file(CORPUS / "ical4j-vcard__macos-multi-8bit-byte.vcf").records
    first = import_records(db, records)
    assert len(first.created) == 30
    second = import_records(
        db, read_vcard_file(CORPUS / "ical4j-vcard__macos-multi-8bit-byte.vcf").records
    )
    assert (len(second.created), len(second.updated), len(second.unchanged)) == (0, 0, 30)
    assert count() == 30


def test_match_by_uid(db):
    import_records(db, [person(uid="x-1")])
    result = import_records(db, [ContactRecord(uid="x-1", given_name="Other", family_name="Name")])
    assert len(result.unchanged) == 1 and count() == 1


def test_match_by_normalised_phone(db):
    import_records(db, [person(methods=[tel("+41 79 123 45 67")])])
    result = import_records(
        db,
        [ContactRecord(given_name="Anna", family_name="Keller", methods=[tel("079 123 45 67")])],
        region="CH",
    )
    assert count() == 1
    assert len(result.unchanged) == 1


def test_an_abbreviated_name_with_the_same_phone_is_only_a_possible_duplicate(db):
    import_records(db, [person(methods=[tel("+41 79 123 45 67")])])
    result = import_records(
        db,
        [ContactRecord(given_name="Anna", family_name="K.", methods=[tel("079 123 45 67")])],
        region="CH",
    )
    assert count() == 2 and len(result.created) == 1
    [found] = result.possible_duplicates
    assert found.name == "Anna K." and found.other_name == "Anna Keller"
    assert found.evidence == ("same phone +41791234567",)


def test_shared_phone_or_email_does_not_merge_different_people(db):
    import_records(db, [person(methods=[tel("+41 44 123 45 67"), mail("info@acme.ch")])])
    result = import_records(
        db,
        [ContactRecord(given_name="Beat", family_name="Brunner", methods=[tel("044 123 45 67")])],
    )
    assert len(result.created) == 1 and count() == 2
    result = import_records(
        db, [ContactRecord(display_name="Chris", methods=[mail("info@acme.ch")])]
    )
    assert count() == 3


def test_match_by_email_case_insensitive(db):
    import_records(db, [person(methods=[mail("Anna@Example.com")])])
    result = import_records(
        db, [ContactRecord(display_name="Keller, Anna", methods=[mail("anna@example.COM")])]
    )
    assert count() == 1 and len(result.unchanged) == 1


def test_same_name_and_organization_alone_is_a_possible_duplicate(db):
    from netzwerk_app.core.duplicates import list_duplicates

    import_records(db, [person(organization="ACME")])
    assert not import_records(db, [person(organization="ACME")]).created  # the same card again
    result = import_records(db, [person(organization="ACME", methods=[mail("a@b.ch")])])
    assert count() == 2 and len(result.possible_duplicates) == 1
    [pair] = list_duplicates(db)
    assert pair.evidence == ["same name", "same organization"]


def test_match_fills_empty_fields_and_adds_methods_without_overwriting(db):
    (cid,) = [
        c.contact_id
        for c in import_records(db, [person(nickname="Änni", methods=[mail("a@x.ch")])]).created
    ]
    incoming = person(
        nickname="Anni",
        notes="met at the fair",
        birthday=Birthday(3, 4, 1980),
        methods=[mail("A@X.CH"), tel("044 000 00 00")],
        addresses=[AddressRecord(street="Gasse 2")],
        tags=["Neu"],
        photo=PNG,
        photo_mime="image/png",
    )
    result = import_records(db, [incoming])
    assert [u.contact_id for u in result.updated] == [cid]
    (back,) = load_contacts(db, [cid])
    assert back.nickname == "Änni"  # not overwritten
    assert back.notes == "met at the fair"
    assert back.birthday == Birthday(3, 4, 1980)
    assert [m.value for m in back.methods] == ["a@x.ch", "044 000 00 00"]
    assert back.addresses[0].street == "Gasse 2"
    assert back.tags == ["Neu"] and back.photo == PNG
    assert len(import_records(db, [incoming]).unchanged) == 1
    import_records(db, [person(nickname="Anni")], overwrite=True)
    assert load_contacts(db, [cid])[0].nickname == "Anni"


def test_birthday_year_filled_in(db):
    import_records(db, [person(birthday=Birthday(5, 6), methods=[mail("a@x.ch")])])
    import_records(db, [person(birthday=Birthday(5, 6, 1990), methods=[mail("a@x.ch")])])
    assert load_contacts(db)[0].birthday == Birthday(5, 6, 1990)


def test_user_changes_survive_reimport(db):
    rec = person(uid="u", nickname="An", methods=[mail("a@x.ch")])
    (cid,) = [c.contact_id for c in import_records(db, [rec]).created]
    edited = load_contacts(db, [cid])[0]
    edited.nickname = "Annie"
    update_contact(db, cid, edited)
    result = import_records(db, [rec])
    assert len(result.unchanged) == 1
    assert load_contacts(db, [cid])[0].nickname == "Annie"


def test_career_change_kept_in_history(db):
    (cid,) = [
        c.contact_id
        for c in import_records(
            db,
            [person(uid="u", organization="Lehrbetrieb AG", title="Apprentice")],
            today=dt.date(2020, 1, 1),
        ).created
    ]
    result = import_records(
        db,
        [person(uid="u", organization="Big Corp", title="Sales Director")],
        today=dt.date(2025, 6, 1),
    )
    assert "position" in result.updated[0].changes
    c = Contact.get_by_id(cid)
    assert (c.organization, c.title) == ("Big Corp", "Sales Director")
    history = [(p.organization, p.title, p.ended_on) for p in positions_of(cid)]
    assert history == [
        ("Big Corp", "Sales Director", None),
        ("Lehrbetrieb AG", "Apprentice", dt.date(2025, 6, 1)),
    ]


def test_two_cards_of_one_person_in_one_file_make_one_contact(db):
    result = import_records(
        db, [person(methods=[mail("a@x.ch")]), person(methods=[mail("a@x.ch"), tel("079 1")])]
    )
    assert len(result.created) == 1 and count() == 1
    assert len(load_contacts(db)[0].methods) == 2


def test_skipped_records_have_reasons(db):
    result = import_records(db, [ContactRecord(), person(tier="Z"), person(given_name="Bo")])
    assert result.skipped[0].reason.startswith("no name")
    assert "tier" in result.skipped[1].reason
    assert len(result.created) == 1


def test_tier_argument(db):
    import_records(db, [person()], tier="A")
    assert Contact.get().tier == "A"
    with pytest.raises(InvalidInput):
        import_records(db, [person()], tier="X")


def test_cancel_leaves_database_as_before(db):
    import_records(db, [person(given_name="Kept")])
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1

    result = import_records(db, [person(given_name=f"P{i}") for i in range(50)], cancel=cancel)
    assert result.cancelled and not result.created
    assert count() == 1


def test_failure_rolls_back(db, monkeypatch):
    import netzwerk_app.core.import_writes as import_writes

    def boom(*args, **kwargs):
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(import_writes, "_insert_children", boom)
    with pytest.raises(sqlite3.OperationalError):
        import_records(db, [person(methods=[mail("a@b.ch")])])
    assert count() == 0 and ContactMethod.select().count() == 0


def test_dry_run_is_a_preview(db):
    import_records(db, [person(uid="u")])
    result = import_records(
        db, [person(uid="u", methods=[mail("x@y.ch")]), person(given_name="New")], dry_run=True
    )
    assert result.dry_run
    assert (len(result.created), len(result.updated)) == (1, 1)
    assert result.created[0].contact_id is None
    assert count() == 1 and ContactMethod.select().count() == 0
    assert "would be created" in result.summary()


def test_progress_is_reported(db):
    seen = []
    import_records(
        db,
        [person(given_name=f"P{i}") for i in range(1200)],
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200)
    assert count() == 1200


def test_export_by_tier_and_ids(db):
    result = import_records(
        db,
        [
            person(given_name="A", tier="A"),
            person(given_name="B"),
            person(given_name="C", tier="C"),
        ],
    )
    ids = [c.contact_id for c in result.created]
    assert [r.given_name for r in load_records_for_export(db, tier="A")] == ["A"]
    assert [r.given_name for r in load_records_for_export(db, tier="unsorted")] == ["B"]
    assert sorted(r.given_name for r in load_records_for_export(db, ids=ids[1:])) == ["B", "C"]
    assert len(load_records_for_export(db)) == 3


def test_whole_corpus_export_and_import_into_empty_database(db, tmp_path):
    from netzwerk_app.core.database import open_database

    files = sorted(CORPUS.glob("*.vcf"))
    imported = import_vcard_files(db, files, tier="C")
    assert imported.result.created and not imported.unreadable
    before = load_contacts(db)
    for version in ("3.0", "4.0"):
        out = tmp_path / f"export-{version}.vcf"
        assert export_vcards(db, out, version=version) == len(before)
        other = open_database(tmp_path / f"other-{version}")
        try:
            again = import_vcard_files(other, [out])
            assert not again.problems or all(p.severity == "warning" for p in again.problems)
            after = load_contacts(other)
        finally:
            other.close()
        assert len(after) == len(before)
        for a, b in zip(before, after, strict=True):
            assert a == b


def test_position_rows_for_new_contacts(db):
    import_records(db, [person(organization="X", title="Y")])
    assert Position.select().count() == 1


def test_import_vcard_files_progress_in_per_mille(db, tmp_path):
    seen = []
    files = sorted(CORPUS.glob("*.vcf"))[:5]
    import_vcard_files(db, files, progress=lambda done, total: seen.append((done, total)))
    assert all(total == 1000 for _, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (1000, 1000)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(CORPUS.glob("*.vcf"))),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
)
def test_importing_mutated_files_never_raises(tmp_path_factory, path, flips):
    from netzwerk_app.core.database import open_database

    data = bytearray(path.read_bytes())
    for position, byte in flips:
        data[position % len(data)] = byte
    file = tmp_path_factory.mktemp("m") / "mutated.vcf"
    file.write_bytes(bytes(data))
    database = open_database(tmp_path_factory.mktemp("db"))
    try:
        outcome = import_vcard_files(database, [file])
        again = import_vcard_files(database, [file])
        assert not again.result.created
        assert outcome.result.created or outcome.result.skipped or outcome.unreadable
    finally:
        database.close()


def test_another_writer_during_an_import_cannot_break_it(db, data_dir):
    """Another program writing while the import matches must wait, not fail the import."""
    other = sqlite3.connect(data_dir / "netzwerk.sqlite3", timeout=0)
    blocked = []

    def progress(done, total):
        try:
            other.execute("INSERT INTO tag(name) VALUES (?)", (f"other {done} {len(blocked)}",))
            other.commit()
        except sqlite3.OperationalError as exc:
            blocked.append(str(exc))

    try:
        result = import_records(db, [person(given_name="Neu")], progress=progress)
    finally:
        other.close()
    assert [e.name for e in result.created] == ["Neu Keller"]
    assert blocked and "locked" in blocked[0]
    assert count() == 1


def test_one_uid_on_two_different_people_in_a_file_keeps_both(db):
    one = person(uid="reused", given_name="Person", family_name="One", methods=[mail("1@x.ch")])
    two = person(uid="reused", given_name="Other", family_name="Two", methods=[mail("2@x.ch")])
    same = person(uid="reused", given_name="Person", family_name="One", methods=[mail("3@x.ch")])
    result = import_records(db, [one, two, same])
    assert sorted(e.name for e in result.created) == ["Other Two", "Person One"]
    loaded = {r.display_name: r for r in load_contacts(db)}
    assert loaded["Person One"].uid == "reused"
    assert sorted(loaded["Person One"].emails()) == ["1@x.ch", "3@x.ch"]
    assert loaded["Other Two"].emails() == ["2@x.ch"] and loaded["Other Two"].uid != "reused"
    again = import_records(db, [one, two, same])
    assert not again.created and not again.updated and count() == 2


def test_a_contact_renamed_by_the_user_is_still_found_by_its_uid(db):
    card = person(uid="u-1", given_name="Hans", family_name="Meier", methods=[mail("h@x.ch")])
    import_records(db, [card])
    [stored] = load_contacts(db)
    stored.given_name, stored.family_name, stored.display_name = "Hansi", "", "Hansi"
    update_contact(db, Contact.get().id, stored)
    again = import_records(db, [card])
    assert not again.created and count() == 1
    assert load_contacts(db)[0].display_name == "Hansi"


def test_a_preview_takes_no_write_lock_while_it_matches(db):
    """The window saves a card while an import's preview runs: a preview only reads."""
    import sqlite3

    free: list[bool] = []

    def other_writer(done: int, total: int) -> None:
        other = sqlite3.connect(db.database, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            free.append(True)
        except sqlite3.OperationalError:
            free.append(False)
        finally:
            other.close()

    import_records(db, [person(given_name="New")], dry_run=True, progress=other_writer)
    assert free and all(free)
    free.clear()
    import_records(db, [person(given_name="New")], progress=other_writer)
    assert free and not any(free)  # an import holds the lock from matching to writing
