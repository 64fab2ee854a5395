"""Give and get: who offers what, what the user can offer whom, and the search across them.

"Who could help with sales channels in Eastern Switzerland?" finds the contacts whose "they
offer", "I can offer", interests or tags hold any of the telling words, the best match first.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from netzwerk_app.core.search import give_and_get_ids


@dataclass(frozen=True)
class GiveAndGet:
    """One contact's give and get, as found by a search."""

    contact_id: int
    display_name: str
    tier: str | None
    they_offer: str
    i_offer: str
    interests: str
    tags: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        """JSON-ready (the keys are the `netzwerk offers --json` contract)."""
        return dataclasses.asdict(self)


def search_give_and_get(
    db: SqliteDatabase, text: str, include_archived: bool = False, limit: int = 100
) -> list[GiveAndGet]:
    """Contacts whose give and get match words of `text`, the best match first."""
    ids = give_and_get_ids(db, text)
    if not ids:
        return []
    marks = "SELECT value FROM json_each(?)"
    wanted = "[" + ",".join(map(str, ids)) + "]"
    archived = "" if include_archived else " AND archived = 0"
    rows = {
        r[0]: r
        for r in db.execute_sql(
            "SELECT id, display_name, tier, they_offer, i_offer, interests FROM contact"
            f" WHERE id IN ({marks}){archived}",
            [wanted],
        )
    }
    tags: dict[int, list[str]] = {}
    for cid, name in db.execute_sql(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        f" WHERE ct.contact_id IN ({marks}) ORDER BY t.name",
        [wanted],
    ):
        tags.setdefault(cid, []).append(name)
    found = [
        GiveAndGet(r[0], r[1], r[2], r[3], r[4], r[5], tags=tags.get(i, []))
        for i in ids
        if (r := rows.get(i)) is not None
    ]
    return found[:limit] if limit else found
