"""The list's plain-SQL reads (`core.listing`) give what the care engine and the search give,
and the read-only open (`open_plain_database`) checks, migrates and backs up like the full one."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from netzwerk_app.core import backups, care, care_facts, database, due, listing
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.history import set_tier
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord

D = dt.date
TODAY = D(2026, 11, 26)
SCHEMA_1 = Path(__file__).resolve().parent.parent / "data" / "databases" / "schema-1.sqlite3"


def _book(db) -> list[int]:
    """Contacts in every tier and none, touched, planned, snoozed, archived, with birthdays."""
    ids = []
    for n, (tier, bday) in enumerate(
        [("A", None), ("B", Birthday(3, 1, 1980)), ("C", None), ("D", Birthday(12, 24)),
         ("D", None), (None, Birthday(2, 29)), (None, None), ("A", Birthday(11, 30, 1990))]
    ):  # fmt: skip
        record = ContactRecord(
            given_name=f"Given{n}", family_name=f"Family{n}", birthday=bday, notes=f"note {n}",
            tags=[f"t{n % 3}", "all"],
            methods=[ContactMethodRecord("email", f"p{n}@example.com"),
                     ContactMethodRecord("phone", f"+41 79 000 00 {n:02d}"),
                     ContactMethodRecord("url", f"https://example.com/{n}")],
        )  # fmt: skip
        ids.append(add_contact(db, record))
        if tier:
            set_tier(db, [ids[-1]], tier)
    care.log_touchpoint(db, [ids[0], ids[2]], "call", D(2026, 8, 1))
    care.log_touchpoint(db, [ids[0]], "lunch", D(2026, 10, 2))
    care.log_touchpoint(db, [ids[6]], "message", D(2026, 9, 9))
    care.plan_touchpoint(db, ids[1], D(2026, 12, 5), "call", "ask about X")
    care.plan_touchpoint(db, ids[5], D(2027, 1, 7), "lunch")
    care.snooze(db, ids[2], "cadence", D(2027, 2, 1), D(2027, 2, 20))
    care.snooze(db, ids[7], "cadence", D(2026, 11, 20), D(2026, 12, 1))
    archive_contacts(db, [ids[4]], archived=True)
    return ids


def _engine_dates(db, include_archived: bool) -> dict[int, tuple]:
    """(last done, next due) as the care engine computes them."""
    states = care.care_states(db, include_archived=include_archived)
    if include_archived:
        states = care.care_states(db, ids=list(states) + _archived_ids(db))
    rules = care.tier_rules(db)
    return {cid: (s.last_done, due.next_due(s, rules, TODAY)) for cid, s in states.items()}


def _archived_ids(db) -> list[int]:
    return [r[0] for r in db.execute_sql("SELECT id FROM contact WHERE archived = 1")]


@pytest.mark.parametrize("include_archived", [False, True])
def test_list_rows_carry_the_care_engines_dates(db, include_archived):
    _book(db)
    rows = listing.list_contacts(db, include_archived=include_archived, today=TODAY)
    expected = _engine_dates(db, include_archived)
    assert {r.id: (r.last_touchpoint, r.next_due) for r in rows} == expected
    assert any(r.next_due for r in rows) and any(r.next_due is None for r in rows)


def test_care_dates_over_many_contacts_scan_like_the_engine(db, monkeypatch):
    """Above `care_facts.SCAN_ABOVE` contacts the tables are read whole: the same dates."""
    _book(db)
    few = {r.id: (r.last_touchpoint, r.next_due) for r in listing.list_contacts(db, today=TODAY)}
    monkeypatch.setattr(care_facts, "SCAN_ABOVE", 2)
    many = {r.id: (r.last_touchpoint, r.next_due) for r in listing.list_contacts(db, today=TODAY)}
    assert many == few


@pytest.mark.parametrize(
    "filters",
    [{}, {"include_archived": True}, {"tier": "A"}, {"tier": None}, {"tag": "t1"},
     {"search": "given3"}, {"search": "+41 79 000 00 05"}, {"search": "   "}],
)  # fmt: skip
def test_the_listed_dicts_are_the_rows_dicts(db, filters):
    _book(db)
    rows = listing.list_contacts(db, today=TODAY, **filters)
    listed = list(listing.iter_listed_dicts(db, today=TODAY, **filters))
    assert listed == listing.contact_dicts(db, rows)
    assert [d["id"] for d in listed] == [r.id for r in rows]


def test_listed_dicts_hold_the_methods_and_tags_in_order(db):
    ids = _book(db)
    first = next(d for d in listing.iter_listed_dicts(db, today=TODAY) if d["id"] == ids[3])
    assert first["emails"] == ["p3@example.com"] and first["phones"] == ["+41 79 000 00 03"]
    assert first["tags"] == ["all", "t0"] and first["birthday"] == "--12-24"
    assert (first["given_name"], first["family_name"], first["notes"]) == (
        "Given3", "Family3", "note 3",
    )  # fmt: skip


def test_plain_open_reads_what_the_full_open_wrote(data_dir):
    full = database.open_database(data_dir)
    _book(full)
    expected = listing.list_contacts(full, today=TODAY)
    full.close()
    plain = database.open_plain_database(data_dir)
    try:
        assert listing.list_contacts(plain, today=TODAY) == expected
        pragmas = [plain.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in
                   ("journal_mode", "foreign_keys", "synchronous")]  # fmt: skip
        assert pragmas == ["wal", 1, 1]
    finally:
        plain.close()


def test_plain_open_creates_a_missing_database(data_dir):
    plain = database.open_plain_database(data_dir)
    try:
        assert listing.list_contacts(plain) == []
        assert len(listing.tier_rules(plain)) == 4
    finally:
        plain.close()


def test_plain_open_migrates_an_old_database_first(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copyfile(SCHEMA_1, data_dir / "netzwerk.sqlite3")
    plain = database.open_plain_database(data_dir)
    try:
        version = plain.execute_sql("PRAGMA user_version").fetchone()[0]
        assert version == database.SCHEMA_VERSION
        assert listing.list_contacts(plain, include_archived=True)
    finally:
        plain.close()
    assert list((data_dir / "backups").glob("*before-v*"))


def test_plain_open_keeps_the_daily_backup(data_dir):
    database.open_database(data_dir, daily=False).close()  # created: no backup of a new file
    assert backups.daily_backup_needed(data_dir)
    database.open_plain_database(data_dir).close()
    assert not backups.daily_backup_needed(data_dir)
    assert len(list((data_dir / "backups").glob("*-daily.sqlite3"))) == 1


def test_plain_open_refuses_what_the_full_open_refuses(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "netzwerk.sqlite3").write_text("not a database")
    with pytest.raises(database.DatabaseError, match="not a Netzwerk database"):
        database.open_plain_database(data_dir)
    assert (data_dir / "netzwerk.sqlite3").read_text() == "not a database"


def _encoded(dicts: list[dict]) -> list[str]:
    import json

    return [json.JSONEncoder(ensure_ascii=False).encode(d) for d in dicts]


@pytest.mark.parametrize(
    "filters", [{}, {"include_archived": True}, {"tier": None}, {"search": "given3"}]
)
def test_the_listed_json_texts_are_the_encoded_dicts(db, filters):
    _book(db)
    texts = list(listing.iter_listed_json(db, today=TODAY, **filters))
    assert texts == _encoded(list(listing.iter_listed_dicts(db, today=TODAY, **filters)))
    assert texts


_AWKWARD = (
    "", "plain", 'quote " and \\ backslash', "line\nbreak\ttab\r", "\x00\x01\x1f\x7f",
    "Zoë Łukasz 佐藤 Мария", "emoji 😀 and \u2028 \u2029", "</script>",
)  # fmt: skip


@pytest.mark.parametrize("text", _AWKWARD)
def test_the_json_text_quotes_every_kind_of_string_as_json_does(db, text):
    add_contact(db, ContactRecord(
        given_name=text or "x", family_name=text, organization=text, title=text,
        notes=text, tags=[text or "t", "b"],
        methods=[ContactMethodRecord("email", text or "e"), ContactMethodRecord("phone", "1")],
    ))  # fmt: skip
    (dicts,) = [list(listing.iter_listed_dicts(db, today=TODAY))]
    assert list(listing.iter_listed_json(db, today=TODAY)) == _encoded(dicts)
