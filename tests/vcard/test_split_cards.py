"""Cards cut out whole (`cards._plain_cards`) are the cards the line-by-line split gives.

`split_cards` cuts plain cards out of the file whole and reads line by line from the first
place where the file is not plain; every file and edge case here is split both ways and must
give the same cards, problems and progress.
"""

from __future__ import annotations

import mmap
from pathlib import Path

import pytest

from netzwerk_app.vcard import cards, values
from netzwerk_app.vcard.cards import prepare, split_cards

DATA = Path(__file__).resolve().parent.parent / "data"


def _line_by_line(data, start: int) -> tuple[list, int]:
    cursor = [0]
    sep = b"\n" if data.find(b"\n", start) >= 0 else b"\r"
    return list(cards._split_lines(data, start, cursor, sep)), cursor[0]


def _both_ways(raw: bytes) -> list:
    data, start = prepare(raw)
    cursor = [0]
    got = list(split_cards(data, start, cursor))
    expected, expected_cursor = _line_by_line(data, start)
    assert got == expected
    assert cursor[0] == expected_cursor
    return got


def _card(name: str, *extra: str, nl: str = "\n") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"N:{name};;;;", *extra, "END:VCARD"]
    return nl.join(lines) + nl


@pytest.mark.parametrize(
    "path", sorted(DATA.rglob("*.vcf")), ids=lambda p: str(p.relative_to(DATA))
)
def test_every_test_file_is_split_alike(path):
    _both_ways(path.read_bytes())


PLAIN = _card("Anna") + _card("Beat") + _card("Chidi")

EDGES = {
    "plain": PLAIN,
    "crlf": _card("Anna", nl="\r\n") + _card("Beat", nl="\r\n"),
    "cr cr lf": _card("Anna", nl="\r\r\n") + _card("Beat", nl="\r\r\n"),
    "cr only": _card("Anna", nl="\r") + _card("Beat", nl="\r"),
    "no final newline": PLAIN.rstrip("\n"),
    "blank lines between": _card("Anna") + "\n  \n\t\n" + _card("Beat") + "\n\n",
    "lower case and spaces": "begin:vcard\nFN:Anna\n  End:VCard \t\n" + _card("Beat"),
    "empty card": "BEGIN:VCARD\nEND:VCARD\n" + _card("Beat"),
    "value naming VCARD": _card("Anna", "NOTE:see END:VCARD below", "X-A:VCARD") + _card("B"),
    "folded END": _card("Anna", "NOTE:first", " END:VCARD") + _card("Beat"),
    "long marker line": _card("Anna", "END:VCARD" + " " * 40) + _card("Beat"),
    "marker line of 40 bytes": _card("Anna", " " * 31 + "END:VCARD") + _card("Beat"),
    "comment between": _card("Anna") + "# a comment\n" + _card("Beat"),
    "text before": "hello\n" + PLAIN,
    "text between": _card("Anna") + "stray line\n" + _card("Beat") + _card("Chidi"),
    "text after": PLAIN + "trailing words\n",
    "END without card": _card("Anna") + "END:VCARD\n" + _card("Beat"),
    "not closed in the middle": _card("Anna") + "BEGIN:VCARD\nFN:Beat\n" + _card("Chidi"),
    "not closed at the end": PLAIN + "BEGIN:VCARD\nFN:Dora\n",
    "nested": "BEGIN:VCARD\nFN:Outer\n" + _card("Inner") + "END:VCARD\n" + _card("Beat"),
    "plain after a damaged one": "BEGIN:VCARD\nFN:X\n" + PLAIN + _card("Dora") * 3,
    "BEGIN inside a value line": _card("Anna", "NOTE:BEGIN:VCARD") + _card("Beat"),
}


@pytest.mark.parametrize("text", EDGES.values(), ids=EDGES.keys())
def test_edge_cases_are_split_alike(text):
    _both_ways(text.encode())


