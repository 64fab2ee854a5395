"""Invisible characters: what import removes from single-line values, what search ignores."""

from __future__ import annotations

import pytest

from netzwerk_app.core.invisible import remove_deceptive, without_invisible


@pytest.mark.parametrize(
    ("text", "clean", "removed"),
    [
        ("Eve \u202egnp.exe", "Eve gnp.exe", ["U+202E"]),
        ("\u202aA\u202b\u202c\u202dB", "AB", ["U+202A", "U+202B", "U+202C", "U+202D"]),
        ("\u2066x\u2067y\u2068z\u2069", "xyz", ["U+2066", "U+2067", "U+2068", "U+2069"]),
        ("Jo\u200bhn\u200b", "John", ["U+200B"]),
        ("Mül\u2060ler", "Müller", ["U+2060"]),
        ("\ufeffAnna", "Anna", ["U+FEFF"]),
        ("plain ASCII", "plain ASCII", []),
        ("Zoë Müller", "Zoë Müller", []),
    ],
)
def test_deceptive_characters_are_removed_and_named(text, clean, removed):
    assert remove_deceptive(text) == (clean, removed)


@pytest.mark.parametrize(
    "text",
    [
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian with ZWNJ
        "\u0915\u094d\u200d\u0937",  # Devanagari with ZWJ
        "\U0001f469\u200d\U0001f4bb",  # emoji ZWJ sequence
        "\u200f\u05e9\u05dc\u05d5\u05dd\u200e",  # RLM and LRM are marks, not overrides
    ],
)
def test_joiners_and_marks_stay(text):
    assert remove_deceptive(text) == (text, [])


def test_search_ignores_every_invisible_character():
    assert without_invisible("Jo\u200bhn \u202eSmith\u202c") == "John Smith"
    assert without_invisible("\u0645\u06cc\u200c\u062e") == "\u0645\u06cc\u062e"
    assert without_invisible("so\u00adft \u3164x\ufe0f") == "soft x"
    assert without_invisible("\U000e0041tag\U000e007f") == "tag"
    assert without_invisible("Müller") == "Müller"
