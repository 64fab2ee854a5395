"""Introductions: the user introduces two contacts, and Netzwerk suggests whom to introduce.

An introduction has a date, a note, a status (planned, made, followed_up) and an outcome. Making
one (at once or later) logs a touchpoint of kind "introduction" with both contacts and links
them (they know each other now).

Suggestions are pairs not yet linked, introduced or dismissed, that share interests (tags and the
words of "interests") or where one offers what the other looks for (the words of one's "they
offer" in the other's "I can offer": what the user can offer someone is what that person needs).
Words are compared normalised (case, accents, a plural "s", short and common words left out);
terms held by more than `COMMON_TERM_LIMIT` contacts say nothing and are skipped. The matching is
pure (`suggest_pairs`), tested on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock, network
from netzwerk_app.core.collation import sort_key
from netzwerk_app.core.models import Contact, DismissedIntroduction, Introduction, now
from netzwerk_app.core.records import InvalidInput, validate_choice
from netzwerk_app.core.search import STOPWORDS

INTRODUCTION_STATUSES = ("planned", "made", "followed_up")
OFFER_WEIGHT = 3  # a matched offer counts more than a shared interest
INTEREST_WEIGHT = 1
COMMON_TERM_LIMIT = 50
DEFAULT_SUGGESTIONS = 50
_MIN_WORD = 3
_WORD = re.compile(r"\w+", re.UNICODE)
_STOPWORDS = STOPWORDS | {sort_key(w) for w in STOPWORDS}  # also without accents ("fur")


def normalised_words(text: str) -> frozenset[str]:
    """The telling words of a text: folded, lower case, without a plural "s", no stopwords."""
    words = set()
    for word in _WORD.findall(sort_key(text)):
        if len(word) < _MIN_WORD or word in _STOPWORDS or word.isdigit():
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return frozenset(words)


@dataclass(frozen=True)
class Profile:
    """What the suggestions compare of one contact (normalised terms)."""

    contact_id: int
    display_name: str
    interests: frozenset[str] = frozenset()  # tags (whole, folded) and words of "interests"
    offers: frozenset[str] = frozenset()  # words of "they offer"
    needs: frozenset[str] = frozenset()  # words of "I can offer" (what they look for)


@dataclass(frozen=True)
class Suggestion:
    """Two contacts worth introducing, with why (a.contact_id < b.contact_id)."""

    a: Profile
    b: Profile
    score: int
    shared_interests: tuple[str, ...] = ()
    a_offers_b: tuple[str, ...] = ()  # what a offers that b looks for
    b_offers_a: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        parts = []
        if self.a_offers_b:
            parts.append(
                f"{self.a.display_name} offers what {self.b.display_name} looks for: "
                + ", ".join(self.a_offers_b)
            )
        if self.b_offers_a:
            parts.append(
                f"{self.b.display_name} offers what {self.a.display_name} looks for: "
                + ", ".join(self.b_offers_a)
            )
        if self.shared_interests:
            parts.append("shared interests: " + ", ".join(self.shared_interests))
        return "; ".join(parts)

    def as_dict(self) -> dict:
        """JSON-ready (the keys are the `netzwerk suggest-introductions --json` contract)."""
        return {
            "ids": [self.a.contact_id, self.b.contact_id],
            "a": {"id": self.a.contact_id, "display_name": self.a.display_name},
            "b": {"id": self.b.contact_id, "display_name": self.b.display_name},
            "score": self.score,
            "reason": self.reason,
            "shared_interests": list(self.shared_interests),
            "a_offers_b": list(self.a_offers_b),
            "b_offers_a": list(self.b_offers_a),
        }


# ---------------------------------------------------------------- suggestions (pure)


def _index(profiles: Iterable[Profile], attr: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for p in profiles:
        for term in getattr(p, attr):
            index.setdefault(term, []).append(p.contact_id)
    return index


def suggest_pairs(
    profiles: Iterable[Profile],
    excluded: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
    limit: int = DEFAULT_SUGGESTIONS,
    common_limit: int = COMMON_TERM_LIMIT,
) -> list[Suggestion]:
    """The best pairs to introduce, highest score first (then by names).

    `excluded` holds (smaller id, larger id) pairs never to suggest: linked, introduced or
    dismissed ones.
    """
    by_id = {p.contact_id: p for p in profiles}
    found: dict[tuple[int, int], dict[str, set[str]]] = {}

    def note(a: int, b: int, kind: str, term: str) -> None:
        if a == b:
            return
        pair = (a, b) if a < b else (b, a)
        if pair in excluded:
            return
        if kind == "offer" and a > b:
            kind = "offer_back"  # the larger id offers to the smaller one
        found.setdefault(pair, {"shared": set(), "offer": set(), "offer_back": set()})[kind].add(
            term
        )

    for term, ids in _index(by_id.values(), "interests").items():
        if 2 <= len(ids) <= common_limit:
            for a, b in combinations(ids, 2):
                note(a, b, "shared", term)
    needs = _index(by_id.values(), "needs")
    for term, offerers in _index(by_id.values(), "offers").items():
        seekers = needs.get(term, [])
        if not seekers or len(offerers) > common_limit or len(seekers) > common_limit:
            continue
        for a in offerers:
            for b in seekers:
                note(a, b, "offer", term)
    suggestions = []
    for (a, b), terms in found.items():
        score = OFFER_WEIGHT * (len(terms["offer"]) + len(terms["offer_back"]))
        score += INTEREST_WEIGHT * len(terms["shared"])
        suggestions.append(
            Suggestion(
                by_id[a], by_id[b], score, tuple(sorted(terms["shared"])),
                tuple(sorted(terms["offer"])), tuple(sorted(terms["offer_back"])),
            )
        )  # fmt: skip
    suggestions.sort(
        key=lambda s: (
            -s.score,
            sort_key(s.a.display_name),
            sort_key(s.b.display_name),
            s.a.contact_id,
            s.b.contact_id,
        )
    )
    return suggestions[:limit] if limit else suggestions


# ---------------------------------------------------------------- suggestions (database)


def profiles(db: SqliteDatabase) -> list[Profile]:
    """The suggestion profiles of all non-archived contacts that have something to compare."""
    tags: dict[int, set[str]] = {}
    for cid, name in db.execute_sql(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    ):
        folded = " ".join(sort_key(name).split())
        if folded:
            tags.setdefault(cid, set()).add(folded)
    result = []
    for cid, name, interests, they_offer, i_offer in db.execute_sql(
        "SELECT id, display_name, interests, they_offer, i_offer FROM contact WHERE archived = 0"
    ):
        profile = Profile(
            cid,
            name,
            frozenset(tags.get(cid, set()) | normalised_words(interests)),
            normalised_words(they_offer),
            normalised_words(i_offer),
        )
        if profile.interests or profile.offers or profile.needs:
            result.append(profile)
    return result


def _excluded_pairs(db: SqliteDatabase) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for sql in (
        "SELECT contact_a_id, contact_b_id FROM contact_link",
        "SELECT contact_a_id, contact_b_id FROM dismissed_introduction",
        "SELECT contact_a_id, contact_b_id FROM introduction",
    ):
        for a, b in db.execute_sql(sql):
            pairs.add((a, b) if a < b else (b, a))
    return pairs


def suggest_introductions(db: SqliteDatabase, limit: int = DEFAULT_SUGGESTIONS) -> list[Suggestion]:
    """Ranked introductions worth making, each with its reason."""
    if limit < 0:
        raise InvalidInput("the number of suggestions must not be negative")
    return suggest_pairs(profiles(db), _excluded_pairs(db), limit)


def dismiss_suggestion(db: SqliteDatabase, a: int, b: int) -> None:
    """Never suggest introducing these two again."""
    first, second = network.ordered_pair(a, b)
    with db.atomic():
        network.require_contacts(first, second)
        DismissedIntroduction.insert(
            contact_a=first, contact_b=second, dismissed_at=now()
        ).on_conflict_ignore().execute()


# ---------------------------------------------------------------- introductions


@dataclass
class IntroductionRow:
    id: int
    contact_a: int
    name_a: str
    contact_b: int
    name_b: str
    date: dt.date
    status: str
    note: str = ""
    outcome: str = ""
    made_on: dt.date | None = None
    touchpoint_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "a": {"id": self.contact_a, "display_name": self.name_a},
            "b": {"id": self.contact_b, "display_name": self.name_b},
            "date": self.date.isoformat(),
            "status": self.status,
            "note": self.note,
            "outcome": self.outcome,
            "made_on": self.made_on.isoformat() if self.made_on else None,
        }


def _make(db: SqliteDatabase, intro: Introduction, day: dt.date) -> list[int]:
    """The introduction was made: a touchpoint with both, and the two know each other now."""
    a, b = intro.contact_a_id, intro.contact_b_id
    names = {c.id: c.display_name for c in Contact.select().where(Contact.id.in_([a, b]))}
    text = f"introduced {names[a]} to {names[b]}"
    if intro.note:
        text += f": {intro.note}"
    ids = care.log_touchpoint(db, [a, b], "introduction", day, note=text)
    if not network.are_linked(a, b):  # a note on how they know each other stays
        network.link(db, a, b, f"introduced by me on {day.isoformat()}")
    intro.made_on = day
    return ids


def _row(intro: Introduction, touchpoints: list[int] | None = None) -> IntroductionRow:
    return IntroductionRow(
        intro.id, intro.contact_a_id, intro.contact_a.display_name, intro.contact_b_id,
        intro.contact_b.display_name, intro.date, intro.status, intro.note, intro.outcome,
        intro.made_on, touchpoints or [],
    )  # fmt: skip


def introduce(
    db: SqliteDatabase,
    a: int,
    b: int,
    note: str = "",
    date: dt.date | None = None,
    status: str = "made",
    outcome: str = "",
) -> IntroductionRow:
    """Introduce contact `a` to contact `b` (by default: made today).

    Made (or followed up): logs an "introduction" touchpoint with both and links them.
    Planned: only recorded; `update_introduction` makes it later.
    """
    network.ordered_pair(a, b)
    status = validate_choice(status, INTRODUCTION_STATUSES, "introduction status")
    today = clock.today()
    date = date or today
    if status != "planned" and date > today:
        raise InvalidInput(f"an introduction made on {date} lies in the future; plan it instead")
    with db.atomic():
        network.require_contacts(a, b)
        intro = Introduction.create(
            contact_a=a, contact_b=b, date=date, note=note.strip(), status=status,
            outcome=outcome.strip(), created_at=now(),
        )  # fmt: skip
        touchpoints = _make(db, intro, date) if status != "planned" else []
        intro.save()
    return _row(intro, touchpoints)


def update_introduction(
    db: SqliteDatabase,
    introduction_id: int,
    status: str | None = None,
    outcome: str | None = None,
    note: str | None = None,
    today: dt.date | None = None,
) -> IntroductionRow:
    """Change an introduction's status, outcome or note; a planned one that becomes made (or
    followed up) is made today: touchpoints and link as in `introduce`."""
    today = today or clock.today()
    with db.atomic():
        intro = Introduction.get_or_none(Introduction.id == introduction_id)
        if intro is None:
            raise InvalidInput(f"no introduction with id {introduction_id}")
        touchpoints: list[int] = []
        if note is not None:
            intro.note = note.strip()
        if outcome is not None:
            intro.outcome = outcome.strip()
        if status is not None:
            intro.status = validate_choice(status, INTRODUCTION_STATUSES, "introduction status")
            if status != "planned" and intro.made_on is None:
                intro.date = today
                touchpoints = _make(db, intro, today)
        intro.save()
    return _row(intro, touchpoints)


def list_introductions(db: SqliteDatabase, contact_id: int | None = None) -> list[IntroductionRow]:
    """Introductions, newest first (those of one contact when given)."""
    query = Introduction.select().order_by(Introduction.date.desc(), Introduction.id.desc())
    if contact_id is not None:
        network.require_contacts(contact_id)
        query = query.where(
            (Introduction.contact_a == contact_id) | (Introduction.contact_b == contact_id)
        )
    return [_row(i) for i in query]
