"""`collation.sort_key` with a short way for plain ASCII text (most names): there, folding,
decomposing and dropping accents change nothing, and casefolding is lowercasing."""

from __future__ import annotations

from netzwerk_app.core.collation import sort_key


def name_key(text: str) -> str:
    """The same key as `sort_key(text)`, without its work when the text is ASCII."""
    return text.lower() if text.isascii() else sort_key(text)
