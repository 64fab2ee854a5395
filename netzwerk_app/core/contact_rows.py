"""The contact-list rows of a few given contacts, for refreshing a list after an edit.

`contacts.list_contacts` reads every contact; after editing one contact in a list of 100,000,
the GUI re-reads just that one with `contact_rows` (same `ContactRow`s, same due computation).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import SqliteDatabase

from netzwerk_app.core import care
from netzwerk_app.core.contacts import ContactRow
from netzwerk_app.core.records import Birthday, InvalidInput


def _birthday(text: str | None) -> Birthday | None:
    if not text:
        return None
    try:
        return Birthday.parse(text)
    except InvalidInput:
        return None


def contact_rows(
    db: SqliteDatabase, ids: Iterable[int], today: dt.date | None = None
) -> dict[int, ContactRow]:
    """Rows of the given contacts keyed by id; ids that no longer exist are missing.

    Archived contacts are included (with ``archived`` set) so callers can drop them.
    """
    today = today or dt.date.today()
    wanted = sorted(set(ids))
    rows: dict[int, ContactRow] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.execute_sql(
            "SELECT c.id, c.uid, c.display_name, c.organization, c.title, c.tier, c.birthday,"
            " p.id IS NOT NULL, c.archived FROM contact c"
            f" LEFT JOIN photo p ON p.contact_id = c.id WHERE c.id IN ({marks})",
            chunk,
        ):
            rows[r[0]] = ContactRow(
                r[0], r[1], r[2], r[3], r[4], r[5], _birthday(r[6]), bool(r[7]), bool(r[8])
            )
    if rows:
        states = care.care_states(db, list(rows))
        rules = care.tier_rules(db)
        for row in rows.values():
            state = states.get(row.id)
            if state is not None:
                row.last_touchpoint = state.last_done
                row.next_due = care.next_due_of(state, rules, today)
    return rows
