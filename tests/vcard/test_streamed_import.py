"""Large files are imported as they are read: the outcome is the one of reading them whole."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import netzwerk_app.vcard as vcard
from netzwerk_app.core import import_run
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.database import open_database
from netzwerk_app.vcard import parallel

DATA = Path(__file__).resolve().parent.parent / "data" / "vcards"


def _outcome(tmp_path, name, monkeypatch, streamed: bool):
    monkeypatch.setattr(vcard, "STREAM_ABOVE_BYTES", 0 if streamed else 1 << 40)
    monkeypatch.setattr(import_run, "BATCH", 7 if streamed else 5000)
    db = open_database(tmp_path / name)
    files = [*sorted(DATA.glob("*.vcf")), tmp_path / "missing.vcf"]
    (tmp_path / "empty.vcf").write_text("no cards here\n")
    files.append(tmp_path / "empty.vcf")
    outcome = vcard.import_vcard_files(db, files)
    names = sorted(r.display_name for r in load_contacts(db))
    db.close()
    return outcome, names


def test_a_streamed_import_is_the_import_of_the_files_read_whole(tmp_path, monkeypatch):
    whole, whole_names = _outcome(tmp_path, "whole", monkeypatch, streamed=False)
    streamed, streamed_names = _outcome(tmp_path, "streamed", monkeypatch, streamed=True)
    assert streamed_names == whole_names and len(whole_names) > 50
    assert streamed.result.counts() == whole.result.counts()
    assert streamed.problems == whole.problems
    assert streamed.unreadable == whole.unreadable
    assert [(s.name, s.reason, s.origin) for s in streamed.result.skipped] == [
        (s.name, s.reason, s.origin) for s in whole.result.skipped
    ]
    assert [(m.origin, m.rule) for m in streamed.result.merged] == [
        (m.origin, m.rule) for m in whole.result.merged
    ]


def _helped_outcome(tmp_path, name, monkeypatch, helped: bool, fails: bool = False):
    """The streamed import of real cards (several files, damaged cards among them), read by
    helpers (`parallel.begin_streamed_read`) or here; ``fails``: every helper's read fails at
    its end, after its cards were matched (the import is then rolled back and read here)."""
    monkeypatch.setattr(vcard, "STREAM_ABOVE_BYTES", 0)
    monkeypatch.setattr(import_run, "BATCH", 7)  # written in batches while the helper reads
    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 1 if helped else 1 << 40)
    started: list = []
    begin = parallel.begin_streamed_read

    def counted(*args):
        started.append(begin(*args))
        return started[-1]

    monkeypatch.setattr(vcard, "begin_streamed_read", counted)
    if fails:
        monkeypatch.setattr(parallel.StreamedRead, "finish", lambda self: None)
    folder = tmp_path / name
    folder.mkdir()
    reals = folder / "reals.vcf"
    reals.write_bytes(b"".join(f.read_bytes().rstrip(b"\r\n") + b"\r\n" for f in _files() * 2))
    (folder / "empty.vcf").write_text("no cards here\n")
    files = [reals, *_files(), folder / "missing.vcf", folder / "empty.vcf"]
    db = open_database(folder / "data")
    outcome = vcard.import_vcard_files(db, files)
    everyone = [dataclasses.replace(r, uid="") for r in load_contacts(db)]  # made-up UIDs differ
    history = db.execute_sql("SELECT COUNT(*) FROM import_run").fetchone()[0]
    db.close()
    return outcome, everyone, history, [s for s in started if s is not None]


def _files() -> list[Path]:
    return sorted(DATA.glob("*.vcf"))


@pytest.mark.parametrize("fails", [False, True])
def test_a_large_file_read_by_a_helper_imports_as_one_read_here(tmp_path, monkeypatch, fails):
    here, here_contacts, _, none = _helped_outcome(tmp_path, "here", monkeypatch, helped=False)
    helped, contacts, history, helpers = _helped_outcome(
        tmp_path, "helped", monkeypatch, helped=True, fails=fails
    )
    assert not none and helpers  # the helpers read (and, when they fail, the files again here)
    assert contacts == here_contacts and len(contacts) > 50
    assert history == 1  # a failed helper's import was rolled back: one import in the history
    for part in ("created", "updated", "unchanged", "skipped", "merged", "possible_duplicates"):
        assert getattr(helped.result, part) == getattr(here.result, part), part
    assert helped.problems == here.problems and helped.problems
    assert [Path(p).name for p in helped.unreadable] == ["missing.vcf", "empty.vcf"]
    assert [Path(p).name for p in here.unreadable] == ["missing.vcf", "empty.vcf"]


def test_a_cancelled_import_stops_the_helper_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(vcard, "STREAM_ABOVE_BYTES", 0)
    monkeypatch.setattr(import_run, "BATCH", 7)
    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 1)
    started: list = []
    begin = parallel.begin_streamed_read
    monkeypatch.setattr(
        vcard, "begin_streamed_read", lambda *a: started.append(begin(*a)) or started[-1]
    )
    book = tmp_path / "book.vcf"  # more cards than the helper reads ahead: it is still there
    book.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nEND:VCARD\r\n" for i in range(30000))
    )
    asked = iter(range(1000))
    db = open_database(tmp_path / "data")
    outcome = vcard.import_vcard_files(db, [book], cancel=lambda: next(asked) >= 1)
    assert outcome.result.cancelled
    assert db.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0] == 0
    assert db.execute_sql("SELECT COUNT(*) FROM import_run").fetchone()[0] == 0
    db.close()
    assert started and started[0] is not None
    assert started[0].helper.poll() is not None  # stopped, not left waiting to hand over
    assert started[0].helper.returncode != 0  # it was killed, not done: the rest was not read
