"""Build tests/data/databases/schema-1.sqlite3 with the code of schema 1 (commit 57cc0e1).

Run from outside the repository, with that commit's package first on the path:
    git archive 57cc0e1 netzwerk_app | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old NETZWERK_TODAY=2026-11-26 python make_schema_1.py /tmp/out
then VACUUM /tmp/out/netzwerk.sqlite3 and copy it here. Every kind of child row is in it.
"""

import datetime as dt
import sys
from pathlib import Path

from netzwerk_app.core import care, clock, contacts, database
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.history import record_position_change, set_tier
from netzwerk_app.core.records import AddressRecord, Birthday, ContactMethodRecord, ContactRecord

assert database.SCHEMA_VERSION == 1, database.__file__
clock.set_today(dt.date(2026, 11, 26))
folder = Path(sys.argv[1])
db = database.open_database(folder)
a = add_contact(
    db,
    ContactRecord(
        given_name="Anna",
        family_name="Muster",
        organization="Alpenbank",
        title="CFO",
        tier="A",
        birthday=Birthday(3, 14, 1980),
        notes="met at the apéro",
        methods=[
            ContactMethodRecord("email", "anna@alpenbank.example", "work", True),
            ContactMethodRecord("phone", "+41791234567"),
        ],
        addresses=[
            AddressRecord(
                label="work",
                street="Bahnhofstrasse 1",
                locality="Zürich",
                postal_code="8001",
                country="CH",
            )
        ],
        tags=["board", "alumni"],
        photo=b"\xff\xd8\xff\xe0fakejpeg",
        photo_mime="image/jpeg",
        raw_properties=["X-CUSTOM:kept"],
    ),
)
b = add_contact(
    db, ContactRecord(given_name="Beat", family_name="Keller", tier="D", birthday=Birthday(11, 27))
)
care.log_touchpoint(db, [a], "lunch", date=dt.date(2026, 9, 1), channel="in_person", note="lake")
care.plan_touchpoint(db, a, dt.date(2026, 12, 3), "call", "phone")
set_tier(db, [a], "B", "moved on")
record_position_change(contacts.Contact.get_by_id(a), "Zeta AG", "", "CEO", dt.date(2026, 10, 1))
db.execute_sql("UPDATE contact SET organization='Zeta AG', title='CEO' WHERE id=?", [a])
db.execute_sql(
    "INSERT INTO snooze(contact_id, reason, due_date, until)"
    " VALUES (?, 'birthday', '2026-11-27', '2026-11-29')",
    [b],
)
db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute_sql("PRAGMA journal_mode=delete")
db.close()
