"""What an import works out for a card before it meets the database, made where it is read.

A large file's second part is read by a helper process (`vcard.parallel`) while this process
reads and matches the first. The helper also works out, for each record it read, what matching
and writing need that depends on the record alone: its `Identity` (folded names, phone numbers
as E.164 keys) and, for a record written as a new contact as it is, its search row but the
tags (folded text, phone numbers in their national and international forms). Both are made by
the functions the import calls itself, with the same region, so they are what it would make;
the import (`core.import_run`) takes them when the region and file are the ones it works with
and makes them itself otherwise (and for a contact that a second card changed before it is
written).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any

from netzwerk_app.core.matching import Identity, identity_of, phone_identity
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.core.search import INDEX_FIELDS, search_row

_INDEX_FIELDS = attrgetter(*INDEX_FIELDS)
_DISPLAY_NAME = INDEX_FIELDS.index("display_name")


@dataclass(slots=True)
class Prepared:
    """A record's `Identity` in matching with ``region`` (the card read from file
    ``identity.source``), and the search row of the new contact it makes (`new_search_columns`),
    None when it has no name (it is skipped)."""

    region: str
    identity: Identity
    search: tuple[str, ...] | None

    def __reduce__(self) -> tuple[Any, ...]:
        # made again by __init__: unpickled faster than by dataclasses' __setstate__
        return Prepared, (self.region, self.identity, self.search)


_IDENTITY_FIELDS = tuple(f.name for f in fields(Identity))
_identity_values = attrgetter(*_IDENTITY_FIELDS)


def _identity(*values: Any) -> Identity:
    """The `Identity` whose fields hold ``values`` (as `_reduce_identity` gives them), set as
    they are: none is worked out again."""
    made = object.__new__(Identity)
    for name, value in zip(_IDENTITY_FIELDS, values, strict=True):
        object.__setattr__(made, name, value)
    return made


def _reduce_identity(identity: Identity) -> tuple[Any, ...]:
    return _identity, _identity_values(identity)


# How the helper process pickles what it prepared (a pickler's dispatch_table, `vcard.parallel`):
# an `Identity` as its fields' values, unpickled here at about half the cost of dataclasses'
# __setstate__ (which looks its fields up again for each one).
REDUCERS: dict[type, Any] = {Identity: _reduce_identity}


def method_search_terms(record: ContactRecord, region: str) -> list[str]:
    """The search terms of the record's methods as written (`import_writes._method_terms`):
    each value written (stripped, not empty), a phone's `phone_search_terms` after it."""
    from netzwerk_app.core.phones import phone_search_terms  # phonenumbers: only when indexing

    terms = []
    for method in record.methods:
        value = method.value.strip()
        if value:
            terms.append(value)
            if method.kind == "phone":
                terms += phone_search_terms(value, region)
    return terms


def new_search_columns(record: ContactRecord, name: str, region: str) -> tuple[str, ...]:
    """The columns of the search row (`search.search_row`, after the id) of the new contact
    the record makes, named ``name``, without tags (`search.prepared_search_row` adds them)."""
    fields = list(_INDEX_FIELDS(record))
    fields[_DISPLAY_NAME] = name
    return search_row(0, fields, method_search_terms(record, region), ())[1:]


def prepare(record: ContactRecord, source: str, region: str) -> Prepared:
    """What the import of ``record``, read from the file ``source``, needs from it alone."""
    identity = identity_of(record, lambda value: phone_identity(value, region), source)
    name = record.computed_display_name()
    return Prepared(region, identity, new_search_columns(record, name, region) if name else None)


def prepare_all(records: list[ContactRecord], source: str, region: str) -> list[Prepared | None]:
    """`prepare` of each record; None for one that could not be (the import then tries)."""
    out: list[Prepared | None] = []
    for record in records:
        try:
            out.append(prepare(record, source, region))
        except Exception:  # the import makes it again, and meets the error itself
            out.append(None)
    return out
