"""An import whose file is read on two cores writes the database that reading it here writes:
every table, row for row (the search index and the import's history among them), for the real
cards of tests/data/vcards, with the cut early or in the middle, into an empty and a full
database."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
import uuid
from pathlib import Path

import pytest

from netzwerk_app.core import clock, import_run, import_writes
from netzwerk_app.core.database import open_database
from netzwerk_app.vcard import overlapped, parallel
from netzwerk_app.vcard.reader import read_vcards

DATA = Path(__file__).resolve().parent.parent / "data" / "vcards"


def _book(tmp_path: Path) -> Path:
    """The real cards that can be read in two parts (no damage that depends on the cards
    around it, no UTF-16), one file after the other, and a few of them again."""
    parts = []
    for path in sorted(DATA.glob("*.vcf")):
        data = path.read_bytes()
        if data[:3] == b"\xef\xbb\xbf" or b"\x00" in data[:4]:
            continue
        if parallel._neighbourly(read_vcards(data, path.name)) or not read_vcards(data).records:
            continue
        parts.append(data.rstrip(b"\r\n") + b"\r\n")
    book = tmp_path / "book.vcf"
    book.write_bytes(b"".join(parts + parts[::3]))
    return book


def _dump(folder: Path) -> dict[str, list[tuple]]:
    """Every row of every table (the search index's too), in rowid order."""
    con = sqlite3.connect(folder / "netzwerk.sqlite3")
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'contact_search_%' ORDER BY name"
            )
        ]
        return {
            t: con.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in tables
        }
    finally:
        con.close()


@pytest.fixture
def deterministic(monkeypatch):
    """One time and made-up UIDs counted from 1 again for each import."""
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 26, 9, 30, 0))

    def restart() -> None:
        counter = itertools.count(1)
        monkeypatch.setattr(import_writes.uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))

    return restart


def _imported(tmp_path, monkeypatch, deterministic, way: str, book: Path) -> dict:
    """The database after importing ``book`` twice (into an empty database, then into the
    full one), read here (``way`` "here") or on two cores; its dump."""
    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 1 << 40 if way == "here" else 1)
    folder = tmp_path / way
    db = open_database(folder)
    for _time in range(2):
        deterministic()
        overlapped.read_and_import(db, [book], tier="B")
    db.close()
    return _dump(folder)


def _same(here: dict, there: dict) -> None:
    assert len(here["contact"]) > 50
    for table, rows in here.items():
        assert there[table] == rows, table


@pytest.mark.parametrize(("share", "batch"), [(0.01, None), (0.5, None), (0.3, 7)])
def test_the_helper_writes_the_database_reading_here_writes(
    tmp_path, monkeypatch, deterministic, two_part_reads, share, batch
):
    """Also in small batches (``batch``), where cards read again merge into contacts that
    earlier batches wrote (read back and written again)."""
    book = _book(tmp_path)
    monkeypatch.setattr(overlapped, "FIRST_SHARE", share)
    read_back = []
    if batch is not None:
        monkeypatch.setattr(import_run, "BATCH", batch)
        load = import_run._load_with_photo

        def loading(db, cid):
            read_back.append(cid)
            return load(db, cid)

        monkeypatch.setattr(import_run, "_load_with_photo", loading)
    here = _imported(tmp_path, monkeypatch, deterministic, "here", book)
    prepared = []
    original = import_run.ImportRun.add

    def counting(self, record, origin, source, made=None):
        prepared.append(made is not None)
        original(self, record, origin, source, made)

    monkeypatch.setattr(import_run.ImportRun, "add", counting)
    there = _imported(tmp_path, monkeypatch, deterministic, "helper", book)
    # read on two cores
    assert len(two_part_reads) == 2 and all(f is not None for f in two_part_reads)
    assert sum(prepared) > len(prepared) // 3  # the helper's records came prepared
    assert bool(read_back) == (batch is not None)  # contacts of an earlier batch merged into
    _same(here, there)


def test_a_helper_lost_after_handing_records_over_means_the_plain_import(
    tmp_path, monkeypatch, deterministic, two_part_reads
):
    """Records handed over and matched, then the helper's end is lost: rolled back, the file
    is read again here, and the database is the one reading it here writes."""
    book = _book(tmp_path)
    monkeypatch.setattr(overlapped, "FIRST_SHARE", 0.01)
    here = _imported(tmp_path, monkeypatch, deterministic, "here", book)
    original = parallel._Stream._frame
    frames = itertools.count()

    def losing(self):
        if next(frames) % 2 == 1:  # each helper's second frame (its first holds all records)
            raise EOFError
        return original(self)

    monkeypatch.setattr(parallel._Stream, "_frame", losing)
    there = _imported(tmp_path, monkeypatch, deterministic, "helper", book)
    assert two_part_reads and all(f is None for f in two_part_reads)
    _same(here, there)
