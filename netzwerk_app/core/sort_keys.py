"""`collation.sort_key`, computed faster: plain ASCII text (most names) is only lowercased, as
folding, decomposing and dropping accents change nothing there; other text is translated once,
character by character, with each character's key learnt when it is first met.

The key of a text is the keys of its characters, one after another: folding and casefolding
work per character, NFKD decomposes each character on its own and only reorders combining
marks, and those are dropped.
"""

from __future__ import annotations

import unicodedata

from netzwerk_app.core.collation import fold


def _char_key(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", fold(char))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _CharKeys(dict):
    """A translation table from a character to its key (learnt as characters are met)."""

    def __missing__(self, code: int) -> str:
        key = self[code] = _char_key(chr(code))
        return key


_KEYS = _CharKeys()


def name_key(text: str) -> str:
    """The same key as `collation.sort_key(text)`."""
    return text.lower() if text.isascii() else text.translate(_KEYS)
