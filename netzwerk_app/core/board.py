"""The tier board's logic: cards per column, care state buckets, sorting, moves and their undo.

Qt-free and word-free: it returns codes and data; the board page in ``ui/board.py`` turns them
into translated words and paints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock, contacts
from netzwerk_app.core.history import set_tier
from netzwerk_app.core.models import TierChange
from netzwerk_app.core.records import TIERS, InvalidInput
from netzwerk_app.core.sort_keys import name_key

# Column keys of the board, left to right; None is the Unsorted column.
COLUMNS: tuple[str | None, ...] = (None, *TIERS)

# Care states, from relaxed to urgent. "none": nothing will ever be due (unsorted, or a
# birthday-anchored tier without a known birthday).
STATES: tuple[str, ...] = ("none", "fine", "due_soon", "due", "overdue")
DUE_SOON_DAYS = 14

SORT_ORDERS: tuple[str, ...] = ("due", "name")


@dataclass(frozen=True)
class BoardCard:
    """One card on the board: who, and how the plant is doing."""

    id: int
    name: str
    organization: str
    title: str
    tier: str | None
    has_photo: bool
    next_due: dt.date | None
    state: str
    # Days until due (negative: days overdue); None when nothing is due.
    days_left: int | None
    # Filed into a birthday-anchored tier without a known birthday: never due by its cadence.
    needs_birthday: bool = False

    @property
    def overdue_days(self) -> int:
        return -self.days_left if self.days_left is not None and self.days_left < 0 else 0

    @property
    def subtitle(self) -> str:
        """Organization and title on one line ("Acme AG · Head of Sales")."""
        return " · ".join(p for p in (self.organization.strip(), self.title.strip()) if p)


def care_state(next_due: dt.date | None, today: dt.date, soon_days: int = DUE_SOON_DAYS) -> str:
    """The care state bucket of a contact whose next touchpoint is due on `next_due`."""
    if next_due is None:
        return "none"
    days = (next_due - today).days
    if days < 0:
        return "overdue"
    if days == 0:
        return "due"
    if days <= soon_days:
        return "due_soon"
    return "fine"


def card_from_row(
    row: contacts.ContactRow, today: dt.date, birthday_tiers: frozenset[str] = frozenset()
) -> BoardCard:
    # Unsorted contacts have no cadence: a planned touchpoint still gives them a date,
    # but the board shows them as "none" only when there is truly nothing due.
    days_left = (row.next_due - today).days if row.next_due is not None else None
    return BoardCard(
        id=row.id,
        name=row.display_name,
        organization=row.organization or "",
        title=row.title or "",
        tier=row.tier,
        has_photo=row.has_photo,
        next_due=row.next_due,
        state=care_state(row.next_due, today),
        days_left=days_left,
        needs_birthday=row.tier in birthday_tiers and row.birthday is None,
    )


def sort_cards(cards: list[BoardCard], order: str = "due") -> list[BoardCard]:
    """Sort a column: "due" = most overdue first (nothing due last), "name" = alphabetical."""
    if order not in SORT_ORDERS:
        raise InvalidInput(f"unknown sort order {order!r}")
    if order == "name":
        return sorted(cards, key=lambda c: (name_key(c.name), c.id))
    far = dt.date.max
    return sorted(cards, key=lambda c: (c.next_due or far, name_key(c.name), c.id))


def board_columns(
    db: SqliteDatabase,
    search: str | None = None,
    tag: str | None = None,
    order: str = "due",
    today: dt.date | None = None,
) -> dict[str | None, list[BoardCard]]:
    """The board's cards per column (None = Unsorted), filtered and sorted; archived left out."""
    today = today or clock.today()
    columns: dict[str | None, list[BoardCard]] = {key: [] for key in COLUMNS}
    anchored = birthday_tiers(db)
    for row in contacts.list_contacts(db, search=search, tag=tag or None, today=today):
        columns.setdefault(row.tier, []).append(card_from_row(row, today, anchored))
    return {key: sort_cards(cards, order) for key, cards in columns.items()}


def unsorted_queue(db: SqliteDatabase) -> list[int]:
    """Ids of the unsorted, non-archived contacts in name order: the triage queue."""
    return [r.id for r in contacts.list_contacts(db, tier=None)]


def birthday_tiers(db: SqliteDatabase) -> frozenset[str]:
    """The tiers whose care is anchored on the birthday (D by default)."""
    return frozenset(t for t, s in care.tier_settings(db).items() if s.anchor == "birthday")


def never_due_in(db: SqliteDatabase, ids: Sequence[int], tier: str | None) -> list[int]:
    """Those of `ids` that `tier` would never make due: a birthday tier, and no birthday known.

    The board and the triage say so when such contacts are filed (a planned touchpoint is still
    due on its day; only the tier's own cadence never comes).
    """
    if tier is None or tier not in birthday_tiers(db):
        return []
    rows = contacts.contact_rows(db, ids)
    return [cid for cid in ids if cid in rows and rows[cid].birthday is None]


@dataclass(frozen=True)
class TierMove:
    """One move of contacts into a tier, as the board offers to undo it.

    `previous` holds each moved contact's former tier; `last_change` is the newest tier-history
    row once the move was written: while it is still the newest, this move is the latest one.
    """

    tier: str | None
    previous: tuple[tuple[int, str | None], ...]
    last_change: int


def latest_tier_change(db: SqliteDatabase) -> int:
    """The id of the newest tier-history row (0 when there is none): any move anywhere bumps it."""
    newest = TierChange.select(TierChange.id).order_by(TierChange.id.desc()).limit(1).scalar()
    return int(newest or 0)


def move_to_tier(
    db: SqliteDatabase, ids: Sequence[int], tier: str | None, reason: str = ""
) -> TierMove:
    """File contacts into `tier` (history written by the core) and describe the move for undo."""
    ids = list(dict.fromkeys(ids))
    rows = contacts.contact_rows(db, ids)
    set_tier(db, ids, tier, reason)
    previous = tuple((cid, rows[cid].tier) for cid in ids if cid in rows and rows[cid].tier != tier)
    return TierMove(tier, previous, latest_tier_change(db))


def is_latest(db: SqliteDatabase, move: TierMove | None) -> bool:
    """Whether `move` is still the latest tier change (nothing moved anyone since)."""
    return move is not None and bool(move.previous) and latest_tier_change(db) == move.last_change


def undo_move(db: SqliteDatabase, move: TierMove, reason: str = "undo") -> int:
    """Put the contacts of `move` back, but only while it is the latest move; returns how many.

    A move that is no longer the latest is not undone: that would undo an older change over a
    newer one.
    """
    if not is_latest(db, move):
        return 0
    current = contacts.contact_rows(db, [cid for cid, _ in move.previous])
    by_tier: dict[str | None, list[int]] = {}
    for cid, tier in move.previous:
        if cid in current and current[cid].tier == move.tier:
            by_tier.setdefault(tier, []).append(cid)
    return sum(set_tier(db, ids, tier, reason) for tier, ids in by_tier.items())