@pytest.mark.parametrize("prefix", [b"\xef\xbb\xbf", b""])
def test_a_bom_or_utf16_file_is_split_alike(prefix):
    got = _both_ways(prefix + PLAIN.encode())
    assert [c.line for c in got] == [1, 6, 11]
    assert len(_both_ways(PLAIN.encode("utf-16"))) == 3  # transcoded: a bytearray


def test_a_card_larger_than_a_value_is_read_line_by_line(monkeypatch):
    monkeypatch.setattr(values, "PHOTO_LIMIT", 1024)  # values up to 1.5 kB, cards up to 6 kB
    photo = "PHOTO;ENCODING=b:" + "A" * 2000
    folded = ["PHOTO;ENCODING=b:" + "B" * 70, *(" " + "C" * 70 for _ in range(40))]
    text = PLAIN + _card("Big", photo) + _card("Folded", *folded) + _card("After")
    got = _both_ways(text.encode())
    assert [c.number for c in got] == [1, 2, 3, 4, 5, 6]
    assert got[3].oversized  # the value was dropped, as line by line


def test_the_line_numbers_and_progress_of_plain_cards():
    data = (_card("Anna") + "\n" + _card("Beat", "NOTE:a", " b")).encode()
    cursor = [0]
    got = list(split_cards(data, 0, cursor))
    assert [(c.number, c.line) for c in got] == [(1, 1), (2, 7)]
    assert got[1].lines == [(8, b"VERSION:3.0"), (9, b"FN:Beat"), (10, b"N:Beat;;;;"),
                            (11, b"NOTE:a"), (12, b" b")]  # fmt: skip
    assert cursor[0] == len(data) - 1  # the end of the last END:VCARD line


def test_a_memory_mapped_file_is_split_alike(tmp_path):
    path = tmp_path / "book.vcf"
    path.write_bytes((PLAIN * 50).encode())
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        got = list(split_cards(data))
        assert got == _line_by_line(data, 0)[0]
        del got
    assert len(_both_ways((PLAIN * 50).encode())) == 150


def _plain_part(text: str) -> tuple[int, tuple[int, int, int] | None]:
    """How many cards `_plain_cards` cuts out whole, and where it hands over."""
    gen = cards._plain_cards(text.encode(), 0, [0])
    count = 0
    while True:
        try:
            next(gen)
            count += 1
        except StopIteration as stop:
            return count, stop.value


def test_plain_cards_are_cut_out_whole_up_to_where_the_file_is_not_plain():
    assert _plain_part(PLAIN) == (3, None)
    assert _plain_part(EDGES["blank lines between"]) == (2, None)
    assert _plain_part(EDGES["lower case and spaces"]) == (2, None)
    assert _plain_part(EDGES["value naming VCARD"]) == (2, None)
    first = _card("Anna")
    assert _plain_part(EDGES["text between"]) == (1, (len(first), 6, 1))
    assert _plain_part(EDGES["text before"]) == (0, (0, 1, 0))


def test_random_mixtures_are_split_alike():
    """Cards, blank lines, comments, stray text, lone BEGIN and END lines, in every line
    ending and letter case, mixed at random (a fixed seed)."""
    import random

    rng = random.Random(16)
    pieces = [
        lambda: _card(f"P{rng.randrange(99)}", nl=rng.choice(["\n", "\r\n", "\r\r\n"])),
        lambda: _card("Q", "NOTE:x", " END:VCARD", "X-Y:VCARD"),
        lambda: rng.choice(["", " ", "\t", "\r"]) + "\n",
        lambda: "# comment\n",
        lambda: "stray\n",
        lambda: rng.choice(["BEGIN:VCARD", "begin:vcard", " BEGIN:VCARD\t"]) + "\n",
        lambda: rng.choice(["END:VCARD", "end:VCard", "END:VCARD  "]) + "\n",
        lambda: "FN:loose\n",
    ]
    weights = [40, 5, 10, 2, 2, 2, 2, 2]
    for _ in range(300):
        parts = rng.choices(pieces, weights, k=rng.randrange(1, 12))
        text = "".join(piece() for piece in parts)
        if rng.random() < 0.2:
            text = text.rstrip("\n")
        _both_ways(text.encode())
