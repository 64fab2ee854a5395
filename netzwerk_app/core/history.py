"""Tier and career history: filing contacts into tiers (each change written to the tier
history) and the organizations and titles they held (the career history)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.batches import IN_JSON, RAISE_REVISION
from netzwerk_app.core.bulk import checked_ids
from netzwerk_app.core.models import Contact, Position, ReviewFlag, TierChange, now
from netzwerk_app.core.records import validate_tier

REASON_NEW_CONTACT = "new contact"  # tier history reason when a contact is created with a tier
REASON_IMPORTED = "imported"  # tier history reason written by an import

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
    stamp = now()
    with db.atomic():
        _wanted, in_json = checked_ids(db, ids)
        # set-based over the JSON array of ids: the history rows in the order the ids came,
        # then the contacts they moved (one statement each, however many ids)
        moved = db.execute_sql(
            f"INSERT INTO {TierChange._meta.table_name} ({TierChange.contact.column_name},"
            " from_tier, to_tier, changed_at, reason)"
            " SELECT c.id, c.tier, ?, ?, ? FROM json_each(?) AS j JOIN contact AS c"
            " ON c.id = j.value WHERE c.tier IS NOT ? ORDER BY j.key",
            (tier, stamp, reason, in_json, tier),
        ).rowcount
        if moved:
            db.execute_sql(
                "UPDATE contact SET tier = ?, tier_since = ?, last_reviewed = ?, updated_at = ?,"
                f" {RAISE_REVISION} WHERE id {IN_JSON} AND tier IS NOT ?",
                (tier, today if tier else None, today, stamp, in_json, tier),
            )
    return moved


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
