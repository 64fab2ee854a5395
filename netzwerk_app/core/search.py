"""Full-text search over contacts (SQLite FTS5, case- and accent-insensitive, prefix matching).

The ``contact_search`` table holds one row per contact (rowid = contact id) and is refreshed by
`reindex_contacts` after every change; "muller" finds "Müller", "079" finds "+41 79 …".
Invisible characters (zero-width space, bidi controls, soft hyphen …) are left out of both the
index and the query, so "Jo\u200bhn" is found by "john" and a query holding one still finds.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from peewee import Field, SqliteDatabase

from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.collation import fold
from netzwerk_app.core.invisible import without_invisible
from netzwerk_app.core.models import Contact

# the query side lives in `core.search_query`, shared with the lean list reads
from netzwerk_app.core.search_query import (
    TOKEN,
    match_expression,
    matching_id_set,
    narrows,
    query_words,
    search_contact_ids,
)

__all__ = ["match_expression", "matching_id_set", "narrows", "query_words", "search_contact_ids"]

# Words that say nothing about what someone offers or looks for (English and German); left out
# of give-and-get queries and of the introduction suggestions' comparisons.
STOPWORDS = frozenset(
    """
    and the for with from that this who what can could help into about more other their they
    them will would your you our are was were has have had not but all any some also via per
    und oder der die das den dem des ein eine einer eines einem für mit von zur zum bei nach
    über unter wie was wer kann könnte hilfe auch sich sie ist sind hat haben nicht aber alle
    """.split()  # noqa: SIM905 (a block of words reads better than a list of strings)
)
GIVE_AND_GET_COLUMNS = ("they_offer", "i_offer", "interests", "tags")
# The columns of the search index and the contact fields each holds ("methods" and "tags" hold
# the contact's methods and tags); the query reading the contacts is built from this.
INDEX_COLUMNS: dict[str, tuple[Field, ...]] = {
    "name": (
        Contact.prefix, Contact.given_name, Contact.additional_names, Contact.family_name,
        Contact.suffix, Contact.display_name, Contact.nickname,
    ),
    "organization": (Contact.organization, Contact.department),
    "title": (Contact.title,),
    "methods": (),
    "tags": (),
    "notes": (Contact.notes, Contact.met_where, Contact.interests),
    "they_offer": (Contact.they_offer,),
    "i_offer": (Contact.i_offer,),
    "interests": (Contact.interests,),
}  # fmt: skip
_READ = tuple(dict.fromkeys(f.column_name for fields in INDEX_COLUMNS.values() for f in fields))
# per index column, the positions of its fields in a row of `_READ` (after the id)
_POSITIONS = {
    column: tuple(1 + _READ.index(f.column_name) for f in fields)
    for column, fields in INDEX_COLUMNS.items()
}


def _searchable(parts: Iterable[str]) -> str:
    """Join parts, leaving invisible characters out.

    The folded text is appended when folding changed it, so "lukas" finds "Łukas".
    """
    text = " ".join(filter(None, parts))
    if not text:
        return text
    text = without_invisible(text)
    folded = fold(text)
    return text if folded == text else f"{text} {folded}"


def reindex_contacts(db: SqliteDatabase, ids: Iterable[int]) -> None:
    """Rewrite the search rows of the given contacts (deleted contacts lose their row)."""
    with db.atomic():
        for chunk in batches(sorted(set(ids))):
            _reindex_chunk(db, chunk)


def _reindex_chunk(db: SqliteDatabase, chunk: list[int]) -> None:
    from netzwerk_app.core.phones import phone_search_terms  # phonenumbers: only when indexing

    in_chunk = marks(chunk)
    db.execute_sql(f"DELETE FROM contact_search WHERE rowid IN ({in_chunk})", chunk)
    rows = db.execute_sql(
        f"SELECT id, {', '.join(_READ)} FROM contact WHERE id IN ({in_chunk})", chunk
    ).fetchall()
    # each contact's methods and tags in the order of their rows (as written)
    methods: dict[int, list[str]] = {}
    for cid, kind, value in db.execute_sql(
        f"SELECT contact_id, kind, value FROM contact_method WHERE contact_id IN ({in_chunk})"
        " ORDER BY contact_id, id",
        chunk,
    ):
        terms = methods.setdefault(cid, [])
        terms.append(value)
        if kind == "phone":
            terms.extend(phone_search_terms(value))
    tags: dict[int, list[str]] = {}
    for cid, name in db.execute_sql(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        f" WHERE ct.contact_id IN ({in_chunk}) ORDER BY ct.contact_id, ct.tag_id",
        chunk,
    ):
        tags.setdefault(cid, []).append(name)
    insert_search_rows(
        db,
        (
            search_row(r[0], (r[i] for i in _FIELD_POSITIONS), methods.get(r[0], ()),
                       tags.get(r[0], ()))
            for r in rows
        ),
    )  # fmt: skip


# The contact fields a search row is made of, in `search_row`'s order: each index column's
# fields in turn (methods and tags have none).
INDEX_FIELDS = tuple(f.name for fields in INDEX_COLUMNS.values() for f in fields)
_FIELD_POSITIONS = tuple(i for positions in _POSITIONS.values() for i in positions)
# per index column, its fields' slice of `INDEX_FIELDS`, or None for methods and tags
_SLICES = tuple(
    (column, slice(start, start + len(fields)) if fields else None)
    for column, fields, start in zip(
        INDEX_COLUMNS,
        INDEX_COLUMNS.values(),
        itertools.accumulate((len(f) for f in INDEX_COLUMNS.values()), initial=0),
        strict=False,
    )
)


def search_row(
    cid: int, fields: Iterable[str], method_terms: Iterable[str], tags: Iterable[str]
) -> tuple:
    """The row of `contact_search` of a contact: ``fields`` the values of `INDEX_FIELDS`,
    ``method_terms`` each method's value (a phone's `phone_search_terms` after it) and ``tags``
    its tags' names, both in the order of their rows (methods by row id, tags by tag id)."""
    values = tuple(fields)
    return (
        cid,
        *(
            _searchable(values[part])
            if part is not None
            else _searchable(method_terms if column == "methods" else tags)
            for column, part in _SLICES
        ),
    )


