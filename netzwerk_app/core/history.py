"""Tier and career history: filing contacts into tiers (each change written to the tier
history) and the organizations and titles they held (the career history)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import cast

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.batches import batches
from netzwerk_app.core.contacts import existing_ids
from netzwerk_app.core.models import Contact, Position, ReviewFlag, TierChange, now
from netzwerk_app.core.records import validate_tier

REASON_NEW_CONTACT = "new contact"  # tier history reason when a contact is created with a tier

CAREER_CHANGED = "career_changed"  # the review flag a change of organization or title raises


def set_tier(
    db: SqliteDatabase,
    ids: Iterable[int],
    tier: str | None,
    reason: str = "",
    today: dt.date | None = None,
) -> int:
    """File contacts into a tier (None = unsorted), writing history; returns how many changed.

    Raises `ContactNotFound` (and changes nothing) when an id does not exist.
    """
    today = today or clock.today()
    tier = validate_tier(tier)
    with db.atomic():
        wanted = existing_ids(ids)
        current: dict[int, str | None] = {}
        for chunk in batches(wanted):
            current.update(
                cast(
                    "Iterable[tuple[int, str | None]]",
                    Contact.select(Contact.id, Contact.tier).where(Contact.id.in_(chunk)).tuples(),
                )
            )
        moving = [cid for cid in wanted if current[cid] != tier]
        stamp = now()
        # the history rows through the connection's executemany: Peewee's insert_many builds
        # its query in Python (~14,000 rows/s against ~100,000)
        db.cursor().executemany(
            f"INSERT INTO {TierChange._meta.table_name} ({TierChange.contact.column_name},"
            " from_tier, to_tier, changed_at, reason) VALUES (?, ?, ?, ?, ?)",
            [(cid, current[cid], tier, stamp, reason) for cid in moving],
        )
        for chunk in batches(moving):
            Contact.update(
                tier=tier,
                tier_since=today if tier else None,
                last_reviewed=today,
                updated_at=stamp,
            ).where(Contact.id.in_(chunk)).execute()
    return len(moving)


def tier_history(contact_id: int) -> list[TierChange]:
    """Tier changes of a contact, newest first."""
    return list(
        TierChange.select()
        .where(TierChange.contact == contact_id)
        .order_by(TierChange.changed_at.desc(), TierChange.id.desc())
    )


def positions_of(contact_id: int) -> list[Position]:
    """Career history, newest first."""
    return list(
        Position.select()
        .where(Position.contact == contact_id)
        .order_by(Position.recorded_on.desc(), Position.id.desc())
    )


def record_position_change(
    contact: Contact, organization: str, department: str, title: str, today: dt.date
) -> None:
    """Close the current position (keeping it in the history), open the new one, and flag the
    contact for a tier review (a career change)."""
    current = (
        Position.select()
        .where(Position.contact == contact.id, Position.ended_on.is_null())
        .order_by(Position.recorded_on.desc(), Position.id.desc())
        .first()
    )
    if current is None and (contact.organization or contact.title):
        current = Position.create(
            contact=contact, organization=contact.organization, department=contact.department,
            title=contact.title, recorded_on=contact.created_at.date(),
        )  # fmt: skip
    if current is not None:
        current.ended_on = today
        current.save()
    if organization or title:
        Position.create(
            contact=contact, organization=organization, department=department, title=title,
            recorded_on=today,
        )  # fmt: skip
    ReviewFlag.insert(
        contact=contact.id, reason=CAREER_CHANGED, raised_on=today
    ).on_conflict_replace().execute()
