"""Opening the database: creation, pragmas, private folder, and files that must not be touched."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from netzwerk_app.core import database
from netzwerk_app.core.database import DatabaseError, open_database, resolve_data_dir
from netzwerk_app.core.models import TierSetting


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_schema_pragmas_and_default_tiers(data_dir):
    db = open_database(data_dir)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        tiers = {t.tier: t for t in TierSetting.select()}
        assert sorted(tiers) == ["A", "B", "C", "D"]
        assert (tiers["A"].cadence_count, tiers["A"].cadence_unit, tiers["A"].default_kind) == (
            2,
            "months",
            "lunch",
        )
        assert (tiers["D"].anchor, tiers["D"].default_kind) == ("birthday", "greeting")
    finally:
        db.close()
    assert (data_dir / "netzwerk.sqlite3").exists()
    if os.name == "posix":
        assert (data_dir.stat().st_mode & 0o777) == 0o700


def test_reopening_keeps_data(data_dir):
    db = open_database(data_dir)
    TierSetting.update(name="Gold").where(TierSetting.tier == "A").execute()
    db.close()
    db = open_database(data_dir)
    assert TierSetting.get_by_id("A").name == "Gold"
    db.close()


def test_data_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("NETZWERK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(str(tmp_path / "arg")) == tmp_path / "arg"
    monkeypatch.delenv("NETZWERK_DATA_DIR")
    assert resolve_data_dir(None) == database.default_data_dir()


def test_text_file_is_refused_and_untouched(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "netzwerk.sqlite3"
    path.write_text("my shopping list\n")
    before = digest(path)
    with pytest.raises(DatabaseError, match="not a Netzwerk database"):
        open_database(data_dir)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused_and_untouched(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "netzwerk.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="another program"):
        open_database(data_dir)
    assert digest(path) == before


def test_newer_schema_is_refused_and_untouched(data_dir):
    open_database(data_dir).close()
    open_database(data_dir).close()  # and backed up
    assert list((data_dir / "backups").iterdir())
    path = data_dir / "netzwerk.sqlite3"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {database.SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="newer version") as caught:
        open_database(data_dir)
    assert digest(path) == before
    assert caught.value.backup is None  # no older copy is offered in place of newer data


def test_corrupt_file_is_refused_and_untouched(data_dir):
    open_database(data_dir).close()
    path = data_dir / "netzwerk.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # destroy the first page after the header
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(DatabaseError):
        open_database(data_dir)
    assert digest(path) == before


def _add_step(monkeypatch, step) -> int:
    """Pretend this version knows one schema more, reached by `step`; returns the new version."""
    current = database.SCHEMA_VERSION
    monkeypatch.setattr(database, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(database.MIGRATIONS, current, step)
    return current + 1


def test_migration_backs_up_first(data_dir, monkeypatch):
    open_database(data_dir).close()
    path = data_dir / "netzwerk.sqlite3"
    con = sqlite3.connect(path)
    con.execute("INSERT INTO tag(name) VALUES ('kept')")
    con.commit()
    con.close()
    old = database.SCHEMA_VERSION
    steps = []

    def step(db):
        steps.append(1)
        db.execute_sql("ALTER TABLE tag ADD COLUMN colour TEXT DEFAULT ''")

    new = _add_step(monkeypatch, step)
    db = open_database(data_dir)
    assert steps == [1]
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == new
    assert db.execute_sql("SELECT name, colour FROM tag").fetchall() == [("kept", "")]
    db.close()
    [backup] = (data_dir / "backups").glob("*-before-*")
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == old
    assert con.execute("SELECT name FROM tag").fetchall() == [("kept",)]
    con.close()


def test_failed_migration_leaves_the_old_version_and_says_why(data_dir, monkeypatch):
    open_database(data_dir).close()
    old = database.SCHEMA_VERSION

    def broken(db):
        db.execute_sql("ALTER TABLE tag ADD COLUMN colour TEXT")
        raise RuntimeError("boom")

    _add_step(monkeypatch, broken)
    with pytest.raises(DatabaseError, match="failed: RuntimeError: boom"):
        open_database(data_dir)
    con = sqlite3.connect(data_dir / "netzwerk.sqlite3")
    assert con.execute("PRAGMA user_version").fetchone()[0] == old
    cols = [r[1] for r in con.execute("PRAGMA table_info(tag)")]
    assert "colour" not in cols
    con.close()
    # a second attempt reuses the copy of the first: one backup per content of the file, even
    # when opening and rolling back touched the file (a later modification time)
    later = (data_dir / "netzwerk.sqlite3").stat().st_mtime + 60
    os.utime(data_dir / "netzwerk.sqlite3", (later, later))
    with pytest.raises(DatabaseError, match="failed"):
        open_database(data_dir)
    assert len(list((data_dir / "backups").glob("*-before-*"))) == 1


def test_a_missing_migration_step_is_named(data_dir, monkeypatch):
    open_database(data_dir).close()
    monkeypatch.setattr(database, "SCHEMA_VERSION", database.SCHEMA_VERSION + 1)
    with pytest.raises(DatabaseError) as caught:
        open_database(data_dir)
    assert "no step from schema" in str(caught.value)
    assert not list((data_dir / "backups").glob("*-before-*"))  # nothing to migrate, no copy
    assert "(0)" not in str(caught.value)


SCHEMA_1 = Path(__file__).resolve().parent.parent / "data" / "databases" / "schema-1.sqlite3"


def test_migration_from_a_committed_schema_1_database_keeps_every_child_row(data_dir):
    """schema-1.sqlite3 was written by the schema-1 code (see make_schema_1.py beside it)."""
    from netzwerk_app.core import care, contacts, history
    from netzwerk_app.core.records import Birthday

    data_dir.mkdir(parents=True)
    shutil.copyfile(SCHEMA_1, data_dir / "netzwerk.sqlite3")
    db = open_database(data_dir)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {
            table: db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (
                "contact", "contact_method", "address", "contact_tag", "photo", "touchpoint",
                "tier_change", "position", "raw_property", "snooze",
            )
        }  # fmt: skip
        assert counts == {
            "contact": 2, "contact_method": 2, "address": 1, "contact_tag": 2, "photo": 1,
            "touchpoint": 2, "tier_change": 3, "position": 2, "raw_property": 1, "snooze": 1,
        }  # fmt: skip
        anna = next(r.id for r in contacts.list_contacts(db) if r.display_name == "Anna Muster")
        record = contacts.load_contact(db, anna)
        assert record.emails() == ["anna@alpenbank.example"]
        assert (record.tags, record.birthday) == (["alumni", "board"], Birthday(3, 14, 1980))
        assert record.photo and record.raw_properties == ["X-CUSTOM:kept"]
        assert len(care.touchpoints_of(anna)) == 2
        assert contacts.contact_revision(anna) == 1
        history.set_tier(db, [anna], "A")
        assert contacts.contact_revision(anna) == 2
    finally:
        db.close()
    [backup] = (data_dir / "backups").glob("*-before-*")
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()


def test_the_revision_step_can_run_twice(data_dir):
    db = open_database(data_dir)
    try:
        with db.atomic():
            database.MIGRATIONS[2](db)  # the column is there already: nothing happens
        cols = [r[1] for r in db.execute_sql("PRAGMA table_info(contact)")]
        assert cols.count("revision") == 1
    finally:
        db.close()


def test_damage_deep_inside_is_reported_on_one_line(data_dir):
    _damaged_deep_inside(data_dir)
    open_database(data_dir, daily=False).close()  # an ordinary open reads no page but the schema
    with pytest.raises(DatabaseError) as caught:
        database.check_database(data_dir)  # the whole-file check the user can ask for
    assert "damaged" in str(caught.value) and "\n" not in str(caught.value)


def _damaged_deep_inside(data_dir) -> Path:
    db = open_database(data_dir)
    db.execute_sql("CREATE TABLE filler(x)")
    db.execute_sql("INSERT INTO filler VALUES (randomblob(3000))")
    for _ in range(6):
        db.execute_sql("INSERT INTO filler SELECT randomblob(3000) FROM filler")
    db.close()
    path = data_dir / "netzwerk.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[5000:9000] = b"A" * 4000  # damage the b-tree pages, not the header
    path.write_bytes(bytes(raw))
    return path


def test_after_an_unclean_shutdown_the_open_checks_the_whole_file(data_dir):
    path = _damaged_deep_inside(data_dir)
    # a WAL file with content is left only by a process that did not close the database
    path.with_name(path.name + "-wal").write_bytes(b"\0" * 32)
    assert database.unclean_shutdown(path)
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(data_dir)


def test_before_a_migration_the_open_checks_the_whole_file(data_dir):
    path = _damaged_deep_inside(data_dir)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {database.SCHEMA_VERSION - 1}")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(data_dir)
    assert not list((data_dir / "backups").glob("*before*"))  # nothing migrated, nothing copied


def test_a_sound_database_passes_the_check(data_dir):
    open_database(data_dir).close()
    assert not database.unclean_shutdown(data_dir / "netzwerk.sqlite3")
    database.check_database(data_dir)


def test_a_directory_in_place_of_the_file_is_a_database_error(data_dir):
    (data_dir / "netzwerk.sqlite3").mkdir(parents=True)
    with pytest.raises(DatabaseError, match="cannot read"):
        open_database(data_dir)


def test_an_existing_folder_that_cannot_be_chmodded_is_still_used(data_dir, monkeypatch):
    open_database(data_dir).close()
    real_chmod = type(data_dir).chmod

    def refuse(self, mode, **kw):
        if self == data_dir:
            raise PermissionError(1, "Operation not permitted")
        return real_chmod(self, mode, **kw)

    monkeypatch.setattr(type(data_dir), "chmod", refuse)
    open_database(data_dir).close()


def _downgrade_to(data_dir, version):
    """A database as an older Netzwerk left it: without the announcement table (schema 4)."""
    open_database(data_dir).close()
    con = sqlite3.connect(data_dir / "netzwerk.sqlite3")
    con.execute("DROP TABLE announcement")
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()


@pytest.mark.parametrize("version", [1, 3])
def test_older_schemas_gain_the_announcement_table(data_dir, version):
    _downgrade_to(data_dir, version)
    db = open_database(data_dir)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        assert db.table_exists("announcement")
    finally:
        db.close()
    [backup] = (data_dir / "backups").glob("*-before-*")
    assert f"before-v{database.SCHEMA_VERSION}" in backup.name


def test_the_announcement_step_is_idempotent(data_dir):
    db = open_database(data_dir)
    try:
        database.MIGRATIONS[3](db)  # the table exists already: nothing happens
        assert db.table_exists("announcement")
    finally:
        db.close()


def test_schema_1_database_gains_the_import_and_duplicate_tables(data_dir):
    """Schema 2's tables arrive empty beside the migrated contacts, and work with them."""
    from netzwerk_app.core.models import (
        Contact,
        ContactMerge,
        ImportRun,
        NotDuplicate,
        PossibleDuplicate,
    )

    data_dir.mkdir(parents=True)
    shutil.copy(SCHEMA_1, data_dir / "netzwerk.sqlite3")
    db = open_database(data_dir)
    try:
        for model in (ImportRun, PossibleDuplicate, NotDuplicate, ContactMerge):
            assert model.select().count() == 0
        anna, beat = (c.id for c in Contact.select().order_by(Contact.id))
        PossibleDuplicate.create(contact_a=anna, contact_b=beat)
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def test_schema_1_search_index_is_rebuilt_without_invisible_characters(data_dir):
    """Schema 1 indexed names with their zero-width spaces; after the update they are found."""
    from netzwerk_app.core.search import search_contact_ids

    data_dir.mkdir(parents=True)
    target = data_dir / "netzwerk.sqlite3"
    shutil.copy(SCHEMA_1, target)
    con = sqlite3.connect(target)
    con.execute("UPDATE contact SET family_name = 'Mus\u200bter' WHERE id = 1")
    con.execute("UPDATE contact_search SET name = 'Anna Mus\u200bter' WHERE rowid = 1")
    con.commit()
    con.close()
    db = open_database(data_dir)
    try:
        assert search_contact_ids(db, "muster") == [1]
    finally:
        db.close()


