"""iCalendar export of the care agenda: one all-day event per due item, with stable UIDs.

A UID names *what* is due, not *when*: the cadence item of a contact keeps its UID while
its date moves, so that re-importing an export updates the event in the user's calendar
app instead of adding a second one. Written by hand (RFC 5545: CRLF, text escaping, lines
folded at 75 octets) so the output is exact and needs no library.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock, due
from netzwerk_app.core.batches import batches, marks
from netzwerk_app.core.contentline import escape_text, fold_line
from netzwerk_app.core.database import refuse_database_target
from netzwerk_app.core.due import DueItem, age_on
from netzwerk_app.core.files import write_file_atomically
from netzwerk_app.core.records import Birthday, InvalidInput

PRODID = "-//Netzwerk//Netzwerk care agenda//EN"
UID_DOMAIN = "netzwerk.local"
MAX_DAYS = 3660

_TEXTS = {
    "en": {
        "cadence": "Get in touch: {name}",
        "birthday": "Birthday: {name}",
        "birthday_age": "Birthday: {name} ({age})",
        "planned": "Planned: {name}",
        "tier": "Tier {tier}",
        "unsorted": "Unsorted",
        "overdue": "Overdue since {date} ({days} days)",
        "kind": "Usual touchpoint: {kind}",
    },
    "de": {
        "cadence": "Melden bei: {name}",
        "birthday": "Geburtstag: {name}",
        "birthday_age": "Geburtstag: {name} ({age})",
        "planned": "Geplant: {name}",
        "tier": "Stufe {tier}",
        "unsorted": "Unsortiert",
        "overdue": "Überfällig seit {date} ({days} Tage)",
        "kind": "Üblicher Kontakt: {kind}",
    },
}


def event_uid(item: DueItem, contact_uid: str) -> str:
    """The stable UID of an item: contact + what is due (+ which birthday / which plan)."""
    base = "".join(ch if ch.isalnum() or ch in "-._" else "-" for ch in contact_uid)
    if item.reason == "planned" and item.touchpoint_id is not None:
        key = f"planned-{item.touchpoint_id}"
    elif item.reason == "birthday":
        key = f"birthday-{item.original_date.year}"
    else:
        key = "cadence"
    return f"{base}-{key}@{UID_DOMAIN}"


def _fmt_date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def build_calendar(
    items: Iterable[DueItem],
    contact_uids: dict[int, str],
    today: dt.date,
    birthdays: dict[int, Birthday] | None = None,
    kinds: dict[str, str] | None = None,
    language: str = "en",
    stamp: dt.datetime | None = None,
) -> str:
    """The VCALENDAR text for the items. Overdue items are placed on `today`."""
    texts = _TEXTS["de" if language.lower().startswith("de") else "en"]
    stamp = stamp or clock.now().astimezone(dt.UTC)
    stamp_text = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    # A monotonic SEQUENCE (minutes since 2020) lets calendar apps accept each re-export
    # as the newer revision of the same event.
    sequence = max(0, int((stamp - dt.datetime(2020, 1, 1, tzinfo=dt.UTC)).total_seconds() // 60))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Netzwerk",
    ]
    seen: set[str] = set()
    for item in items:
        uid = event_uid(item, contact_uids.get(item.contact_id) or f"contact-{item.contact_id}")
        if uid in seen:
            continue
        seen.add(uid)
        day = max(item.due_date, today)
        name = item.display_name
        if item.reason == "birthday":
            age = None
            bday = (birthdays or {}).get(item.contact_id)
            if bday is not None:
                age = age_on(bday, item.original_date)
            summary = (
                texts["birthday_age"].format(name=name, age=age)
                if age
                else texts["birthday"].format(name=name)
            )
        elif item.reason == "planned":
            summary = texts["planned"].format(name=name)
        else:
            summary = texts["cadence"].format(name=name)
        details = [texts["tier"].format(tier=item.tier) if item.tier else texts["unsorted"]]
        if item.due_date < today:
            details.append(
                texts["overdue"].format(date=item.due_date.isoformat(), days=item.overdue_days)
            )
        if item.reason == "cadence" and kinds and item.tier in kinds:
            details.append(texts["kind"].format(kind=kinds[item.tier]))
        if item.note:
            details.append(item.note)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp_text}",
            f"LAST-MODIFIED:{stamp_text}",
            f"SEQUENCE:{sequence}",
            f"DTSTART;VALUE=DATE:{_fmt_date(day)}",
            f"DTEND;VALUE=DATE:{_fmt_date(due.shift(day, 1))}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(chr(10).join(details))}",
            f"CATEGORIES:{escape_text(item.reason)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line).decode("utf-8") for line in lines)


def _contact_facts(
    db: SqliteDatabase, ids: Sequence[int]
) -> tuple[dict[int, str], dict[int, Birthday]]:
    uids: dict[int, str] = {}
    birthdays: dict[int, Birthday] = {}
    for chunk in batches(ids):
        for cid, uid, bday in db.execute_sql(
            f"SELECT id, uid, birthday FROM contact WHERE id IN ({marks(chunk)})", chunk
        ):
            uids[cid] = uid
            if bday:
                with contextlib.suppress(InvalidInput):
                    birthdays[cid] = Birthday.parse(bday)
    return uids, birthdays


def agenda_ics(
    db: SqliteDatabase,
    days: int = 30,
    today: dt.date | None = None,
    language: str = "en",
    stamp: dt.datetime | None = None,
) -> tuple[str, int]:
    """The iCalendar text of the agenda from today over the next `days` days, and its count."""
    if not 0 <= days <= MAX_DAYS:
        raise InvalidInput(f"the number of days must be between 0 and {MAX_DAYS}")
    today = today or clock.today()
    items = care.due_agenda(db, today, due.shift(today, days), today)
    uids, birthdays = _contact_facts(db, sorted({i.contact_id for i in items}))
    kinds = {t: s.default_kind for t, s in care.tier_settings(db).items()}
    text = build_calendar(items, uids, today, birthdays, kinds, language, stamp)
    return text, text.count("BEGIN:VEVENT")


def export_ics(
    db: SqliteDatabase,
    path: str | Path,
    days: int = 30,
    today: dt.date | None = None,
    language: str = "en",
) -> int:
    """Write the agenda of the next `days` days to an .ics file; returns the number of events."""
    refuse_database_target(db, path)
    text, count = agenda_ics(db, days, today, language)
    write_file_atomically(path, text.encode("utf-8"))
    return count
