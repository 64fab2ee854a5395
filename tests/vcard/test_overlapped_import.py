"""The import that matches while the helper still reads (`vcard.overlapped`) gives what reading
the files, then importing them, gives; a preview's read serves the import confirmed after it."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from pathlib import Path

import pytest

from netzwerk_app import vcard
from netzwerk_app.core import contacts, import_run
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.database import open_database
from netzwerk_app.core.gc_pause import paused_gc
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord
from netzwerk_app.vcard import overlapped, parallel
from netzwerk_app.vcard.overlapped import preview_files, read_and_import

TESTS = Path(__file__).resolve().parent.parent
DATA = TESTS / "data" / "vcards"
HOUSEHOLD = TESTS / "data" / "ui" / "household.vcf"


@pytest.fixture
def helpers(monkeypatch, two_part_reads):
    """Files of any size are read on two cores; what each two-part read gave is kept (None:
    it could not be trusted, and the preview started again the plain way)."""
    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 1)
    return two_part_reads


def _card(i: int, uid: str = "") -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid or f'u{i}'}\r\nFN:Anna Muster{i % 150}\r\n"
        f"N:Muster{i % 150};Anna;;;\r\nEMAIL:anna{i}@example.com\r\n"
        f"TEL;TYPE=CELL:+41 79 {i:03d} 45 67\r\nEND:VCARD\r\n"
    )


def _files(tmp_path) -> list[Path]:
    """A book whose second part holds cards of its first part again (merges across the cut)
    and namesakes (possible duplicates), with a warning in the second part; a household, a
    missing file, one without cards, and real cards twice over (damaged ones among them)."""
    cards = [_card(i) for i in range(300)]
    cards += [_card(i, uid=f"u{i}").replace("EMAIL:", "EMAIL:x") for i in range(0, 60, 3)]
    cards[250] = cards[250].replace("VERSION:3.0", "VERSION:3.0\r\nBDAY:31.02.1980")
    book = tmp_path / "book.vcf"
    book.write_text("".join(cards))
    reals = tmp_path / "reals.vcf"
    files = sorted(DATA.glob("*.vcf"))
    reals.write_bytes(b"".join(f.read_bytes().rstrip(b"\r\n") + b"\r\n" for f in files * 2))
    (tmp_path / "empty.vcf").write_text("no cards here\n")
    return [book, HOUSEHOLD, tmp_path / "missing.vcf", tmp_path / "empty.vcf", reals]


def _stored(db) -> None:
    add_contact(
        db,
        ContactRecord(
            given_name="Sara",
            family_name="Lehmann",
            methods=[ContactMethodRecord("email", "sara@lehmann.example")],
        ),
    )


def _same_outcome(a: vcard.VCardImport, b: vcard.VCardImport) -> None:
    assert a.result.counts() == b.result.counts()
    for part in ("created", "updated", "unchanged", "skipped", "merged", "possible_duplicates"):
        assert getattr(a.result, part) == getattr(b.result, part), part
    assert a.problems == b.problems
    assert a.unreadable == b.unreadable


def _same_read(a: vcard.VCardRead, b: vcard.VCardRead) -> None:
    assert a.files == b.files
    assert a.records == b.records
    assert a.origins == b.origins
    assert a.problems == b.problems
    assert a.unreadable == b.unreadable
    assert a.skipped == b.skipped
    assert a.cancelled == b.cancelled


def _plain(db, files, **kwargs):
    read = vcard.read_vcard_files(files)
    return read, vcard.import_read(db, read, dry_run=True, **kwargs)


def test_the_overlapped_preview_is_the_plain_preview_and_its_read_serves_the_import(
    tmp_path, helpers
):
    files = _files(tmp_path)
    db = open_database(tmp_path / "data")
    _stored(db)
    plain_read, plain = _plain(db, files, tier="B")
    steps: list[int] = []
    read, outcome = preview_files(db, files, tier="B", progress=lambda d, _t: steps.append(d))
    assert helpers[0] is not None  # the book was read in two parts, matched while read
    assert helpers[-1] is None  # the real cards: damage near the cut, read again plainly
    assert outcome.result.merged and outcome.result.possible_duplicates
    _same_outcome(outcome, plain)
    _same_read(read, plain_read)
    assert steps == sorted(steps) and steps[-1] == 1000
    assert [c.display_name for c in contacts.list_contacts(db)] == ["Sara Lehmann"]
    done = vcard.import_read(db, read, tier="B")  # the import confirmed after the preview
    assert done.result.counts() == outcome.result.counts()
    db.close()


def _everyone(db) -> list:
    """Every contact, in full (UIDs made up for cards without one differ: left out)."""
    return [dataclasses.replace(r, uid="") for r in contacts.load_contacts(db)]


@pytest.mark.parametrize("helper_fails", [False, True])
def test_a_written_import_is_the_plain_import(tmp_path, helpers, monkeypatch, helper_fails):
    monkeypatch.setattr(import_run, "BATCH", 7)  # written in batches before the helper is done
    files = _files(tmp_path)
    db = open_database(tmp_path / "plain")  # one database open at a time (models are bound)
    _stored(db)
    plain = vcard.import_read(db, vcard.read_vcard_files(files), tier="C")
    plain_contacts = _everyone(db)
    db.close()
    db = open_database(tmp_path / "data")
    _stored(db)
    if helper_fails:  # rolled back after the first part was matched, then imported plainly
        monkeypatch.setattr(parallel, "_helper_result", lambda helper: None)
    _read, outcome = read_and_import(db, files, tier="C")
    _same_outcome(outcome, plain)
    assert _everyone(db) == plain_contacts and len(plain_contacts) > 300
    # one import in the history, as in the plain import
    assert outcome.result.import_id == plain.result.import_id == 1
    db.close()


def test_a_helper_that_fails_means_the_plain_preview(tmp_path, helpers, monkeypatch):
    files = _files(tmp_path)
    db = open_database(tmp_path / "data")
    plain_read, plain = _plain(db, files)
    monkeypatch.setattr(parallel, "_helper_result", lambda helper: None)
    steps: list[int] = []
    read, outcome = preview_files(db, files, progress=lambda d, _t: steps.append(d))
    assert steps == sorted(steps) and steps[-1] == 1000  # starting again never goes back
    _same_outcome(outcome, plain)
    _same_read(read, plain_read)
    db.close()


@pytest.mark.parametrize("share, damaged", [(0.45, 91), (0.3, 59)])
def test_a_damaged_card_at_the_cut_means_the_plain_preview(
    tmp_path, helpers, monkeypatch, share, damaged
):
    monkeypatch.setattr(overlapped, "FIRST_SHARE", share)
    cards = [
        f"BEGIN:VCARD\nVERSION:3.0\nUID:u{i}\nFN:Anna Muster{i}\nN:Muster{i};Anna;;;\n"
        f"EMAIL:anna{i}@example.com\nEND:VCARD\n"
        for i in range(200)
    ]
    cards[damaged] = cards[damaged].replace("END:VCARD\n", "")  # unclosed, just before the cut
    path = tmp_path / "damaged.vcf"
    path.write_text("".join(cards))
    db = open_database(tmp_path / "data")
    plain_read, plain = _plain(db, [path])
    read, outcome = preview_files(db, [path])
    _same_outcome(outcome, plain)
    _same_read(read, plain_read)
    assert plain.problems  # the damage is reported as in the plain read
    assert helpers and all(h is None for h in helpers)  # damage near the cut: read again
    db.close()


def test_a_cancelled_preview_says_so_and_writes_nothing(tmp_path, helpers):
    db = open_database(tmp_path / "data")
    read, outcome = preview_files(db, _files(tmp_path), cancel=lambda: True)
    assert read.cancelled and outcome.result.cancelled
    assert contacts.list_contacts(db) == []
    db.close()


def test_the_collector_resumes_after_the_last_pause_and_only_if_it_ran():
    assert gc.isenabled()
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # a caller that paused it itself keeps it paused
    finally:
        gc.enable()


def test_the_records_read_go_before_the_collector_resumes(tmp_path, monkeypatch):
    """`import_vcard_files` keeps only the outcome: the records it read are freed while the
    collector is still paused, so the collection that follows the pause does not walk them."""
    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 1)  # read on two cores
    path = tmp_path / "book.vcf"
    path.write_text("".join(_card(i) for i in range(300)), encoding="utf-8")
    enabled_when_freed: list[bool] = []
    original = overlapped.read_and_import

    def watching(*args, **kwargs):
        read, outcome = original(*args, **kwargs)
        for record in read.records:
            weakref.finalize(record, lambda: enabled_when_freed.append(gc.isenabled()))
        return read, outcome

    monkeypatch.setattr(overlapped, "read_and_import", watching)
    db = open_database(tmp_path / "db")
    try:
        assert gc.isenabled()
        outcome = vcard.import_vcard_files(db, [path])
        assert len(outcome.result.created) == 300
        assert len(enabled_when_freed) == 300
        assert not any(enabled_when_freed)
        assert gc.isenabled()
    finally:
        db.close()
