"""Text folding for search and sort keys for names ("Łukas" next to "Lukas", "Åberg" to "Aberg")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters FTS5's remove_diacritics cannot take apart (they are not letter + accent in Unicode).
_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ı": "i", "ð": "d", "Ð": "D"}
)  # fmt: skip


# Any of the letters `_FOLD` maps: text without them is folded as it is.
_FOLDED = re.compile("[" + "".join(map(chr, _FOLD)) + "]")


def fold(text: str) -> str:
    """Map the letters the tokenizer keeps (ł, ø, ß, …) to plain Latin ones."""
    # every letter mapped is beyond ASCII, and most other text holds none of them: nothing to
    # map (fast checks; str.translate looks up each character in the table)
    if text.isascii() or _FOLDED.search(text) is None:
        return text
    return text.translate(_FOLD)


@lru_cache(maxsize=200_000)
def sort_key(text: str) -> str:
    """A key that sorts names as people expect: "Åberg" with "Aberg", "Łukas" with "Lukas"."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
