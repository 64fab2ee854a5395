"""Invisible characters: the ones that can trick the eye, and the ones search must not see.

Two jobs, two sets:
- `remove_deceptive` takes out of a single-line value (a name, an organization, a phone
  number …) the characters that change how text *looks* without being seen: explicit bidi
  embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: "Eve \u202egnp.exe" shows
  as "Eve exe.png"), the zero-width space (U+200B), the word joiner (U+2060) and stray BOMs
  (U+FEFF). The zero-width joiner and non-joiner (U+200D, U+200C) stay: Persian, Indic scripts
  and emoji need them. Marks (LRM, RLM, ALM) stay too: they cannot reorder text.
- `without_invisible` takes out every default-ignorable code point (Unicode's
  Default_Ignorable_Code_Point: all the above plus ZWJ, ZWNJ, soft hyphen, variation selectors,
  Hangul fillers, tags …), for search: a name with a zero-width space inside is still found,
  and a query holding one still finds.
"""

from __future__ import annotations

import re

# Bidi embeddings/overrides (LRE, RLE, PDF, LRO, RLO), isolates (LRI, RLI, FSI, PDI), zero-width
# space, word joiner, BOM / zero-width no-break space.
_DECEPTIVE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")

# Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1).
_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)


def remove_deceptive(text: str) -> tuple[str, list[str]]:
    """`text` without bidi controls, zero-width spaces, word joiners and BOMs.

    Returns the cleaned text and the code points removed (``["U+202E"]``), each named once, in
    the order met; an empty list when nothing was removed.
    """
    if text.isascii():
        return text, []
    found = _DECEPTIVE.findall(text)
    if not found:
        return text, []
    names = list(dict.fromkeys(f"U+{ord(c):04X}" for c in found))
    return _DECEPTIVE.sub("", text), names


def without_invisible(text: str) -> str:
    """`text` without any default-ignorable (invisible) character, for search."""
    if text.isascii():
        return text
    return _IGNORABLE.sub("", text)
