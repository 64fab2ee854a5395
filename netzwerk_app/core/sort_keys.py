"""`collation.sort_key`, computed faster: plain ASCII text (most names) is only lowercased, as
folding, decomposing and dropping accents change nothing there; other text drops its accents
with one `str.translate` instead of a Python step per character."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from netzwerk_app.core.collation import fold


class _WithoutCombining(dict):
    """A translation table that drops combining characters (learnt as they are met)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_ACCENTS = _WithoutCombining()


@lru_cache(maxsize=200_000)
def _long_key(text: str) -> str:
    return unicodedata.normalize("NFKD", fold(text)).translate(_DROP_ACCENTS).casefold()


def name_key(text: str) -> str:
    """The same key as `collation.sort_key(text)`."""
    return text.lower() if text.isascii() else _long_key(text)
