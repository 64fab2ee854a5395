"""The search's query side: the words of what the user typed, and the FTS5 query they make.

Shared by the index's module (`core.search`, which also writes the index) and the lean list
reads (`core.listing`, which the command line uses without Peewee or phonenumbers): it imports
neither.
"""

from __future__ import annotations

import re
from typing import Any

from netzwerk_app.core.collation import fold
from netzwerk_app.core.invisible import without_invisible

TYPE_CHECKING = False  # typing is not imported at run time (the command line starts faster)
if TYPE_CHECKING:
    from netzwerk_app.core.listing import Database

TOKEN = re.compile(r"\w+", re.UNICODE)
# Digit groups typed as one phone number: "079 123 45 67", "+41 (0)79-123", "0041 79 123".
_PHONE_RUN = re.compile(r"\+?\d+(?:[ \-/().]+\d+)+")


def _join_phone_runs(text: str) -> str:
    """Join the digit groups of a typed phone number into one word ("079 123" -> "079123")."""
    return _PHONE_RUN.sub(lambda m: re.sub(r"\D", "", m[0]), text)


def query_words(text: str) -> list[str]:
    """The words of user text as the search matches them (each one as a prefix).

    The digit groups of a phone number count as one word, so "079 000 12 34" finds that
    number and not every contact with a "12" somewhere.
    """
    return TOKEN.findall(_join_phone_runs(fold(without_invisible(text))))


def narrows(previous: list[str], words: list[str]) -> bool:
    """Whether the search for `words` can only find contacts the search for `previous` found:
    each earlier word is still there, at its place, perhaps typed longer (a token matching the
    longer prefix matches the shorter one too)."""
    return len(words) >= len(previous) and all(
        new.startswith(old) for old, new in zip(previous, words, strict=False)
    )


def match_expression(text: str) -> str | None:
    """An FTS5 query for user text: every word must match as a prefix; None if no words."""
    return expression(query_words(text))


def expression(words: list[str]) -> str | None:
    """The FTS5 query for words from `query_words`: each one a prefix; None without words."""
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search_contact_ids(db: Database, text: str) -> list[int] | None:
    """Ids of contacts matching every word of `text`; None when the text has no words."""
    expr = match_expression(text)
    if expr is None:
        return None
    return [
        r[0]
        for r in db.execute_sql(
            "SELECT rowid FROM contact_search WHERE contact_search MATCH ?", (expr,)
        )
    ]


def matching_id_set(db: Any, words: list[str]) -> set[str] | None:
    """The ids (as decimal strings) of contacts matching every one of `words` (from
    `query_words`) as a prefix; None when there are no words. The contact list's filter.

    The ids come back from SQLite as one string, split once: far fewer Python objects than
    a row and an int each.
    """
    expr = expression(words)
    if expr is None:
        return None
    joined = db.execute_sql(
        "SELECT group_concat(rowid) FROM contact_search WHERE contact_search MATCH ?", (expr,)
    ).fetchone()[0]
    return set(joined.split(",")) if joined else set()
