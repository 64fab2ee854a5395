"""The short way for ASCII names gives the same sort keys as the collation."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from netzwerk_app.core.collation import sort_key
from netzwerk_app.core.sort_keys import name_key


@given(st.text(alphabet=string.printable + "\x00\x7f"))
def test_ascii_names_sort_as_the_collation_says(text):
    assert name_key(text) == sort_key(text)


@given(st.text())
def test_any_name_sorts_as_the_collation_says(text):
    assert name_key(text) == sort_key(text)


def test_accents_and_special_letters_take_the_long_way():
    for name in ("Åberg", "Łukas", "Müller", "straße", "ÆSIR", "Zoë", "Jose\u0301", "ﬁnn", "Ⅻ",
                 "İlkay", "ΣΟΦΊΑ", "Мария", "佐藤", "\u200bAnna"):  # fmt: skip
        assert name_key(name) == sort_key(name)
