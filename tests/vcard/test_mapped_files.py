"""Large files are memory-mapped instead of read; the result must be the same as from bytes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from netzwerk_app import vcard
from netzwerk_app.vcard import read_vcard_file, read_vcards

CORPUS = Path(__file__).parent.parent / "data" / "vcards"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.vcf")), ids=lambda p: p.name)
def test_a_mapped_file_reads_like_its_bytes(path, monkeypatch):
    expected = read_vcards(path.read_bytes(), path.name)
    monkeypatch.setattr(vcard, "MAP_ABOVE_BYTES", 0)
    mapped = read_vcard_file(path)
    assert mapped.cards == expected.cards
    assert mapped.records == expected.records
    assert [str(p) for p in mapped.problems] == [str(p) for p in expected.problems]


def test_an_empty_file_is_not_mapped_and_reports_no_vcard(tmp_path):
    path = tmp_path / "empty.vcf"
    path.write_bytes(b"")
    result = read_vcard_file(path)
    assert result.cards == 0 and "not a vCard" in str(result.problems[-1])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_without_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.vcf"
    os.mkfifo(fifo)
    results = []
    reader = threading.Thread(target=lambda: results.append(read_vcard_file(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=5)
    hung = reader.is_alive()
    if hung:  # release the blocked reader before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=5)
    assert not hung
    assert results and results[0].cards == 0 and results[0].problems


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_not_read_forever():
    result = read_vcard_file("/dev/zero")
    assert result.cards == 0 and "not a regular file" in str(result.problems[0])


@pytest.mark.parametrize("map_above", [0, 1 << 40])
def test_a_file_read_card_by_card_gives_what_reading_it_whole_gives(monkeypatch, map_above):
    monkeypatch.setattr(vcard, "MAP_ABOVE_BYTES", map_above)
    path = CORPUS / "calcard__android-multi-qp-cyrillic-emoji.vcf"
    whole = read_vcard_file(path)
    items = list(vcard.iter_vcard_file(path))
    outcomes = [i for i in items if isinstance(i, vcard.CardOutcome)]
    assert [o.record for o in outcomes if o.record] == whole.records
    assert len(outcomes) == whole.cards == 10


def test_a_missing_file_read_card_by_card_gives_one_problem(tmp_path):
    (problem,) = vcard.iter_vcard_file(tmp_path / "gone.vcf")
    assert problem.severity == "error" and "cannot read file" in problem.message
    assert problem.source == "gone.vcf"
