"""Who knows whom: undirected links between contacts, with a note, and the "path to" search.

A link says that two contacts know each other (the user knows every contact). "Path to X"
answers "whom do I know who knows X": the contacts linked to X, then those linked to one of
them, and so on, each with its shortest chain of links to X (breadth-first search, pure
functions `shortest_chains` and `shortest_chain`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from peewee import SqliteDatabase

from netzwerk_app.core.batches import batches
from netzwerk_app.core.collation import sort_key
from netzwerk_app.core.models import Contact, ContactLink, now
from netzwerk_app.core.records import ContactNotFound, InvalidInput

DEFAULT_MAX_HOPS = 3

Adjacency = Mapping[int, Iterable[int]]


@dataclass(frozen=True)
class Link:
    """One contact another one knows, and how."""

    contact_id: int
    display_name: str
    note: str


@dataclass(frozen=True)
class ChainMember:
    contact_id: int
    display_name: str
    tier: str | None


@dataclass(frozen=True)
class Chain:
    """A chain of acquaintances from a contact to the target: chain[0] knows chain[1] …"""

    members: tuple[ChainMember, ...]

    @property
    def start(self) -> ChainMember:
        return self.members[0]

    @property
    def hops(self) -> int:
        return len(self.members) - 1

    def as_dict(self) -> dict:
        """JSON-ready (the keys are the `netzwerk path-to --json` contract)."""
        return {
            "contact_id": self.start.contact_id,
            "display_name": self.start.display_name,
            "tier": self.start.tier,
            "hops": self.hops,
            "chain": [{"id": m.contact_id, "display_name": m.display_name} for m in self.members],
        }


def ordered_pair(a: int, b: int) -> tuple[int, int]:
    """A pair of contact ids as stored (smaller first); the same contact twice is refused."""
    if a == b:
        raise InvalidInput("a contact cannot be linked to or introduced to itself")
    return (a, b) if a < b else (b, a)


def require_contacts(*ids: int) -> dict[int, Contact]:
    """The contacts of the ids; raises `ContactNotFound` for the first one that does not exist."""
    found = {c.id: c for c in Contact.select().where(Contact.id.in_(list(ids)))}
    for cid in ids:
        if cid not in found:
            raise ContactNotFound(cid)
    return found


# ---------------------------------------------------------------- links


def link(db: SqliteDatabase, a: int, b: int, note: str = "") -> bool:
    """Record that two contacts know each other; returns False when they were linked already
    (a note given then replaces the old one)."""
    first, second = ordered_pair(a, b)
    note = " ".join(note.split())
    with db.atomic():
        require_contacts(first, second)
        existing = ContactLink.get_or_none(
            ContactLink.contact_a == first, ContactLink.contact_b == second
        )
        if existing is not None:
            if note and note != existing.note:
                existing.note = note
                existing.save()
            return False
        ContactLink.create(contact_a=first, contact_b=second, note=note, created_at=now())
        return True


def unlink(db: SqliteDatabase, a: int, b: int) -> bool:
    """Remove the link between two contacts; returns whether there was one."""
    first, second = ordered_pair(a, b)
    with db.atomic():
        require_contacts(first, second)
        return bool(
            ContactLink.delete()
            .where(ContactLink.contact_a == first, ContactLink.contact_b == second)
            .execute()
        )


def are_linked(a: int, b: int) -> bool:
    first, second = ordered_pair(a, b)
    return (
        ContactLink.select()
        .where(ContactLink.contact_a == first, ContactLink.contact_b == second)
        .exists()
    )


def links_of(db: SqliteDatabase, contact_id: int) -> list[Link]:
    """The contacts this one knows, by name."""
    require_contacts(contact_id)
    rows = db.execute_sql(
        "SELECT c.id, c.display_name, l.note FROM contact_link l"
        " JOIN contact c ON c.id = CASE WHEN l.contact_a_id = ? THEN l.contact_b_id"
        " ELSE l.contact_a_id END WHERE l.contact_a_id = ? OR l.contact_b_id = ?",
        [contact_id, contact_id, contact_id],
    ).fetchall()
    return sorted((Link(*r) for r in rows), key=lambda k: (sort_key(k.display_name), k.contact_id))


def adjacency(db: SqliteDatabase) -> dict[int, list[int]]:
    """Every contact's linked contacts (ascending ids), for the path search."""
    graph: dict[int, list[int]] = {}
    for a, b in db.execute_sql("SELECT contact_a_id, contact_b_id FROM contact_link"):
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    for neighbours in graph.values():
        neighbours.sort()
    return graph


# ---------------------------------------------------------------- path search (pure)


def shortest_chains(graph: Adjacency, target: int, max_hops: int) -> dict[int, list[int]]:
    """For every contact within `max_hops` links of `target`: its shortest chain to the target
    (the contact first, the target last). Ties go to the neighbour met first (lowest id)."""
    parent: dict[int, int] = {}
    depth = {target: 0}
    queue = deque([target])
    while queue:
        node = queue.popleft()
        if depth[node] >= max_hops:
            continue
        for other in graph.get(node, ()):
            if other not in depth:
                depth[other] = depth[node] + 1
                parent[other] = node
                queue.append(other)
    chains = {}
    for start in parent:
        chain = [start]
        while chain[-1] != target:
            chain.append(parent[chain[-1]])
        chains[start] = chain
    return chains


def shortest_chain(graph: Adjacency, start: int, target: int) -> list[int] | None:
    """The shortest chain of links from `start` to `target` (both included), or None."""
    if start == target:
        return [start]
    chains = shortest_chains(graph, target, max_hops=len(graph) + 1)
    return chains.get(start)


# ---------------------------------------------------------------- path search (database)


def _members(ids: Iterable[int]) -> dict[int, ChainMember]:
    wanted = list(set(ids))
    members = {}
    for chunk in batches(wanted):
        for cid, name, tier in cast(
            "Iterable[tuple[int, str, str | None]]",
            Contact.select(Contact.id, Contact.display_name, Contact.tier)
            .where(Contact.id.in_(chunk))
            .tuples(),
        ):
            members[cid] = ChainMember(cid, name, tier)
    return members


def _tier_rank(tier: str | None) -> str:
    return tier or "Z"


def path_to(
    db: SqliteDatabase,
    target: int,
    max_hops: int = DEFAULT_MAX_HOPS,
    start: int | None = None,
) -> list[Chain]:
    """Whom do I know who knows `target`: every non-archived contact within `max_hops` links,
    with its shortest chain, the shortest first, then the best known (tier A first) and by name.

    With `start`, only the shortest chain from that contact (empty when there is none).
    """
    if max_hops < 1:
        raise InvalidInput("the path needs at least one link")
    require_contacts(target, *([start] if start is not None else []))
    graph = adjacency(db)
    if start is not None:
        found = shortest_chain(graph, start, target)
        chains = {start: found} if found and start != target else {}
    else:
        chains = shortest_chains(graph, target, max_hops)
    members = _members(i for chain in chains.values() for i in chain)
    archived = {
        cid
        for (cid,) in db.execute_sql(
            "SELECT id FROM contact WHERE archived = 1 AND id IN (SELECT value FROM json_each(?))",
            ["[" + ",".join(map(str, chains)) + "]"],
        )
    }
    result = [
        Chain(tuple(members[i] for i in chain))
        for begin, chain in chains.items()
        if begin not in archived or begin == start
    ]
    result.sort(
        key=lambda c: (
            c.hops,
            _tier_rank(c.start.tier),
            sort_key(c.start.display_name),
            c.start.contact_id,
        )
    )
    return result
