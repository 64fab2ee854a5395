"""Large files are imported as they are read: the outcome is the one of reading them whole."""

from __future__ import annotations

from pathlib import Path

import netzwerk_app.vcard as vcard
from netzwerk_app.core import import_run
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.database import open_database

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
