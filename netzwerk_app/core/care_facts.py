"""What the due engine needs of some contacts beyond their own row: the last done touchpoint's
date (stored per contact, `contact_last_done`), the planned touchpoints and the snoozes, read
with plain SQL (one query per table, or per chunk of ids).

Shared by `care.care_states` (the window, the agenda) and the lean list reads
(`listing.care_dates`, which the command line uses without Peewee): it imports neither Peewee
nor typing. Dates come back as stored (ISO text); each caller parses them as it needs.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

TYPE_CHECKING = False  # typing is not imported at run time (the command line starts faster)
if TYPE_CHECKING:
    from netzwerk_app.core.listing import Database

# Above this many ids, one scan of the whole table beats many IN (...) queries.
SCAN_ABOVE = 2000
_BATCH = 500  # ids per statement, as `batches.BATCH` (not imported: it imports typing)

ContactFacts = tuple[int, str, "str | None", "str | None", "str | None"]
"""(id, display name, tier, tier_since ISO, stored birthday) of one contact."""


def id_chunks(ids: Sequence[int] | None) -> Iterator[tuple[str, list[int]]]:
    """(" AND {col} IN (...)", ids) per chunk of ids (format ``col``); one clause-less scan for
    all contacts (None) or many ids."""
    if ids is None or len(ids) > SCAN_ABOVE:
        yield "", []
        return
    for start in range(0, len(ids), _BATCH):
        chunk = list(ids[start : start + _BATCH])
        yield f" AND {{col}} IN ({','.join('?' * len(chunk))})", chunk


class CareFacts:
    """Per contact id: the last done touchpoint's date, the planned touchpoints (id, date,
    kind, note; by date) and the snoozes ((reason, due date) -> until).

    A plain class, not a dataclass: the quick commands import no dataclasses (`core.values`).
    """

    __slots__ = ("last_done", "planned", "snoozes")

    def __init__(self) -> None:
        self.last_done: dict[int, str] = {}
        self.planned: dict[int, list[tuple[int, str, str, str]]] = {}
        self.snoozes: dict[int, dict[tuple[str, str], str]] = {}


def read_care_facts(db: Database, ids: Sequence[int] | None, wanted: Container[int]) -> CareFacts:
    """The care facts of the contacts `ids` (all when None) that are in ``wanted``."""
    facts = CareFacts()
    for clause, params in id_chunks(ids):
        col = clause.format(col="contact_id")
        # for a few contacts, their touchpoints by the contact index: SQLite would otherwise
        # take the status index and read every done touchpoint
        status = "+status" if col else "status"
        # kept by triggers on the touchpoints (schema 8): one row per contact, no grouping
        for cid, last in db.execute_sql(
            f"SELECT contact_id, date FROM contact_last_done WHERE 1=1{col}", params
        ):
            if cid in wanted:
                facts.last_done[cid] = last
        for tp_id, cid, day, kind, note in db.execute_sql(
            f"SELECT id, contact_id, date, kind, note FROM touchpoint WHERE {status} = 'planned'"
            f"{col} ORDER BY date",
            params,
        ):
            if cid in wanted:
                facts.planned.setdefault(cid, []).append((tp_id, day, kind, note))
        for cid, reason, day, until in db.execute_sql(
            f"SELECT contact_id, reason, due_date, until FROM snooze WHERE 1=1{col}", params
        ):
            if cid in wanted:
                facts.snoozes.setdefault(cid, {})[(reason, day)] = until
    return facts
