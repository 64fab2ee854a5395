"""Made-up sample contacts for screenshots, demos and GUI benchmarks (never real people)."""

from __future__ import annotations

import datetime as dt
import random

from peewee import SqliteDatabase

from netzwerk_app.core import care, clock, contact_writes
from netzwerk_app.core.importing import import_records
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord

GIVEN = (
    "Anna", "Luca", "Sophie", "Jonas", "Mia", "Noah", "Lea", "Elias", "Laura", "David",
    "Sarah", "Tim", "Nina", "Marco", "Julia", "Felix", "Lena", "Simon", "Eva", "Reto",
    "Claudia", "Thomas", "Sandra", "Beat", "Petra", "Urs", "Andrea", "Stefan", "Katrin", "Adrian",
)  # fmt: skip
FAMILY = (
    "Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner",
    "Fischer", "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss",
    "Graf", "Roth", "Suter", "Baumgartner", "Bachmann", "Kunz", "Lüthi", "Marti", "Hofer",
)  # fmt: skip
ORGS = (
    ("Helvetia Consulting", "Partner"), ("Alpenbank AG", "Head of Sales"),
    ("Zürcher Verkehrsbetriebe", "Project Lead"), ("ETH Zürich", "Professor"),
    ("Novartis", "Senior Scientist"), ("Migros", "Category Manager"),
    ("Start-up Lab", "Founder"), ("Kanton Bern", "Department Head"),
    ("Swisscom", "Product Owner"), ("Freelance", "UX Designer"),
    ("Roche", "Regulatory Affairs"), ("SBB", "Apprentice"),
    ("Bühler Group", "Sales Director"), ("", ""), ("Logitech", "Engineering Manager"),
)  # fmt: skip


CITIES = (
    "Zürich", "Bern", "Basel", "Luzern", "St. Gallen", "Winterthur", "Lausanne", "Genf",
    "Lugano", "Chur", "Zug", "Aarau", "Thun", "Biel", "Olten", "Schaffhausen", "Baar", "Sion",
)  # fmt: skip


def sample_records(count: int, seed: int = 7) -> list[ContactRecord]:
    """Made-up records; large sets get middle initials and branch offices so that (almost)
    every record stays a person of its own when imported."""
    rng = random.Random(seed)
    large = count > 500
    records = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        org, title = rng.choice(ORGS)
        middle = ""
        if large:
            middle = chr(ord("A") + rng.randrange(26)) + "."
            org = f"{org or 'Privat'} {rng.choice(CITIES)}"
        birthday = None
        if rng.random() < 0.7:
            birthday = Birthday(
                rng.randint(1, 12), rng.randint(1, 28),
                rng.randint(1955, 2000) if rng.random() < 0.6 else None,
            )  # fmt: skip
        mail = f"{given}.{family}{i}@example.org".lower()
        if large:  # unique, so that no two sample people merge on import
            phone = f"+41 79 {i // 10000:03d} {i // 100 % 100:02d} {i % 100:02d}"
        else:
            phone = f"+41 79 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        records.append(
            ContactRecord(
                uid=f"urn:uuid:sample-{seed}-{i}",
                given_name=given,
                additional_names=middle,
                family_name=family,
                organization=org,
                title=title,
                birthday=birthday,
                tier=rng.choice(("A", "B", "B", "C", "C", "C", "D", "D", None, None)),
                methods=[
                    ContactMethodRecord("email", mail),
                    ContactMethodRecord("phone", phone),
                ],
                tags=rng.sample(
                    ["alumni", "board", "sailing", "AI", "mentor", "client"], rng.randint(0, 2)
                ),
            )
        )
    return records


def fill(db: SqliteDatabase, count: int, seed: int = 7, today: dt.date | None = None) -> None:
    """Add `count` sample contacts with touchpoints spread over the last year."""
    today = today or clock.today()
    rng = random.Random(seed)
    records = sample_records(count, seed)
    if count > 500:
        import_records(db, records, today=today - dt.timedelta(days=200))
        return
    for record in records:
        cid = contact_writes.add_contact(
            db, record, today=today - dt.timedelta(days=rng.randint(30, 400))
        )
        for _ in range(rng.randint(0, 3)):
            day = today - dt.timedelta(days=rng.randint(1, 300))
            care.log_touchpoint(db, [cid], rng.choice(("lunch", "call", "message", "meeting")), day)
        if rng.random() < 0.15:
            care.plan_touchpoint(db, cid, today + dt.timedelta(days=rng.randint(1, 30)), "lunch")
