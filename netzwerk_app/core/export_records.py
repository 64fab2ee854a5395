"""The records an export writes: all contacts, one tier's, or a selection, read in chunks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import cast

from peewee import SqliteDatabase

from netzwerk_app.core.batches import batches
from netzwerk_app.core.contacts import load_contacts
from netzwerk_app.core.models import Contact
from netzwerk_app.core.records import ContactRecord, validate_tier

_IdRows = Iterable[tuple[int]]  # rows of `Contact.select(Contact.id).tuples()`


def load_records_for_export(
    db: SqliteDatabase, tier: str | None = None, ids: Sequence[int] | None = None
) -> list[ContactRecord]:
    """Records to export: all contacts, those of one tier, or a selection of ids.

    ``tier`` is "A".."D", or "unsorted"/"none" for contacts without a tier; None means all.
    """
    return list(iter_records_for_export(db, tier, ids))


def iter_records_for_export(
    db: SqliteDatabase, tier: str | None = None, ids: Sequence[int] | None = None
) -> Iterator[ContactRecord]:
    """`load_records_for_export`, read 500 contacts at a time (a streamed export)."""
    query = Contact.select(Contact.id)
    if ids is None and tier is None:  # all, in name order: chunks of the ordered ids
        query = query.order_by(Contact.display_name, Contact.id)
    if tier is not None:
        canonical = validate_tier(tier)
        query = query.where(
            Contact.tier.is_null() if canonical is None else Contact.tier == canonical
        )
    if ids is not None:
        wanted = list(ids)
        query = query.where(Contact.id.in_(wanted)) if len(wanted) < 900 else query
        chosen = set(wanted)
        found = [row[0] for row in cast(_IdRows, query.tuples()) if row[0] in chosen]
    else:
        found = [row[0] for row in cast(_IdRows, query.tuples())]
    for chunk in batches(found):
        yield from load_contacts(db, chunk)