NETWORK_TABLES = (
    "review_flag", "contact_link", "introduction", "dismissed_introduction", "event",
    "event_attendee",
)  # fmt: skip


def test_schema_1_database_with_child_rows_migrates_to_5(data_dir):
    """Up to schema 5: the network tables are there, the give-and-get index works, nothing lost."""
    from netzwerk_app.core import events, network
    from netzwerk_app.core.contact_writes import update_contact
    from netzwerk_app.core.contacts import load_contacts
    from netzwerk_app.core.history import positions_of
    from netzwerk_app.core.models import Contact, TierChange, Touchpoint
    from netzwerk_app.core.search import search_contact_ids

    data_dir.mkdir(parents=True)
    shutil.copy(SCHEMA_1, data_dir / "netzwerk.sqlite3")
    db = open_database(data_dir)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] >= 5
        assert all(db.table_exists(t) for t in NETWORK_TABLES)
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        anna, beat = Contact.select().order_by(Contact.id)  # Anna Muster, Beat Keller
        [record] = load_contacts(db, [anna.id])
        assert record.emails() == ["anna@alpenbank.example"]
        assert record.tags == ["alumni", "board"]
        assert [p.organization for p in positions_of(anna.id)] == ["Alpenbank", "Zeta AG"]
        assert Touchpoint.select().where(Touchpoint.contact == anna.id).count() == 2
        assert TierChange.select().count() == 3
        assert search_contact_ids(db, "anna") == [anna.id]
        record.they_offer = "Vertriebskanäle Ostschweiz"
        update_contact(db, anna.id, record)
        assert search_contact_ids(db, "vertriebskanale") == [anna.id]
        network.link(db, anna.id, beat.id, "studied together")
        event_id = events.add_event(db, "Apéro", dt.date(2026, 11, 20))
        events.attend(db, event_id, beat.id)
    finally:
        db.close()


def test_the_schema_5_step_is_idempotent_and_flags_old_career_changes(data_dir):
    from netzwerk_app.core.models import Contact, Position, ReviewFlag

    db = open_database(data_dir)
    try:
        c = Contact.create(uid="u1", display_name="Carla")
        Position.create(contact=c, organization="Old", recorded_on=dt.date(2020, 1, 1),
                        ended_on=dt.date(2025, 1, 1))  # fmt: skip
        with db.atomic():
            database.MIGRATIONS[4](db)
            database.MIGRATIONS[4](db)
        assert [(f.contact_id, f.reason) for f in ReviewFlag.select()] == [(c.id, "career_changed")]
    finally:
        db.close()
