"""Reading a large file on two cores gives exactly what reading it in one process gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from netzwerk_app.vcard import parallel, read_vcard_file
from netzwerk_app.vcard.reader import read_vcards

DATA = Path(__file__).resolve().parent.parent / "data" / "vcards"


def _card(i: int, newline: str = "\n") -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"UID:person-{i}",
        f"N:Muster{i};Anna;;;",
        f"FN:Anna Muster{i}",
        f"EMAIL;TYPE=WORK:anna.{i}@example.com",
        f"TEL;TYPE=CELL:+41 79 {i:03d} {i % 100:02d} 67",
        "NOTE:a long note that is folded over two lines so that line numbers count folded",
        " lines as well",
        "END:VCARD",
    ]
    return newline.join(lines) + newline


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 1)


@pytest.fixture
def helper_results(monkeypatch):
    """What each helper handed back (None: it failed), to know the second core was used."""
    seen: list = []
    original = parallel._helper_result

    def recording(helper):
        result = original(helper)
        seen.append(result)
        return result

    monkeypatch.setattr(parallel, "_helper_result", recording)
    return seen


def _same(a, b) -> None:
    assert a.records == b.records
    assert a.positions == b.positions
    assert a.problems == b.problems
    assert a.cards == b.cards


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_book_read_on_two_cores_is_read_as_on_one(
    tmp_path, small_threshold, helper_results, newline
):
    body = "".join(_card(i, newline) for i in range(400))
    # a warning in the second half: its card and line must be those of the whole file
    body += _card(400, newline).replace("VERSION:3.0", "VERSION:3.0" + newline + "BDAY:31.02.1980")
    path = tmp_path / "book.vcf"
    path.write_bytes(body.encode())
    whole = read_vcards(path.read_bytes(), "book.vcf")
    assert parallel._cut(path.read_bytes(), 0) is not None
    two = read_vcard_file(path)
    assert len(helper_results) == 1 and len(helper_results[0].records) > 150  # half of them
    _same(two, whole)
    assert whole.cards == 401
    assert any(p.card == 401 for p in whole.problems)


def test_real_files_put_together_read_alike(tmp_path, small_threshold, helper_results):
    files = sorted(DATA.glob("*.vcf"))
    data = b"".join(f.read_bytes().rstrip(b"\r\n") + b"\r\n" for f in files * 2)
    path = tmp_path / "all.vcf"
    path.write_bytes(data)
    _same(read_vcard_file(path), read_vcards(data, "all.vcf"))
    assert helper_results and helper_results[0] is not None


def test_a_damaged_card_near_the_cut_is_read_as_in_one_pass(tmp_path, small_threshold):
    cards = [_card(i) for i in range(200)]
    cards[100] = cards[100].replace("END:VCARD\n", "")  # not closed, just after the middle
    cards[99] = cards[99].replace("END:VCARD\n", "")  # and just before it
    data = "".join(cards).encode()
    path = tmp_path / "damaged.vcf"
    path.write_bytes(data)
    whole = read_vcards(data, "damaged.vcf")
    assert any("not closed" in p.message for p in whole.problems)
    _same(read_vcard_file(path), whole)


def test_without_a_helper_the_file_is_read_here(tmp_path, small_threshold, monkeypatch):
    monkeypatch.setattr(parallel, "_helper_command", lambda *a: ["/nonexistent/helper"])
    path = tmp_path / "book.vcf"
    path.write_bytes("".join(_card(i) for i in range(50)).encode())
    _same(read_vcard_file(path), read_vcards(path.read_bytes(), "book.vcf"))


def test_a_failing_helper_costs_time_not_cards(tmp_path, small_threshold, monkeypatch):
    import sys

    monkeypatch.setattr(
        parallel, "_helper_command", lambda *a: [sys.executable, "-c", "print('garbage')"]
    )
    path = tmp_path / "book.vcf"
    path.write_bytes("".join(_card(i) for i in range(50)).encode())
    result = read_vcard_file(path)
    assert len(result.records) == 50
    _same(result, read_vcards(path.read_bytes(), "book.vcf"))


def test_the_helper_ends_with_its_objects_frozen_after_its_last_frame(tmp_path):
    """The helper's teardown (about 0.2 s for 7,000 cards) is skipped: the main process waits
    for its exit. Everything is written and flushed before (the frames are all there)."""
    import subprocess
    import sys

    book = tmp_path / "book.vcf"
    book.write_text("".join(_card(i) for i in range(300)))
    probe = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: sys.stderr.write('FROZEN=%d\\n' % gc.get_freeze_count()))\n"
        "from netzwerk_app.__main__ import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *parallel._helper_command(str(book), 0, "book.vcf")[-4:]],
        capture_output=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(parallel._MAGIC) >= 2  # chunks, then the result
    frozen = [x for x in done.stderr.decode().splitlines() if x.startswith("FROZEN=")]
    assert frozen and int(frozen[-1].removeprefix("FROZEN=")) > 1000


def test_what_the_helper_prepared_comes_over_as_it_was_made():
    """The helper pickles each prepared record's `Identity` as its fields' values
    (`import_prepared.REDUCERS`): unpickled, every field is what was made, of every real card."""
    import copyreg
    import dataclasses
    import pickle

    from netzwerk_app.core.import_prepared import REDUCERS, Prepared, prepare_all
    from netzwerk_app.core.matching import Identity

    records = []
    for path in sorted(DATA.glob("*.vcf")):
        records += read_vcard_file(path).records
    made = prepare_all(records, "book.vcf", "CH")
    assert len(made) > 50 and all(m is not None for m in made)
    frame = parallel._pickled(
        (records, made, [(1, 1)] * len(records)), {**copyreg.dispatch_table, **REDUCERS}
    )
    records_again, made_again, _positions = pickle.loads(frame)
    assert records_again == records
    assert made_again == made
    for mine, theirs in zip(made, made_again, strict=True):
        assert type(theirs) is Prepared and type(theirs.identity) is Identity
        for name in (f.name for f in dataclasses.fields(Identity)):
            assert getattr(theirs.identity, name) == getattr(mine.identity, name), name
    assert parallel._pickled(made, {}) == pickle.dumps(made, pickle.HIGHEST_PROTOCOL)
