"""`matching.fold` is the case and accent folding it always was, also on its quicker paths."""

from __future__ import annotations

import random
import unicodedata

from netzwerk_app.core.matching import fold


def _reference(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_fold_is_casefolded_nfkd_without_combining_characters():
    names = ["Müller", "MULLER", "Łukas", "Åberg", "Ǆemal", "ﬁne", "İsmail", "Straße"]
    names += ["ΣΊΣΥΦΟΣ", "李伟", "יוסף כהן", "Gülşen Çelik", "e\u0301", "\u0301", "", "ascii 12"]
    rnd = random.Random(16)
    ranges = [(0x20, 0x7F), (0x80, 0x250), (0x300, 0x370), (0x370, 0x3000), (0, 0x10FFFF)]
    for _ in range(3000):
        low, high = rnd.choice(ranges)
        names.append("".join(chr(rnd.randint(low, high)) for _ in range(rnd.randint(1, 10))))
    for name in names:
        assert fold(name) == _reference(name), repr(name)
