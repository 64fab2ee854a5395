"""Events (a talk, an apéro) and the people met there.

Attaching a contact to an event logs a touchpoint of kind "event" in person on the event's day
(planned, when the event lies ahead). "Met at this event" is the quick entry of a new person:
it creates the contact (name, organization, a one-line note), sets where and when met, attaches
it and logs the touchpoint, in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.models import Contact, Event, EventAttendee, now
from netzwerk_app.core.records import ContactNotFound, ContactRecord, InvalidInput

EVENT_KIND = "event"
EVENT_CHANNEL = "in_person"


@dataclass(frozen=True)
class EventRow:
    id: int
    name: str
    date: dt.date
    place: str
    note: str
    attendees: int

    def as_dict(self) -> dict:
        """JSON-ready (the keys are the `netzwerk event list --json` contract)."""
        return {
            "id": self.id,
            "name": self.name,
            "date": self.date.isoformat(),
            "place": self.place,
            "note": self.note,
            "attendees": self.attendees,
        }


@dataclass(frozen=True)
class Attendee:
    contact_id: int
    display_name: str
    tier: str | None


def _event(event_id: int) -> Event:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise InvalidInput(f"no event with id {event_id}")
    return event


def _where(event: Event) -> str:
    return f"{event.name}, {event.place}" if event.place else event.name


def add_event(db: SqliteDatabase, name: str, date: dt.date, place: str = "", note: str = "") -> int:
    """Record an event; returns its id."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("an event needs a name")
    with db.atomic():
        return Event.create(
            name=name, date=date, place=" ".join(place.split()), note=note.strip(),
            created_at=now(),
        ).id  # fmt: skip


def _log(db: SqliteDatabase, event: Event, contact_id: int, today: dt.date) -> None:
    note = f"met at {_where(event)}"
    if event.date > today:
        care.plan_touchpoint(db, contact_id, event.date, EVENT_KIND, note, EVENT_CHANNEL)
    else:
        care.log_touchpoint(db, [contact_id], EVENT_KIND, event.date, EVENT_CHANNEL, note)


def attend(
    db: SqliteDatabase, event_id: int, contact_id: int, today: dt.date | None = None
) -> bool:
    """Attach an existing contact to an event and log (or, ahead, plan) the touchpoint;
    returns False (and logs nothing) when the contact was attached already."""
    today = today or clock.today()
    with db.atomic():
        event = _event(event_id)
        if Contact.get_or_none(Contact.id == contact_id) is None:
            raise ContactNotFound(contact_id)
        if EventAttendee.get_or_none(event=event_id, contact=contact_id) is not None:
            return False
        EventAttendee.create(event=event, contact=contact_id, added_at=now())
        _log(db, event, contact_id, today)
    return True


def _split_name(name: str) -> tuple[str, str]:
    """Given and family name of a typed name ("Anna Keller"; "Keller, Anna")."""
    if "," in name:
        family, _, given = name.partition(",")
        return " ".join(given.split()), " ".join(family.split())
    words = name.split()
    if len(words) < 2:
        return (words[0] if words else ""), ""
    return " ".join(words[:-1]), words[-1]


def meet_at_event(
    db: SqliteDatabase,
    event_id: int,
    name: str,
    organization: str = "",
    note: str = "",
    today: dt.date | None = None,
) -> int:
    """Quick entry of a new person met at the event; returns the new contact's id.

    The contact is created unsorted, with where and when met set to the event, and the event's
    touchpoint logged.
    """
    today = today or clock.today()
    given, family = _split_name(name)
    if not (given or family):
        raise InvalidInput("the person met needs a name")
    with db.atomic():
        event = _event(event_id)
        if event.date > today:
            raise InvalidInput(f"the event {event.name!r} lies ahead ({event.date})")
        record = ContactRecord(
            given_name=given,
            family_name=family,
            organization=" ".join(organization.split()),
            notes=" ".join(note.split()),
            met_where=_where(event),
            met_on=event.date,
        )
        contact_id = add_contact(db, record, today=today)
        EventAttendee.create(event=event, contact=contact_id, added_at=now())
        _log(db, event, contact_id, today)
    return contact_id


def detach(db: SqliteDatabase, event_id: int, contact_id: int) -> bool:
    """Remove a contact from an event's attendees (its touchpoint stays); returns whether it
    was attached."""
    with db.atomic():
        _event(event_id)
        return bool(
            EventAttendee.delete()
            .where(EventAttendee.event == event_id, EventAttendee.contact == contact_id)
            .execute()
        )


def _rows(db: SqliteDatabase, where: str = "", params: list | None = None) -> list[EventRow]:
    sql = (
        "SELECT e.id, e.name, e.date, e.place, e.note, count(a.id) FROM event e"
        " LEFT JOIN event_attendee a ON a.event_id = e.id"
        f"{where} GROUP BY e.id ORDER BY e.date DESC, e.id DESC"
    )
    return [
        EventRow(i, name, dt.date.fromisoformat(str(day)[:10]), place, note, count)
        for i, name, day, place, note, count in db.execute_sql(sql, params or [])
    ]


def list_events(db: SqliteDatabase) -> list[EventRow]:
    """All events, newest first, with the number of attendees."""
    return _rows(db)


def events_of(db: SqliteDatabase, contact_id: int) -> list[EventRow]:
    """The events a contact was met at, newest first (for the contact card)."""
    if Contact.get_or_none(Contact.id == contact_id) is None:
        raise ContactNotFound(contact_id)
    return _rows(
        db,
        " WHERE e.id IN (SELECT event_id FROM event_attendee WHERE contact_id = ?)",
        [contact_id],
    )


def attendees_of(db: SqliteDatabase, event_id: int) -> list[Attendee]:
    """The contacts met at an event, by name."""
    _event(event_id)
    return [
        Attendee(*row)
        for row in db.execute_sql(
            "SELECT c.id, c.display_name, c.tier FROM event_attendee a"
            " JOIN contact c ON c.id = a.contact_id WHERE a.event_id = ?"
            " ORDER BY c.display_name COLLATE NOCASE, c.id",
            [event_id],
        )
    ]
