"""A written import holds a batch of records at a time: written in batches, the result is the
same as written at once (a card that merges into a contact already written reads it back)."""

from __future__ import annotations

import dataclasses

import pytest

from netzwerk_app.core import import_history, import_run
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.database import open_database
from netzwerk_app.core.importing import import_records
from netzwerk_app.core.models import Contact
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord

PNG = b"\x89PNG\r\n\x1a\n" + b"\x02" * 40


def _book() -> list[ContactRecord]:
    people = []
    for i in range(20):
        people.append(
            ContactRecord(
                uid=f"u-{i}",
                given_name=f"Person{i}",
                family_name="Keller",
                organization="ACME" if i % 3 else "",
                tier="A" if i % 4 == 0 else None,
                methods=[ContactMethodRecord("email", f"p{i}@example.com")],
                tags=["Kunde"] if i % 2 else [],
                photo=PNG if i == 2 else None,
                photo_mime="image/png" if i == 2 else "",
            )
        )
    # Person2 again, much later and without a UID (another program): the same person, with a
    # phone and a birthday more, merged into a contact that a batch has written already
    people.append(
        ContactRecord(
            given_name="Person2",
            family_name="Keller",
            birthday=Birthday(5, 26, 1981),
            methods=[
                ContactMethodRecord("email", "p2@example.com"),
                ContactMethodRecord("phone", "+41 79 123 45 67"),
            ],
            notes="met at the fair",
        )
    )
    # a namesake of Person5 with nothing in common: a possible duplicate across batches
    people.append(ContactRecord(given_name="Person5", family_name="Keller"))
    return people


def _state() -> list[tuple]:
    def plain(r: ContactRecord) -> tuple:
        uid = r.uid if r.uid.startswith("u-") else ""  # not the UIDs made for cards without
        return (
            dataclasses.replace(r, uid=uid, methods=[], addresses=[], tags=[]),
            [dataclasses.astuple(m) for m in r.methods],
            sorted(r.tags),
        )

    return [plain(r) for r in load_contacts(Contact._meta.database, with_photo=True)]


def _import(tmp_path, name: str, batch: int, monkeypatch, records=None):
    monkeypatch.setattr(import_run, "BATCH", batch)
    db = open_database(tmp_path / name)
    result = import_records(db, records or _book(), files=["book.vcf"])
    return db, result


@pytest.mark.parametrize("batch", [1, 3, 7])
def test_written_in_batches_it_is_the_same_import(tmp_path, monkeypatch, batch):
    db, whole = _import(tmp_path, "whole", 5000, monkeypatch)
    expected = _state()
    db.close()
    db, batched = _import(tmp_path, f"batch{batch}", batch, monkeypatch)
    assert _state() == expected
    assert batched.counts() == whole.counts() == {
        "new": 21, "updated": 0, "unchanged": 0, "possible_duplicates": 1, "skipped": 0
    }  # fmt: skip
    assert [(m.contact_id, m.rule, m.changes) for m in batched.merged] == [
        (m.contact_id, m.rule, m.changes) for m in whole.merged
    ]
    [pair] = batched.possible_duplicates
    assert (pair.name, pair.other_name) == ("Person5 Keller", "Person5 Keller")
    [person2] = [r for r in load_contacts(db, with_photo=True) if r.given_name == "Person2"]
    assert person2.photo == PNG and person2.birthday == Birthday(5, 26, 1981)
    assert {m.kind for m in person2.methods} == {"email", "phone"}
    # the whole import is undone as one, also what later batches merged
    import_history.undo_import(db, batched.import_id)
    assert Contact.select().count() == 0
    db.close()


def test_a_reimport_in_batches_updates_each_contact_once(tmp_path, monkeypatch):
    db, _ = _import(tmp_path, "data", 5000, monkeypatch)
    again = _book()[:20]
    # Person1 twice in the file, in different batches, each time with something new
    again.append(dataclasses.replace(again[1], methods=[ContactMethodRecord("phone", "044 1")]))
    again[1] = dataclasses.replace(again[1], notes="first note")
    monkeypatch.setattr(import_run, "BATCH", 4)
    result = import_records(db, again, files=["again.vcf"])
    assert result.counts()["new"] == 0
    assert [e.name for e in result.updated] == ["Person1 Keller"]
    assert result.updated[0].changes == ["notes", "phone 044 1"]
    assert len(result.unchanged) == 19
    # undo restores Person1 as it was before this import (the first snapshot is kept)
    import_history.undo_import(db, result.import_id)
    [person1] = [r for r in load_contacts(db) if r.given_name == "Person1"]
    assert person1.notes == "" and [m.kind for m in person1.methods] == ["email"]
    db.close()
