"""Tier review: which filed contacts should have their tier re-checked, why, and the actions.

The reasons are pure functions of a contact's facts (like ``due``), tested on their own:

- ``not_reviewed``: not reviewed for `months` months (default 12); a contact never reviewed
  counts from the day it was filed into its tier (or created).
- ``career_changed``: an organization or title was replaced (card or re-import) since the last
  review; the change raised a review flag.
- ``neglected``: more than two cadences of the tier without a touchpoint (counted from the last
  touchpoint, the day it was filed or the last review, whichever is latest): suggests the next
  lower tier (for the lowest: archiving).
- ``frequent``: at least `FREQUENT_TOUCHPOINTS` touchpoints within the tier's last cadence and
  after the last review: suggests the next higher tier.

Only filed, non-archived contacts are reviewed (unsorted ones belong to triage). Each action
(keep, move, archive) marks the contact reviewed today and clears its review flags.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock, due
from netzwerk_app.core.collation import sort_key
from netzwerk_app.core.contact_writes import archive_contacts
from netzwerk_app.core.history import CAREER_CHANGED, positions_of, set_tier, tier_history
from netzwerk_app.core.models import Contact, Position, ReviewFlag, TierChange, Touchpoint
from netzwerk_app.core.records import TIERS, ContactNotFound, InvalidInput, validate_tier

DEFAULT_REVIEW_MONTHS = 12
FREQUENT_TOUCHPOINTS = 3
NOT_REVIEWED, NEGLECTED, FREQUENT = "not_reviewed", "neglected", "frequent"
# The order reasons are listed and the queue sorted in: the most telling first.
REASON_ORDER = (CAREER_CHANGED, NEGLECTED, FREQUENT, NOT_REVIEWED)
REASON_MOVE = "review"


@dataclass(frozen=True)
class ReviewFacts:
    """What the review rules need to know of one filed contact."""

    contact_id: int
    display_name: str
    tier: str
    created_on: dt.date
    tier_since: dt.date | None = None
    last_reviewed: dt.date | None = None
    last_done: dt.date | None = None
    career_changed_on: dt.date | None = None
    touchpoint_dates: tuple[dt.date, ...] = ()  # done touchpoints after the last review


@dataclass(frozen=True)
class ReviewReason:
    code: str  # not_reviewed, career_changed, neglected, frequent
    text: str  # one English sentence with the evidence
    suggested_tier: str | None = None  # for neglected / frequent: the tier to consider


@dataclass(frozen=True)
class ReviewItem:
    contact_id: int
    display_name: str
    tier: str
    reasons: tuple[ReviewReason, ...]
    last_reviewed: dt.date | None = None
    last_touchpoint: dt.date | None = None

    @property
    def suggested_tier(self) -> str | None:
        """The tier a reason suggests (lower when neglected, higher when frequent), if any."""
        for reason in self.reasons:
            if reason.suggested_tier is not None:
                return reason.suggested_tier
        return None

    def as_dict(self) -> dict:
        """JSON-ready (the keys are the `netzwerk review --json` contract)."""
        return {
            "contact_id": self.contact_id,
            "display_name": self.display_name,
            "tier": self.tier,
            "reasons": [r.code for r in self.reasons],
            "details": [r.text for r in self.reasons],
            "suggested_tier": self.suggested_tier,
            "last_reviewed": self.last_reviewed.isoformat() if self.last_reviewed else None,
            "last_touchpoint": self.last_touchpoint.isoformat() if self.last_touchpoint else None,
        }


# ---------------------------------------------------------------- the rules (pure)


def lower_tier(tier: str) -> str | None:
    """The next lower tier (A -> B … C -> D); None below the lowest."""
    index = TIERS.index(tier)
    return TIERS[index + 1] if index + 1 < len(TIERS) else None


def higher_tier(tier: str) -> str | None:
    """The next higher tier (D -> C … B -> A); None above the highest."""
    index = TIERS.index(tier)
    return TIERS[index - 1] if index > 0 else None


def _cadence_text(cadence: due.Cadence) -> str:
    unit = cadence.unit[:-1] if cadence.count == 1 else cadence.unit
    return f"{cadence.count} {unit}"


def review_reasons(
    facts: ReviewFacts,
    rule: due.TierRule | None,
    today: dt.date,
    months: int = DEFAULT_REVIEW_MONTHS,
) -> list[ReviewReason]:
    """Why this contact's tier should be re-checked today (empty: it need not be)."""
    reasons: list[ReviewReason] = []
    if facts.career_changed_on is not None and (
        facts.last_reviewed is None or facts.last_reviewed <= facts.career_changed_on
    ):
        reasons.append(ReviewReason(CAREER_CHANGED, f"career changed on {facts.career_changed_on}"))
    if rule is not None:
        cadence = rule.cadence
        known = [d for d in (facts.last_done, facts.tier_since, facts.last_reviewed) if d]
        if known:
            start = max(known)
            if cadence.add_to(start, 2) < today:
                lower = lower_tier(facts.tier)
                since = (
                    f"no touchpoint since {facts.last_done}"
                    if facts.last_done
                    else "never a touchpoint"
                )
                advice = f"consider tier {lower}" if lower else "consider archiving"
                reasons.append(
                    ReviewReason(
                        NEGLECTED,
                        f"{since}: more than two cadences of tier {facts.tier} "
                        f"(every {_cadence_text(cadence)}); {advice}",
                        lower,
                    )
                )
        higher = higher_tier(facts.tier)
        if higher is not None:
            window_start = cadence.add_to(today, -1)
            recent = [
                d
                for d in facts.touchpoint_dates
                if window_start < d <= today
                and (facts.last_reviewed is None or d > facts.last_reviewed)
            ]
            if len(recent) >= FREQUENT_TOUCHPOINTS:
                reasons.append(
                    ReviewReason(
                        FREQUENT,
                        f"{len(recent)} touchpoints in the last {_cadence_text(cadence)}: "
                        f"more than tier {facts.tier} asks for; consider tier {higher}",
                        higher,
                    )
                )
    baseline = facts.last_reviewed or facts.tier_since or facts.created_on
    if due.Cadence(months, "months").add_to(baseline) <= today:
        text = (
            f"not reviewed since {facts.last_reviewed}"
            if facts.last_reviewed
            else f"never reviewed (filed {baseline})"
        )
        reasons.append(ReviewReason(NOT_REVIEWED, text))
    return reasons


