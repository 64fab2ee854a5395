"""What an import writes for search and undo is what reading the database back would give.

An import builds the search rows and the undo digests of its new contacts from the records it
has just written, not by reading them back; here both are compared with what
`search.reindex_contacts` and `snapshots.state_digests` make of the database, on the real cards
of ``tests/data/vcards`` and on records made to reach every kind of row (tags already there in
another case, photos, tiers, careers, cards merged into a contact a batch had written).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netzwerk_app.core import import_history, import_run
from netzwerk_app.core.importing import import_records
from netzwerk_app.core.records import (
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
)
from netzwerk_app.core.search import rebuild_search_index
from netzwerk_app.core.snapshots import state_digests
from netzwerk_app.vcard import read_vcard_file

VCARDS = Path(__file__).resolve().parent.parent / "data" / "vcards"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x03" * 30


def _records_of_test_cards() -> list[ContactRecord]:
    records = []
    for path in sorted(VCARDS.glob("*.vcf")):
        records += read_vcard_file(path).records
    return records


def _made_records() -> list[ContactRecord]:
    people = []
    for i in range(30):
        people.append(
            ContactRecord(
                uid=f"m-{i}" if i % 5 else "",
                prefix="Dr." if i % 7 == 0 else "",
                given_name=f"Zoë{i}",
                family_name="Łukasiewicz" if i % 2 else "Keller",
                nickname="Zo\u200bë" if i == 3 else "",
                organization="Müller & Söhne" if i % 3 else "",
                department="Vertrieb" if i % 4 == 0 else "",
                title="CEO" if i % 6 == 0 else "",
                birthday=Birthday(1 + i % 12, 1 + i % 28, None if i % 2 else 1970 + i),
                notes="line one\nline two" if i % 2 else "",
                tier="ABCD"[i % 4] if i % 3 else None,
                met_where="Apéro" if i == 4 else "",
                they_offer="Beratung" if i == 5 else "",
                i_offer="Kontakte" if i == 5 else "",
                interests="Segeln, Jazz" if i == 6 else "",
                methods=[
                    ContactMethodRecord("email", f" z{i}@example.com ", "work", i == 2),
                    ContactMethodRecord("phone", f"079 {100 + i} 45 67", "cell"),
                    ContactMethodRecord("phone", "+1-555-411-0794" if i == 7 else "  "),
                    ContactMethodRecord("phone", "0039 06 1234 5678" if i == 8 else "TEL:1"),
                    ContactMethodRecord("url", "https://example.com" if i == 9 else ""),
                ],
                addresses=[
                    AddressRecord(label="home", street=f"Bahnhofstrasse {i}", locality="Zürich"),
                    AddressRecord(),  # empty: not written
                ],
                tags=["kunde", "VIP", "Kunde", " "] if i % 2 else ["Verein", "Arbeit"],
                raw_properties=[f"X-CUSTOM:{i}", "X-OTHER;TYPE=a:b"] if i % 3 == 0 else [],
                photo=PNG if i % 10 == 0 else None,
                photo_mime="image/png" if i == 0 else "",
            )
        )
    # a second card of Zoë1 much later: merged into a contact a batch has written already
    people.append(
        ContactRecord(
            uid="m-1",
            given_name="Zoë1",
            family_name="Łukasiewicz",
            methods=[ContactMethodRecord("phone", "+41 44 555 66 77")],
            tags=["Nachbarn"],
            photo=PNG,
        )
    )
    return people


def _reads_no_digest_of_created(monkeypatch) -> list[int]:
    """The ids whose digests the import's record reads from the database (kept in the list)."""
    asked: list[int] = []

    def reading(db, ids):
        ids = list(ids)
        asked.extend(ids)
        return state_digests(db, ids)

    monkeypatch.setattr(import_history, "state_digests", reading)
    return asked


def _search_rows(db) -> list[tuple]:
    return db.execute_sql("SELECT rowid, * FROM contact_search ORDER BY rowid").fetchall()


def _created_digests(db, import_id: int) -> dict[int, str]:
    return dict(
        db.execute_sql(
            "SELECT contact_id, digest FROM import_change WHERE run_id = ? AND action = 'created'",
            [import_id],
        ).fetchall()
    )


@pytest.mark.parametrize("batch", [5000, 7])
@pytest.mark.parametrize("book", ["test cards", "made records"])
def test_search_rows_and_digests_are_those_read_back(db, monkeypatch, batch, book):
    monkeypatch.setattr(import_run, "BATCH", batch)
    # tags already there, one in another case, with ids between the ones the import adds
    db.execute_sql("INSERT INTO tag(name) VALUES ('Kunde'), ('Sport'), ('vip')")
    records = _records_of_test_cards() if book == "test cards" else _made_records()
    asked = _reads_no_digest_of_created(monkeypatch)
    result = import_records(db, records, files=["book.vcf"])
    assert asked == []  # made as they were written, not read back
    assert result.counts()["new"] > 10
    written = _search_rows(db)
    digests = _created_digests(db, result.import_id)
    assert set(digests) == {e.contact_id for e in result.created}

    assert digests == state_digests(db, digests)
    rebuild_search_index(db)
    assert _search_rows(db) == written


def test_a_second_import_into_the_same_book(db, monkeypatch):
    """Ids, tags and rows already there: the new contacts' rows still read back the same."""
    monkeypatch.setattr(import_run, "BATCH", 11)
    import_records(db, _made_records()[:12], files=["one.vcf"])
    asked = _reads_no_digest_of_created(monkeypatch)
    result = import_records(db, _records_of_test_cards() + _made_records(), files=["two.vcf"])
    assert not set(asked) & {e.contact_id for e in result.created}
    written = _search_rows(db)
    digests = _created_digests(db, result.import_id)
    assert digests and digests == state_digests(db, digests)
    rebuild_search_index(db)
    assert _search_rows(db) == written
