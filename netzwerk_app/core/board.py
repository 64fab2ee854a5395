"""The tier board's logic: cards per column, care state buckets, sorting, cadence in words.

Qt-free: the board page in ``ui/board.py`` only paints what these functions return.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import SqliteDatabase

from netzwerk_app.core import clock, contacts
from netzwerk_app.core.collation import sort_key
from netzwerk_app.core.records import TIERS, InvalidInput

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


def card_from_row(row: contacts.ContactRow, today: dt.date) -> BoardCard:
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
    )


def sort_cards(cards: list[BoardCard], order: str = "due") -> list[BoardCard]:
    """Sort a column: "due" = most overdue first (nothing due last), "name" = alphabetical."""
    if order not in SORT_ORDERS:
        raise InvalidInput(f"unknown sort order {order!r}")
    if order == "name":
        return sorted(cards, key=lambda c: (sort_key(c.name), c.id))
    far = dt.date.max
    return sorted(cards, key=lambda c: (c.next_due or far, sort_key(c.name), c.id))


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
    for row in contacts.list_contacts(db, search=search, tag=tag or None, today=today):
        columns.setdefault(row.tier, []).append(card_from_row(row, today))
    return {key: sort_cards(cards, order) for key, cards in columns.items()}


def unsorted_queue(db: SqliteDatabase) -> list[int]:
    """Ids of the unsorted, non-archived contacts in name order: the triage queue."""
    return [r.id for r in contacts.list_contacts(db, tier=None)]


_UNITS_EN = {"days": ("day", "days"), "weeks": ("week", "weeks"),
             "months": ("month", "months"), "years": ("year", "years")}  # fmt: skip
# German: (singular with "jeden/jede/jedes", plural with "alle")
_UNITS_DE = {"days": ("jeden Tag", "Tage"), "weeks": ("jede Woche", "Wochen"),
             "months": ("jeden Monat", "Monate"), "years": ("jedes Jahr", "Jahre")}  # fmt: skip


def cadence_in_words(
    count: int, unit: str, anchor: str = "touchpoint", language: str = "en"
) -> str:
    """A tier's rhythm for people: "every 2 months", "alle 2 Monate", "on the birthday"."""
    german = language.lower().startswith("de")
    if anchor == "birthday":
        return "zum Geburtstag" if german else "on the birthday"
    if unit not in _UNITS_EN:
        raise InvalidInput(f"unknown cadence unit {unit!r}")
    if german:
        single, plural = _UNITS_DE[unit]
        return single if count == 1 else f"alle {count} {plural}"
    single, plural = _UNITS_EN[unit]
    return f"every {single}" if count == 1 else f"every {count} {plural}"
