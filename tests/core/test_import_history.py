"""Recorded imports, undoing one, and address books that survive import, export, re-import."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzwerk_app.core import care, contacts
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.import_history import list_imports, undo_import
from netzwerk_app.core.importing import import_records
from netzwerk_app.core.models import Contact, Position, TierChange
from netzwerk_app.core.records import (
    Birthday,
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
)
from netzwerk_app.vcard import export_vcards, import_vcard_files


def mail(value: str) -> ContactMethodRecord:
    return ContactMethodRecord("email", value)


def test_imports_are_listed_with_files_and_counts(db):
    import_records(db, [ContactRecord(given_name="Anna", family_name="Keller")], files=["a.vcf"])
    import_records(db, [ContactRecord(given_name="Anna", family_name="Keller")], files=["a.vcf"])
    newest, oldest = list_imports(db)
    assert oldest.files == ["a.vcf"] and oldest.counts["new"] == 1
    assert newest.counts == {
        "new": 0, "updated": 0, "unchanged": 1, "possible_duplicates": 0, "skipped": 0,
    }  # fmt: skip
    assert newest.id > oldest.id and newest.undone_at is None


def test_dry_run_is_not_recorded(db):
    result = import_records(db, [ContactRecord(given_name="Anna")], dry_run=True)
    assert result.import_id is None and list_imports(db) == []


def test_undo_removes_added_contacts_and_restores_filled_fields(db):
    first = import_records(
        db,
        [ContactRecord(uid="u1", given_name="Anna", family_name="Keller", organization="Alt AG",
                       methods=[mail("a@x.ch")])],
    )  # fmt: skip
    [anna] = [c.contact_id for c in first.created]
    before = contacts.load_contact(db, anna)
    history = (Position.select().count(), TierChange.select().count())
    second = import_records(
        db,
        [
            ContactRecord(uid="u1", given_name="Anna", family_name="Keller",
                          organization="Neu AG", birthday=Birthday(3, 4, 1980),
                          methods=[mail("a@x.ch"), mail("anna@neu.ch")], tags=["Neu"]),
            ContactRecord(given_name="Beat", family_name="Brunner"),
        ],
        tier="C",
    )  # fmt: skip
    assert len(second.updated) == 1 and len(second.created) == 1
    undo = undo_import(db, second.import_id)
    assert undo.restored == [anna] and undo.removed == [second.created[0].contact_id]
    assert not undo.kept and not undo.missing
    assert contacts.load_contact(db, anna) == before
    assert (Position.select().count(), TierChange.select().count()) == history
    assert Contact.select().count() == 1
    assert list_imports(db)[0].undone_at is not None
    with pytest.raises(InvalidInput, match="already undone"):
        undo_import(db, second.import_id)
    with pytest.raises(InvalidInput, match="no import"):
        undo_import(db, 999)


def test_undo_leaves_contacts_edited_since_and_says_which(db):
    result = import_records(
        db,
        [ContactRecord(given_name="Anna", family_name="Keller"),
         ContactRecord(given_name="Beat", family_name="Brunner")],
    )  # fmt: skip
    anna, beat = (c.contact_id for c in result.created)
    care.log_touchpoint(db, [beat], "call")
    undo = undo_import(db, result.import_id)
    assert undo.removed == [anna]
    assert undo.kept == [(beat, "Beat Brunner")]
    assert [r.display_name for r in load_contacts(db)] == ["Beat Brunner"]
    assert "1 edited since" in undo.summary()


names = st.text(
    alphabet=st.characters(categories=("Lu", "Ll"), max_codepoint=0x17F), min_size=2, max_size=8
)
person = st.builds(
    lambda given_, family, year, org: (given_, family, year, org),
    names,
    names,
    st.one_of(st.none(), st.integers(1930, 2005)),
    st.sampled_from(["", "ACME AG", "Müller & Söhne", "Stadt Zürich"]),
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(person, min_size=1, max_size=12))
def test_distinct_people_survive_import_export_and_reimport(tmp_path_factory, book):
    """Generated books of distinct people: export, import into an empty folder, nothing changes;
    a second import reports nothing new or updated."""
    from netzwerk_app.core.database import open_database

    records = [
        ContactRecord(
            given_name=g, family_name=f, organization=org,
            birthday=Birthday(1 + i % 12, 1 + i % 28, year) if year else None,
            methods=[mail(f"p{i}@example.ch")] if i % 3 else [],
        )
        for i, (g, f, year, org) in enumerate(book)
    ]  # fmt: skip
    folder = tmp_path_factory.mktemp("book")
    first = open_database(folder / "first")
    try:
        created = import_records(first, records).created
        assert len(created) == len(records)
        before = load_contacts(first)
        export_vcards(first, folder / "out.vcf")
    finally:
        first.close()
    second = open_database(folder / "second")
    try:
        back = import_vcard_files(second, [folder / "out.vcf"])
        assert len(back.result.created) == len(records) and not back.result.merged
        assert load_contacts(second) == before
        again = import_vcard_files(second, [folder / "out.vcf"])
        assert (len(again.result.created), len(again.result.updated)) == (0, 0)
        assert len(again.result.unchanged) == len(records)
        assert load_contacts(second) == before
    finally:
        second.close()


crowd = st.tuples(
    st.sampled_from(["Anna", "Beat", "Eva"]),
    st.sampled_from(["Keller", "Müller", "Roth"]),
    st.sampled_from(["", "044 200 00 00", "044 200 00 01"]),  # switchboards and landlines
    st.sampled_from(["", "info@acme.ch", "familie@roth.ch"]),  # shared mailboxes
    st.one_of(st.none(), st.integers(1, 28)),
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(crowd, min_size=2, max_size=15))
def test_namesakes_sharing_phones_and_mailboxes_all_survive(tmp_path_factory, book):
    """Distinct people (own UIDs) with few names, shared numbers and mailboxes: nobody is lost,
    through import, export and import into an empty folder; a second import changes nothing."""
    from netzwerk_app.core.database import open_database

    records = [
        ContactRecord(
            uid=f"person-{i}", given_name=g, family_name=f,
            birthday=Birthday(3, day) if day else None,
            methods=[ContactMethodRecord("phone", p)] * bool(p) + [mail(e)] * bool(e),
        )
        for i, (g, f, p, e, day) in enumerate(book)
    ]  # fmt: skip
    folder = tmp_path_factory.mktemp("crowd")
    first = open_database(folder / "first")
    try:
        result = import_records(first, records)
        assert len(result.created) == len(records) and not result.merged
        again = import_records(first, records)
        assert (len(again.created), len(again.updated)) == (0, 0)
        before = load_contacts(first)
        export_vcards(first, folder / "out.vcf")
    finally:
        first.close()
    second = open_database(folder / "second")
    try:
        import_vcard_files(second, [folder / "out.vcf"])
        assert load_contacts(second) == before
        twice = import_vcard_files(second, [folder / "out.vcf"]).result
        assert (len(twice.created), len(twice.updated)) == (0, 0)
    finally:
        second.close()


def test_an_import_recorded_with_first_version_digests_is_undone_as_then(db, first_version_digest):
    """Imports recorded before the digests' second version are undone as they were: a
    contact unchanged since is removed (or restored), one edited since is kept."""
    first = import_records(db, [ContactRecord(uid="u1", given_name="Cora", family_name="Frei")])
    [cora] = [c.contact_id for c in first.created]
    before = contacts.load_contact(db, cora)
    result = import_records(
        db,
        [ContactRecord(given_name="Anna", family_name="Keller"),
         ContactRecord(given_name="Beat", family_name="Brunner"),
         ContactRecord(uid="u1", given_name="Cora", family_name="Frei", organization="Neu AG")],
    )  # fmt: skip
    stored = dict(
        db.execute_sql(
            "SELECT contact_id, digest FROM import_change WHERE run_id = ?", [result.import_id]
        ).fetchall()
    )
    assert stored and all(d.startswith("2:") for d in stored.values())  # made the new way
    for cid in stored:  # as an earlier version recorded them
        db.execute_sql(
            "UPDATE import_change SET digest = ? WHERE run_id = ? AND contact_id = ?",
            [first_version_digest(db, cid), result.import_id, cid],
        )
    anna, beat = (c.contact_id for c in result.created)
    care.log_touchpoint(db, [beat], "call")
    undo = undo_import(db, result.import_id)
    assert undo.removed == [anna]
    assert undo.kept == [(beat, "Beat Brunner")]
    assert undo.restored == [cora] and contacts.load_contact(db, cora) == before