def review_queue_of(
    facts: Iterable[ReviewFacts],
    rules: dict[str, due.TierRule],
    today: dt.date,
    months: int = DEFAULT_REVIEW_MONTHS,
) -> list[ReviewItem]:
    """The contacts to review, the most telling reason first, then by name."""
    items = []
    for f in facts:
        reasons = review_reasons(f, rules.get(f.tier), today, months)
        if reasons:
            items.append(
                ReviewItem(
                    f.contact_id, f.display_name, f.tier, tuple(reasons), f.last_reviewed,
                    f.last_done,
                )
            )  # fmt: skip
    items.sort(
        key=lambda i: (
            min(REASON_ORDER.index(r.code) for r in i.reasons),
            -len(i.reasons),
            sort_key(i.display_name),
            i.contact_id,
        )
    )
    return items


# ---------------------------------------------------------------- queries


@lru_cache(maxsize=65536)
def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _date(value: object) -> dt.date | None:
    """A stored date or timestamp (text, as SQLite returns it) as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _day(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _day(str(value))


def review_facts(db: SqliteDatabase, ids: Sequence[int] | None = None) -> list[ReviewFacts]:
    """The facts of every filed, non-archived contact (or of the given ones)."""
    sql = (
        "SELECT id, display_name, tier, created_at, tier_since, last_reviewed FROM contact"
        " WHERE tier IS NOT NULL AND archived = 0"
    )
    params: list = []
    if ids is not None:
        sql += " AND id IN (SELECT value FROM json_each(?))"
        params.append("[" + ",".join(str(int(i)) for i in ids) + "]")
    rows = db.execute_sql(sql, params).fetchall()
    wanted = {r[0] for r in rows}
    last_done: dict[int, dt.date] = {}
    for cid, last in db.execute_sql(  # each contact's last done touchpoint, kept by triggers
        "SELECT contact_id, date FROM contact_last_done"
    ):
        if cid in wanted:
            last_done[cid] = _date(last)  # type: ignore[assignment]
    # A flag counts while the career change it reports is still in the history (an undone
    # import takes the change back).
    changed: dict[int, dt.date] = {}
    for cid, raised in db.execute_sql(
        "SELECT f.contact_id, f.raised_on FROM review_flag f WHERE f.reason = ? AND EXISTS"
        " (SELECT 1 FROM position p WHERE p.contact_id = f.contact_id"
        " AND p.ended_on IS NOT NULL AND p.ended_on >= f.raised_on)",
        [CAREER_CHANGED],
    ):
        if cid in wanted:
            changed[cid] = _date(raised)  # type: ignore[assignment]
    recent: dict[int, list[dt.date]] = {}
    for cid, day in db.execute_sql(
        "SELECT t.contact_id, t.date FROM touchpoint t JOIN contact c ON c.id = t.contact_id"
        " WHERE t.status = 'done' AND c.tier IS NOT NULL AND c.archived = 0"
        " AND (c.last_reviewed IS NULL OR t.date > c.last_reviewed)"
    ):
        if cid in wanted:
            recent.setdefault(cid, []).append(_date(day))  # type: ignore[arg-type]
    return [
        ReviewFacts(
            contact_id=cid,
            display_name=name,
            tier=tier,
            created_on=_date(created) or dt.date.min,
            tier_since=_date(since),
            last_reviewed=_date(reviewed),
            last_done=last_done.get(cid),
            career_changed_on=changed.get(cid),
            touchpoint_dates=tuple(sorted(recent.get(cid, ()))),
        )
        for cid, name, tier, created, since, reviewed in rows
    ]


def review_queue(
    db: SqliteDatabase, months: int = DEFAULT_REVIEW_MONTHS, today: dt.date | None = None
) -> list[ReviewItem]:
    """The contacts whose tier should be re-checked today, with the reasons."""
    if months < 1:
        raise InvalidInput("the review interval must be at least one month")
    today = today or clock.today()
    return review_queue_of(review_facts(db), care.tier_rules(db), today, months)


@dataclass
class ReviewEvidence:
    """What the user looks at to decide: recent touchpoints, career and tier history."""

    contact_id: int
    touchpoints: list[Touchpoint] = field(default_factory=list)  # done, newest first
    positions: list[Position] = field(default_factory=list)  # newest first
    tier_changes: list[TierChange] = field(default_factory=list)  # newest first


def review_evidence(db: SqliteDatabase, contact_id: int, touchpoints: int = 5) -> ReviewEvidence:
    """The evidence for reviewing one contact."""
    _contact(contact_id)
    done = [t for t in care.touchpoints_of(contact_id) if t.status == "done"]
    return ReviewEvidence(
        contact_id,
        done[:touchpoints],
        positions_of(contact_id),
        tier_history(contact_id),
    )


# ---------------------------------------------------------------- actions


def _contact(contact_id: int) -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ContactNotFound(contact_id)
    return contact


def _mark_reviewed(contact_id: int, today: dt.date) -> None:
    Contact.update(last_reviewed=today).where(Contact.id == contact_id).execute()
    ReviewFlag.delete().where(ReviewFlag.contact == contact_id).execute()


def keep_tier(db: SqliteDatabase, contact_id: int, today: dt.date | None = None) -> None:
    """The tier is right: mark the contact reviewed today (its review flags are cleared)."""
    today = today or clock.today()
    with db.atomic():
        _contact(contact_id)
        _mark_reviewed(contact_id, today)


def move_to_tier(
    db: SqliteDatabase,
    contact_id: int,
    tier: str | None,
    reason: str = "",
    today: dt.date | None = None,
) -> bool:
    """Move the contact to another tier (written to the tier history with the reason) and mark
    it reviewed; returns whether the tier changed (the same tier counts as keeping it)."""
    today = today or clock.today()
    tier = validate_tier(tier)
    with db.atomic():
        _contact(contact_id)
        changed = set_tier(db, [contact_id], tier, reason or REASON_MOVE, today=today)
        _mark_reviewed(contact_id, today)
    return bool(changed)


def archive_after_review(db: SqliteDatabase, contact_id: int, today: dt.date | None = None) -> None:
    """Archive the contact (out of lists, agenda and review) and mark it reviewed."""
    today = today or clock.today()
    with db.atomic():
        archive_contacts(db, [contact_id])
        _mark_reviewed(contact_id, today)
