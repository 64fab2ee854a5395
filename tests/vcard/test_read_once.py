"""One read serves a preview and the import that follows it (`read_vcard_files`, `import_read`)."""

from __future__ import annotations

from pathlib import Path

from netzwerk_app import vcard
from netzwerk_app.core import contacts
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord

HOUSEHOLD = Path(__file__).resolve().parent.parent / "data" / "ui" / "household.vcf"


def _sara(db) -> int:
    record = ContactRecord(
        given_name="Sara",
        family_name="Lehmann",
        methods=[ContactMethodRecord("email", "sara@lehmann.example")],
    )
    return add_contact(db, record)


def test_a_preview_and_its_import_use_one_read_and_match_a_fresh_import(db, tmp_path):
    _sara(db)
    read = vcard.read_vcard_files([HOUSEHOLD])
    assert read.files == ["household.vcf"] and len(read.records) == 6
    assert [s.origin.card for s in read.skipped] == [7]
    preview = vcard.import_read(db, read, dry_run=True)
    assert [r.display_name for r in contacts.list_contacts(db)] == ["Sara Lehmann"]
    done = vcard.import_read(db, read, tier="C")
    assert preview.result.counts() == done.result.counts()
    assert done.result.counts() == {
        "new": 4, "updated": 1, "unchanged": 0, "possible_duplicates": 0, "skipped": 1,
    }  # fmt: skip
    assert done.result.import_id is not None
    assert [m.origin.card for m in done.result.merged] == [4, 5]
    # the read records were not changed by the preview: a second import changes nothing
    again = vcard.import_read(db, read)
    assert again.result.counts()["new"] == 0 and again.result.counts()["updated"] == 0


def test_import_vcard_files_still_reads_and_imports_in_one_call(db):
    steps: list[int] = []
    outcome = vcard.import_vcard_files(db, [HOUSEHOLD], progress=lambda d, t: steps.append(d))
    assert outcome.result.counts()["new"] == 5
    assert steps and steps[-1] == 1000 and steps == sorted(steps)


def test_a_cancelled_read_or_import_writes_nothing(db):
    assert vcard.import_read(db, vcard.VCardRead(cancelled=True)).result.cancelled
    read = vcard.read_vcard_files([HOUSEHOLD])
    assert vcard.import_read(db, read, cancel=lambda: True).result.cancelled
    assert contacts.list_contacts(db) == []