_TAGS_AT = list(INDEX_COLUMNS).index("tags")


def prepared_search_row(cid: int, columns: tuple[str, ...], tags: list[str]) -> tuple:
    """`search_row` of a contact from its columns made before without tags (the row after the
    id, `import_prepared.new_search_columns`) and its tags' names."""
    if not tags:
        return (cid, *columns)
    row = [cid, *columns]
    row[1 + _TAGS_AT] = _searchable(tags)
    return tuple(row)


def insert_search_rows(db: SqliteDatabase, rows: Iterable[tuple]) -> None:
    """Insert rows made by `search_row` (the contacts must have none yet)."""
    db.cursor().executemany(
        f"INSERT INTO contact_search(rowid, {', '.join(INDEX_COLUMNS)})"
        f" VALUES (?, {marks(INDEX_COLUMNS)})",
        rows,
    )


def rebuild_search_index(db: SqliteDatabase) -> None:
    """Rebuild the whole index (after a migration or a repair)."""
    with db.atomic():
        db.execute_sql("DELETE FROM contact_search")
        ids = [r[0] for r in db.execute_sql("SELECT id FROM contact")]
        reindex_contacts(db, ids)


def give_and_get_expression(text: str) -> str | None:
    """An FTS5 query over the give-and-get columns for a question in plain words: any telling
    word matches (as a prefix, a plural "s" left off); None when no word is telling."""
    words = []
    for word in TOKEN.findall(fold(without_invisible(text)).casefold()):
        if len(word) < 3 or word in STOPWORDS:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if word not in words:
            words.append(word)
    if not words:
        return None
    columns = " ".join(GIVE_AND_GET_COLUMNS)
    return f"{{{columns}}} : (" + " OR ".join(f'"{w}"*' for w in words) + ")"


def give_and_get_ids(db: SqliteDatabase, text: str) -> list[int]:
    """Contacts whose "they offer", "I can offer", interests or tags hold words of `text`,
    the best match first (FTS5's bm25)."""
    expr = give_and_get_expression(text)
    if expr is None:
        return []
    return [
        r[0]
        for r in db.execute_sql(
            "SELECT rowid FROM contact_search WHERE contact_search MATCH ?"
            " ORDER BY bm25(contact_search), rowid",
            (expr,),
        )
    ]
