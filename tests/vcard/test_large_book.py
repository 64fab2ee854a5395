"""A generated 10,000-card address book of distinct people, through import, export, re-import."""

from __future__ import annotations

import random

import pytest

from netzwerk_app.core.database import open_database
from netzwerk_app.core.models import Position, TierChange
from netzwerk_app.vcard import export_vcards, import_vcard_files

GIVEN = ["Anna", "Beat", "Chloé", "Dragan", "Elif", "Fritz", "Günther", "Hélène", "Ivo", "Jürg",
         "Käthe", "Lars"]  # fmt: skip
FAMILY = ["Müller", "Keller", "Brunner", "Zürcher", "Oberholzer", "Nguyen", "Kovač", "Rossi",
          "Meier", "Huber", "Weiß", "Schäfer"]  # fmt: skip
ORGS = ["ACME AG", "Müller & Söhne GmbH", "Stadt Zürich", "Migros", "ETH Zürich", "Kanton Bern"]


def make_book(path, cards: int, seed: int = 9) -> None:
    """Distinct people with many namesakes (144 names): each card its own UID, email and mobile;
    colleagues share their employer's switchboard; a third have a birthday."""
    rng = random.Random(seed)
    out = []
    for i in range(cards):
        given, family, org = rng.choice(GIVEN), rng.choice(FAMILY), rng.choice(ORGS)
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"UID:person-{i}",
            f"N:{family};{given};;;",
            f"FN:{given} {family}",
            f"ORG:{org}",
            f"TEL;TYPE=CELL:+41 79 {i // 10000:03d} {i % 10000 // 100:02d} {i % 100:02d}",
            f"TEL;TYPE=WORK:044 200 00 {ORGS.index(org):02d}",
            f"EMAIL;TYPE=INTERNET:person{i}@example.ch",
        ]
        if i % 3 == 0:
            lines.append(f"BDAY:{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}")
        lines.append("END:VCARD")
        out.append("\r\n".join(lines) + "\r\n")
    path.write_bytes("".join(out).encode("utf-8"))


def count(db) -> int:
    return db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]


@pytest.mark.slow
def test_ten_thousand_distinct_people_stay_ten_thousand(tmp_path):
    book = tmp_path / "book.vcf"
    make_book(book, 10_000)
    db = open_database(tmp_path / "first")
    try:
        first = import_vcard_files(db, [book]).result
        assert len(first.created) == 10_000 and not first.merged and count(db) == 10_000
        history = (Position.select().count(), TierChange.select().count())
        again = import_vcard_files(db, [book]).result
        assert (len(again.created), len(again.updated), len(again.unchanged)) == (0, 0, 10_000)
        assert (Position.select().count(), TierChange.select().count()) == history
        assert export_vcards(db, tmp_path / "export.vcf") == 10_000
    finally:
        db.close()
    other = open_database(tmp_path / "second")
    try:
        back = import_vcard_files(other, [tmp_path / "export.vcf"]).result
        assert len(back.created) == 10_000 and count(other) == 10_000
        twice = import_vcard_files(other, [tmp_path / "export.vcf"]).result
        assert (len(twice.created), len(twice.updated)) == (0, 0)
    finally:
        other.close()
